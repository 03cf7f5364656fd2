import { describe, expect, it } from "vitest";
import { resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { officeCovered, personEvents } from "./events.ts";
import { type Contains, placeClaims } from "./places.ts";
import { storySources } from "./source.ts";

/** Place claims for one body per outlet, with a fake gazetteer given as [outer, inner] names. */
function claims(docs: [outlet: string, body: string][], within: [string, string][] = []) {
  const files = docs.map(([outlet, body], i) => ({
    path: `s${i}.md`,
    bytes: new TextEncoder().encode(`---\ntitle: Report ${i}\noutlet: ${outlet}\n---\n\n${body}\n`),
  }));
  const { articles } = ingest(files);
  const { facts, entities } = resolvedFacts(articles);
  // The fake gazetteer knows places by the names written in these bodies.
  const idOf = new Map(facts.flatMap((f) => f.names).map((n) => [n.name, n.placeId ?? ""]));
  const contains: Contains = (outer, inner) =>
    outer === inner || within.some(([o, i]) => idOf.get(o) === outer && idOf.get(i) === inner);
  const sources = storySources(
    { slug: "s", title: "S", sources: articles.map((a) => a.id) },
    articles,
    facts,
  );
  return placeClaims(
    "s",
    sources.flatMap(personEvents),
    new Map(entities.map((e) => [e.id, e.name])),
    contains,
  );
}

describe("placeClaims", () => {
  it("finds a city inside the country the other source gives compatible, naming the city", () => {
    const [c, ...rest] = claims(
      [
        [
          "Harbor Daily",
          "During a press briefing at a military base in Italy, Jane Example noted, “We will see.”",
        ],
        [
          "Continental Wire",
          "Jane Example affirmed on October 23 in Rome that troops had been sent.",
        ],
      ],
      [["Italy", "Rome"]],
    );
    expect(rest).toEqual([]);
    expect(c?.status).toBe("compatible");
    expect(c?.topic).toBe("where Jane Example spoke");
    expect(c?.values.map((v) => [v.value, v.text])).toEqual([
      ["Italy", "Italy"],
      ["Rome", "Rome"],
    ]);
    expect(c?.explanation).toBe(
      "Harbor Daily says Italy; Continental Wire names the city: Rome, which is in Italy.",
    );
  });

  it("does not take the area an office covers for where its holder spoke", () => {
    const found = claims(
      [
        [
          "Harbor Daily",
          "Tomas Ferreira, the commissioner of Vale County in Portugal, said that six people were hurt.",
        ],
        ["Continental Wire", "Tomas Ferreira said in Lisbon that six people were hurt."],
      ],
      [["Portugal", "Lisbon"]],
    );
    // His office's country is not where he spoke: nothing to set beside Lisbon.
    expect(found.map((c) => [c.topic, c.status, c.values.map((v) => v.value)])).toEqual([
      ["where Tomas Ferreira spoke", "single-source", ["Lisbon"]],
    ]);
  });

  it("tells an office's area from a department's name or a phrase that goes on", () => {
    expect(officeCovered("Tomas Ferreira, the commissioner of Vale County ")).toBe(36);
    expect(officeCovered("the mayor of a small town ")).toBe(13);
    // A department, then its holder's name: the holder is checked by name (see isLocative).
    expect(officeCovered("said Secretary of State Ana Ruiz ")).toBe(18);
    expect(officeCovered("Secretary of State Ana Ruiz met leaders ")).toBeNull();
    expect(officeCovered("with two seconds remaining of the sixth round ")).toBeNull();
  });

  it("agrees on the same place", () => {
    const [c] = claims([
      ["Harbor Daily", "Jane Example spoke to reporters in Rome on Monday."],
      ["Continental Wire", "Jane Example told reporters in Rome that it was over."],
    ]);
    expect([c?.status, c?.explanation]).toEqual(["agree", "Both say Rome."]);
  });

  it("differs when neither place contains the other", () => {
    const [c] = claims(
      [
        ["Harbor Daily", "Jane Example spoke to reporters in Rome on Monday."],
        ["Continental Wire", "Jane Example told reporters in Milan that it was over."],
      ],
      [["Italy", "Rome"]],
    );
    expect([c?.status, c?.explanation]).toEqual([
      "differ",
      "Harbor Daily says Rome; Continental Wire says Milan.",
    ]);
  });

  it("leaves a place no other source gives for the person single-source", () => {
    const out = claims([
      ["Harbor Daily", "Jane Example spoke to reporters in Rome on Monday."],
      ["Continental Wire", "John Sample spoke to reporters in Milan on Monday."],
    ]);
    expect(out.map((c) => [c.status, c.explanation])).toEqual([
      ["single-source", "Only Harbor Daily says where Jane Example spoke: Rome."],
      ["single-source", "Only Continental Wire says where John Sample spoke: Milan."],
    ]);
  });
});
