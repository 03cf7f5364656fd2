import { describe, expect, it } from "vitest";
import type { ClaimValue } from "../core/model.ts";
import { figureLabel, formatNumber } from "./figure-label.ts";

const v = (over: Partial<ClaimValue>): ClaimValue => ({
  source: "s",
  value: "",
  text: "",
  start: 0,
  end: 0,
  sentence: 0,
  ...over,
});

describe("formatNumber", () => {
  it("groups thousands and keeps decimals short", () => {
    expect(formatNumber(2500)).toBe("2,500");
    expect(formatNumber(1_200_000)).toBe("1,200,000");
    expect(formatNumber(0.5)).toBe("0.5");
    expect(formatNumber(1234.5)).toBe("1,234.5");
    expect(formatNumber(-0)).toBe("0");
  });
});

describe("figureLabel", () => {
  it('writes "about" as ≈ next to the mark and in words for the text alternative', () => {
    const f = figureLabel(v({ value: "about 2,500", number: 2500, qualifier: "about" }));
    expect(f).toMatchObject({
      label: "≈ 2,500",
      words: "about 2,500",
      low: 2500,
      high: 2500,
      isRange: false,
    });
  });

  it("writes a range with both ends, whatever order they came in", () => {
    const f = figureLabel(v({ value: "25,000 to 30,000", number: 30000, max: 25000 }));
    expect(f).toMatchObject({ label: "25,000 to 30,000", low: 25000, high: 30000, isRange: true });
  });

  it("keeps percent and currency signs", () => {
    expect(figureLabel(v({ value: "45%", number: 45, unit: "percent" }))?.label).toBe("45%");
    expect(
      figureLabel(v({ value: "over $1.5 million", number: 1_500_000, qualifier: "over" }))?.label,
    ).toBe("over $1,500,000");
  });

  it("is null without a number", () => {
    expect(figureLabel(v({ value: "many" }))).toBeNull();
    expect(figureLabel(v({ value: "x", number: Number.NaN }))).toBeNull();
  });
});
