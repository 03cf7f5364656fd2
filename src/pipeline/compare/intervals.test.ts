import { describe, expect, it } from "vitest";
import { intervalOf, overlaps, shapeOf } from "./intervals.ts";

describe("shapeOf", () => {
  it("sorts qualifiers into points, estimates and bounds", () => {
    expect(shapeOf(null)).toBe("exact");
    expect(shapeOf("exactly")).toBe("exact");
    expect(shapeOf("about")).toBe("about");
    expect(shapeOf("over")).toBe("lower");
    expect(shapeOf("at least")).toBe("lower");
    expect(shapeOf("up to")).toBe("upper");
    expect(shapeOf("under")).toBe("upper");
    expect(shapeOf("nearly")).toBe("nearly");
    expect(shapeOf("some new qualifier")).toBe("about");
  });
});

describe("intervalOf", () => {
  it("reads each qualifier as the interval it allows", () => {
    expect(intervalOf({ value: 2500, qualifier: null })).toEqual({ low: 2500, high: 2500 });
    expect(intervalOf({ value: 25000, max: 30000, qualifier: null })).toEqual({
      low: 25000,
      high: 30000,
    });
    const about = intervalOf({ value: 60, qualifier: "about" });
    expect(about.low).toBeCloseTo(54);
    expect(about.high).toBeCloseTo(66);
    expect(intervalOf({ value: 62, qualifier: "at least" })).toEqual({ low: 62, high: 124 });
    expect(intervalOf({ value: 100, qualifier: "up to" })).toEqual({ low: 50, high: 100 });
    expect(intervalOf({ value: 100, qualifier: "nearly" }).high).toBe(100);
  });
});

describe("overlaps", () => {
  it("counts touching bounds as overlap, since published figures are rounded", () => {
    expect(overlaps({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
    expect(overlaps({ low: 1, high: 2 }, { low: 2.1, high: 3 })).toBe(false);
  });
});
