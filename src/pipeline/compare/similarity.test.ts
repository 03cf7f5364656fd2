import { describe, expect, it } from "vitest";
import { contentKeys, similarity, storyWeights, weightedSimilarity } from "./similarity.ts";

const keys = (text: string) => contentKeys(text, { start: 0, end: text.length });

describe("contentKeys", () => {
  it("keeps content words, merged across inflection and synonyms, and drops numbers", () => {
    expect([...keys("The troops were deployed on 23 October.")]).toEqual([
      "noun:military",
      "event:send",
      "october",
    ]);
    expect(keys("Troops sent")).toEqual(keys("troop deployed"));
  });
});

describe("similarity", () => {
  it("scores reworded sentences above unrelated ones", () => {
    const a = keys("American intelligence officials indicated plans to release satellite images.");
    const b = keys("American intelligence officials mentioned plans to release satellite imagery.");
    const c = keys("The Kremlin has not commented on the situation.");
    expect(similarity(a, b)).toBeGreaterThan(0.5);
    expect(similarity(a, c)).toBe(0);
    expect(similarity(a, new Set())).toBe(0);
  });
});

describe("weightedSimilarity", () => {
  it("counts a story's common words for less than its rare ones", () => {
    const sentences = [
      keys("North Korea sent troops."),
      keys("North Korea trained troops."),
      keys("North Korea moved troops by ship."),
      keys("Analysts expect a missile test."),
    ];
    const weight = storyWeights(sentences);
    expect(weight("korea")).toBeLessThan(weight("missil"));
    const shareCommon = weightedSimilarity(
      keys("North Korea troops"),
      keys("North Korea troops sank"),
      weight,
    );
    const plain = similarity(keys("North Korea troops"), keys("North Korea troops sank"));
    expect(shareCommon).toBeLessThan(plain);
  });
});
