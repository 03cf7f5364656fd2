import { describe, expect, it } from "vitest";
import { pairScore } from "./score.ts";

const weights = { text: 0.3, lead: 0.6, entities: 0.1 };

describe("pairScore", () => {
  it("is the weighted mean of the similarities", () => {
    expect(pairScore({ text: 1, lead: 1, entities: 1, time: 1 }, weights)).toBeCloseTo(1);
    expect(pairScore({ text: 0.5, lead: 0, entities: 1, time: 1 }, weights)).toBeCloseTo(0.25);
  });

  it("shrinks when the dates are far apart", () => {
    const near = pairScore({ text: 0.5, lead: 0.5, entities: 0.5, time: 1 }, weights);
    const far = pairScore({ text: 0.5, lead: 0.5, entities: 0.5, time: 0.2 }, weights);
    expect(far).toBeCloseTo(near * 0.2);
  });
});
