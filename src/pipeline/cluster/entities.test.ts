import { describe, expect, it } from "vitest";
import type { ArticleFacts, NameMention } from "../../core/model.ts";
import { articleEntities, entityWeight } from "./entities.ts";

const mention = (entity: string, extra: Partial<NameMention> = {}): NameMention => ({
  type: "place",
  start: 0,
  end: 1,
  text: "x",
  sentence: 0,
  name: "x",
  entity,
  ...extra,
});

const facts = (names: NameMention[]): ArticleFacts => ({
  source: "a",
  names,
  dates: [],
  figures: [],
  quotes: [],
});

describe("entityWeight", () => {
  it("ranks people and organizations above places, cities above countries", () => {
    const person = entityWeight(mention("p", { type: "person" }));
    const org = entityWeight(mention("o", { type: "organization" }));
    const city = entityWeight(mention("c", { placeKind: "city" }));
    const country = entityWeight(mention("k", { placeKind: "country" }));
    const demonym = entityWeight(mention("k", { placeKind: "country", demonym: true }));
    const continent = entityWeight(mention("e", { placeKind: "continent" }));
    expect(person).toBeGreaterThan(org);
    expect(org).toBeGreaterThanOrEqual(city);
    expect(city).toBeGreaterThan(country);
    expect(country).toBeGreaterThan(demonym);
    expect(demonym).toBeGreaterThan(continent);
  });
});

describe("articleEntities", () => {
  it("weighs each entity by its kind and, sublinearly, by how often it is named", () => {
    const e = articleEntities(
      facts([
        mention("place-spain", { placeKind: "country" }),
        mention("place-spain", { placeKind: "country", demonym: true }),
        mention("person-x", { type: "person" }),
      ]),
    );
    expect(e.get("person-x")).toBe(3);
    expect(e.get("place-spain")).toBeCloseTo(1 + Math.log(2));
  });

  it("ignores mentions that were not linked to an entity, and missing facts", () => {
    const { entity: _unlinked, ...unlinked } = mention("x");
    expect(articleEntities(facts([unlinked])).size).toBe(0);
    expect(articleEntities(undefined).size).toBe(0);
  });
});
