import { describe, expect, it } from "vitest";
import { measureOf, sameMeasure } from "./measure.ts";

describe("sameMeasure", () => {
  it("sees one length, mass or speed told in two units", () => {
    expect(sameMeasure({ noun: "cm", value: 1.8 }, { noun: "inch", value: 0.71 })).toBe(true);
    expect(sameMeasure({ noun: "metre", value: 450 }, { noun: "foot", value: 1500 })).toBe(true);
    expect(sameMeasure({ noun: "kg", value: 3 }, { noun: "lb", value: 6.6 })).toBe(true);
    expect(sameMeasure({ noun: "kph", value: 160 }, { noun: "mph", value: 100 })).toBe(true);
  });

  it("keeps different quantities and dimensions apart", () => {
    expect(sameMeasure({ noun: "metre", value: 450 }, { noun: "foot", value: 1000 })).toBe(false);
    expect(sameMeasure({ noun: "km", value: 5 }, { noun: "kg", value: 5 })).toBe(false);
    expect(sameMeasure({ noun: "soldier", value: 5 }, { noun: "soldier", value: 5 })).toBe(false);
  });

  it("knows only units", () => {
    expect(measureOf("mile", 2)?.value).toBeCloseTo(3218.688);
    expect(measureOf("bridge", 2)).toBeNull();
  });
});
