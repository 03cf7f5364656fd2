import { describe, expect, it } from "vitest";
import { isPluralNoun, singularNoun } from "./figure-plural.ts";

describe("isPluralNoun", () => {
  it("recognizes regular, irregular and collective plurals", () => {
    for (const w of [
      "troops",
      "soldiers",
      "casualties",
      "people",
      "women",
      "servicemen",
      "personnel",
      "aircraft",
      "ICBMs",
    ]) {
      expect(isPluralNoun(w), w).toBe(true);
    }
  });

  it("rejects singulars ending in s, adverbs and all-caps acronyms", () => {
    for (const w of [
      "crisis",
      "bonus",
      "class",
      "news",
      "overseas",
      "US",
      "its",
      "various",
      "Russia's",
      "specimen",
    ]) {
      expect(isPluralNoun(w), w).toBe(false);
    }
  });
});

describe("singularNoun", () => {
  it("gives the lower-case singular used to match sources", () => {
    const cases: [string, string][] = [
      ["troops", "troop"],
      ["Soldiers", "soldier"],
      ["containers", "container"],
      ["casualties", "casualty"],
      ["sorties", "sortie"],
      ["people", "person"],
      ["servicemen", "serviceman"],
      ["policewomen", "policewoman"],
      ["lives", "life"],
      ["drives", "drive"],
      ["buses", "bus"],
      ["cases", "case"],
      ["churches", "church"],
      ["niches", "niche"],
      ["boxes", "box"],
      ["heroes", "hero"],
      ["shoes", "shoe"],
      ["refugees", "refugee"],
      ["crises", "crisis"],
      ["ICBMs", "icbm"],
      ["police", "police"],
    ];
    for (const [plural, singular] of cases) expect(singularNoun(plural), plural).toBe(singular);
  });

  it("leaves a singular as it is, in lower case", () => {
    expect(singularNoun("Aid")).toBe("aid");
    expect(singularNoun("crisis")).toBe("crisis");
  });
});
