import { describe, expect, it } from "vitest";
import { agesIn, differentAges } from "./ages.ts";

describe("agesIn", () => {
  it("reads the ages a sentence gives people", () => {
    expect(agesIn("A 41-year-old hiker from Tarnby fell 80 metres.")).toEqual([41]);
    expect(agesIn("Mira Holt, 29, and a man aged 63 were rescued.")).toEqual([29, 63]);
    expect(agesIn("The 7 year old boy was found.")).toEqual([7]);
  });

  it("does not take other numbers for ages", () => {
    expect(agesIn("On Sunday, 40 people were hurt in 2031.")).toEqual([]);
    expect(agesIn("The 300-year-old bridge, 12 km away, fell.")).toEqual([]);
  });
});

describe("differentAges", () => {
  it("tells two people apart only when both sentences give ages and none is close", () => {
    expect(differentAges([41], [29])).toBe(true);
    expect(differentAges([41], [42])).toBe(false);
    expect(differentAges([41], [])).toBe(false);
    expect(differentAges([29, 41], [41])).toBe(false);
  });
});
