import { describe, expect, it } from "vitest";
import { fakePlaces } from "../../../tests/support/fake-places.ts";
import { extractNames } from "../extract/names.ts";
import { ingest } from "../ingest/index.ts";
import { resolveEntities } from "./entities.ts";

function resolveTexts(texts: Record<string, string>) {
  const { articles } = ingest(
    Object.entries(texts).map(([id, t]) => ({
      path: `${id}.txt`,
      bytes: new TextEncoder().encode(`Headline For ${id}\n\n${t}`),
    })),
  );
  const names = articles.map((a) => ({ source: a.id, mentions: extractNames(a, fakePlaces) }));
  return { entities: resolveEntities(names), names };
}

describe("resolveEntities", () => {
  const { entities, names } = resolveTexts({
    a: "Secretary of State Maria T. Examplova spoke in Rome. Examplova said talks would resume. The U.S. agreed.",
    b: "U.S. Foreign Secretary Maria Examplova arrived in Italy. American officials were pleased.",
  });
  const person = entities.find((e) => e.type === "person");

  it("merges full names, forms with a middle initial, and the surname alone, across sources", () => {
    expect(entities.filter((e) => e.type === "person")).toHaveLength(1);
    expect(person?.name).toBe("Maria T. Examplova");
    expect(person?.aliases).toEqual(["Examplova", "Maria Examplova"]);
    expect(person?.mentions.map((m) => m.source)).toEqual(["a", "a", "b"]);
  });

  it("keeps each source's wording of the role", () => {
    expect(person?.roles).toEqual([
      { source: "a", role: "Secretary of State" },
      { source: "b", role: "U.S. Foreign Secretary" },
    ]);
  });

  it("merges a place's spellings under the gazetteer name, with its coordinates", () => {
    const us = entities.find((e) => e.name === "United States");
    expect(us?.aliases).toEqual(["American", "U.S."]);
    expect(us?.geo?.country).toBe("US");
    expect(us?.placeKind).toBe("country");
  });

  it("links every mention to its entity", () => {
    for (const { mentions } of names)
      for (const m of mentions) expect(entities.some((e) => e.id === m.entity)).toBe(true);
  });

  it("keeps two people with one surname apart when their given names differ", () => {
    const r = resolveTexts({ c: "Dr. Anna Keller met Dr. Tomas Keller. Keller left." });
    expect(r.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual([
      "Anna Keller",
      "Tomas Keller",
    ]);
  });

  it("gives stable, unique, URL-safe ids", () => {
    for (const e of entities) expect(e.id).toMatch(/^(person|place|organization)-[a-z0-9-]+$/);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });
});

describe("resolveEntities: people across sources", () => {
  const people = (texts: Record<string, string>) =>
    resolveTexts(texts)
      .entities.filter((e) => e.type === "person")
      .map((e) => [e.name, ...e.aliases].join(" | "));

  it("merges a familiar given name with the formal one when the surname agrees", () => {
    expect(
      people({
        a: "Defense Secretary Jim Quarrington arrived.",
        b: "Defense Secretary James Quarrington arrived.",
      }),
    ).toEqual(["James Quarrington | Jim Quarrington"]);
  });

  it("keeps a son apart from his father", () => {
    expect(
      people({
        a: "Daniel Quarrington Jr. met voters.",
        b: "Daniel Quarrington spoke to voters.",
      }),
    ).toEqual(["Daniel Quarrington", "Daniel Quarrington Jr."]);
  });

  it("gives a role and a bare surname to the person who holds that role", () => {
    const { entities, names } = resolveTexts({
      a: "Vice President Walter Quarrington spoke.",
      b: "Lena Quarrington said she was proud. Former Vice President Quarrington agreed.",
    });
    const bare = names[1]?.mentions.find((m) => m.text === "Quarrington");
    const holder = entities.find((e) => e.name === "Walter Quarrington");
    expect(bare?.entity).toBe(holder?.id);
  });
});

describe("resolveEntities: organizations", () => {
  it("merges dotted and undotted acronyms", () => {
    const { entities } = resolveTexts({
      a: "Agents of the F.B.X. arrived.",
      b: "The FBX said it would investigate.",
    });
    expect(entities.filter((e) => e.type === "organization")).toHaveLength(1);
  });
});
