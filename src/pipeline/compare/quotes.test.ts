import { describe, expect, it } from "vitest";
import { resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { quoteClaims } from "./quotes.ts";
import { storySources } from "./source.ts";

/** The story's sources with quote speakers resolved, and entity names. */
function read(...docs: [outlet: string, body: string][]) {
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
  return quoteClaims("s", sources, new Map(entities.map((e) => [e.id, e.name])));
}

describe("quoteClaims", () => {
  it("marks versions of one quote with different words as differing, with a diff", () => {
    const claims = read(
      [
        "Harbor Daily",
        "Defense Secretary Jane Example described this as a “very, very serious” escalation.",
      ],
      [
        "Continental Wire",
        "Jane Example characterized the deployment as a “very serious” escalation.",
      ],
    );
    expect(claims).toHaveLength(1);
    const [c] = claims;
    expect(c?.status).toBe("differ");
    expect(c?.topic).toBe("Jane Example's quote");
    expect(c?.values.map((v) => [v.value, v.text])).toEqual([
      ["very, very serious", "“very, very serious”"],
      ["very serious", "“very serious”"],
    ]);
    expect(c?.diff?.[0]?.tokens).toEqual([
      { text: "very,", op: "changed" },
      { text: "very", op: "same" },
      { text: "serious", op: "same" },
    ]);
    expect(c?.diff?.[1]?.tokens.every((t) => t.op === "same")).toBe(true);
    expect(c?.explanation).toBe(
      "Harbor Daily and Continental Wire quote Jane Example differently: Harbor Daily has “very, very serious”; Continental Wire has “very serious”.",
    );
  });

  it("agrees when the words are the same, whatever the punctuation", () => {
    const claims = read(
      ["Harbor Daily", '"We will rebuild every street," said Elena Marquez.'],
      ["Continental Wire", 'Elena Marquez said: "We will rebuild every street."'],
    );
    expect(claims.map((c) => [c.status, c.explanation])).toEqual([
      ["agree", "Both quote Elena Marquez with the same words."],
    ]);
    expect(claims[0]?.diff).toBeUndefined();
  });

  it("does not align the same words from different speakers", () => {
    const claims = read(
      ["Harbor Daily", '"We will rebuild every street," said Elena Marquez.'],
      ["Continental Wire", '"We will rebuild every street," said Carlos Ibanez.'],
    );
    expect(claims.map((c) => c.status)).toEqual(["single-source", "single-source"]);
  });

  it("lists a quote a source repeats once", () => {
    const claims = read([
      "Harbor Daily",
      '"We slept in the car," said Yuki Tanaka. Later, Yuki Tanaka said again: "We slept in the car."',
    ]);
    expect(claims.map((c) => c.values.map((v) => v.sentence))).toEqual([[0]]);
  });

  it("leaves quotes with no counterpart single-source", () => {
    const claims = read(
      ["Harbor Daily", '"We slept in the car," said Yuki Tanaka.'],
      ["Continental Wire", '"Nobody wanted to go back inside," said Yuki Tanaka.'],
    );
    expect(claims.map((c) => [c.status, c.explanation])).toEqual([
      ["single-source", "Only Harbor Daily quotes Yuki Tanaka saying this."],
      ["single-source", "Only Continental Wire quotes Yuki Tanaka saying this."],
    ]);
  });
});
