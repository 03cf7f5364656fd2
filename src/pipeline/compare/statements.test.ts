import { describe, expect, it } from "vitest";
import { resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { storySources } from "./source.ts";
import { statementClaims, trim } from "./statements.ts";

/** Statement claims for one body per outlet; `used` lists "<id>#<sentence>" already shown. */
function claims(docs: [outlet: string, body: string][], used: string[] = []) {
  const files = docs.map(([outlet, body], i) => ({
    path: `s${i}.md`,
    bytes: new TextEncoder().encode(`---\ntitle: Report ${i}\noutlet: ${outlet}\n---\n\n${body}\n`),
  }));
  const { articles } = ingest(files);
  const { facts, entities } = resolvedFacts(articles);
  const sources = storySources(
    { slug: "s", title: "S", sources: articles.map((a) => a.id) },
    articles,
    facts,
  );
  return statementClaims("s", sources, new Set(used), new Map(entities.map((e) => [e.id, e.name])));
}

describe("statementClaims", () => {
  const harbor: [string, string] = [
    "Harbor Daily",
    "American intelligence officials indicated plans to release satellite images of ships near Vladivostok. The Kremlin has not commented on this situation. It was a long day.",
  ];
  const wire: [string, string] = [
    "Continental Wire",
    "American intelligence officials mentioned plans to release satellite imagery of vessels heading to Vladivostok.",
  ];

  it("lists sentences with a fact that no other source echoes", () => {
    const out = claims([harbor, wire]);
    expect(out.map((c) => [c.topic, c.values[0]?.value, c.explanation])).toEqual([
      [
        "Kremlin",
        "The Kremlin has not commented on this situation.",
        "Only Harbor Daily reports this.",
      ],
    ]);
    expect(out[0]?.values[0]).toMatchObject({
      source: "s0",
      sentence: 1,
      text: "The Kremlin has not commented on this situation.",
    });
  });

  it("skips sentences an aligned claim already shows", () => {
    expect(claims([harbor, wire], ["s0#1"])).toEqual([]);
  });

  it("skips sentences that are mostly a quotation", () => {
    const out = claims([
      ["Harbor Daily", '"We are rebuilding all of Valencia, every single street of it," she said.'],
    ]);
    expect(out).toEqual([]);
  });

  it("with one source, lists every sentence that carries a fact", () => {
    const out = claims([
      [
        "Harbor Daily",
        "The Kremlin has not commented. It was a long day. About 1,200 soldiers were sent.",
      ],
    ]);
    expect(out.map((c) => c.values[0]?.sentence)).toEqual([0, 2]);
    expect(out[1]?.topic).toBe("About 1,200 soldiers were sent.");
  });
});

describe("trim", () => {
  it("shortens at a word and marks the cut", () => {
    expect(trim("short", 200)).toBe("short");
    const long = trim(`${"word ".repeat(60)}end`, 50);
    expect(long.endsWith("word…")).toBe(true);
    expect(Array.from(long).length).toBeLessThanOrEqual(51);
  });
});
