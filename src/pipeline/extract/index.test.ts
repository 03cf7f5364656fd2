import { describe, expect, it } from "vitest";
import { fakePlaces } from "../../../tests/support/fake-places.ts";
import { ingest } from "../ingest/index.ts";
import { extract } from "./index.ts";

describe("extract", () => {
  it("finds every kind of fact in one article, and attributes quotes to the people it found", () => {
    const text =
      "Flood Hits Rome\n\nMayor Ana Lucia Ferreira said on March 3, 2024, that about 1,200 people left Rome. “We will rebuild,” Ferreira said.";
    const article = ingest([{ path: "a.txt", bytes: new TextEncoder().encode(text) }]).articles[0];
    if (!article) throw new Error("not ingested");
    const facts = extract(article, fakePlaces);
    expect(facts.source).toBe("a");
    expect(facts.names.map((m) => [m.type, m.text])).toContainEqual([
      "person",
      "Ana Lucia Ferreira",
    ]);
    expect(facts.names.map((m) => [m.type, m.text])).toContainEqual(["place", "Rome"]);
    expect(facts.dates.map((d) => d.text)).toEqual(["March 3, 2024"]);
    expect(facts.figures.map((f) => f.text)).toEqual(["about 1,200 people"]);
    expect(facts.quotes).toHaveLength(1);
    expect(facts.quotes[0]?.speakerMention).not.toBeNull();
  });
});
