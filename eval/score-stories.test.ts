import { describe, expect, it } from "vitest";
import { prf, scoreStories } from "./score-stories.ts";

describe("scoreStories", () => {
  const items = [
    { id: "a1", topic: 1, gold: "1ecb", predicted: "S1" },
    { id: "a2", topic: 1, gold: "1ecb", predicted: "S1" },
    { id: "a3", topic: 1, gold: "1ecbplus", predicted: "S1" },
    { id: "a4", topic: 1, gold: "1ecbplus", predicted: "S2" },
    { id: "b1", topic: 2, gold: "2ecb", predicted: "S3" },
  ];

  it("scores article pairs and B³ against the gold stories", () => {
    const s = scoreStories(items);
    expect(s.pair.p).toBeCloseTo(1 / 3);
    expect(s.pair.r).toBeCloseTo(1 / 2);
    expect(s.b3.p).toBeCloseTo(11 / 15);
    expect(s.b3.r).toBeCloseTo(0.8);
    expect(s.b3.f1).toBeCloseTo((2 * (11 / 15) * 0.8) / (11 / 15 + 0.8));
    expect([s.articles, s.goldStories, s.predictedStories]).toEqual([5, 3, 3]);
  });

  it("counts topics whose look-alike events share a story, and lists merged and split stories", () => {
    const s = scoreStories(items);
    expect(s.mergedLookalikes).toBe(1);
    expect(s.merged).toEqual([
      { story: "S1", events: { "1ecb": ["a1", "a2"], "1ecbplus": ["a3"] } },
    ]);
    expect(s.split).toEqual([{ event: "1ecbplus", stories: { S1: ["a3"], S2: ["a4"] } }]);
    expect(scoreStories(items.filter((i) => i.id !== "a3")).mergedLookalikes).toBe(0);
  });

  it("gives zero rather than NaN when there is nothing to count", () => {
    expect(prf(0, 0, 0)).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
