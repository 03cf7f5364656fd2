import { describe, expect, it } from "vitest";
import { figureScale, LOG_RATIO, needsLog, tickLabel } from "./figure-scale.ts";

describe("needsLog", () => {
  it(`is true only when positive values span more than ${LOG_RATIO}×`, () => {
    expect(needsLog([2500, 3000])).toBe(false);
    expect(needsLog([8000, 1_000_000])).toBe(true);
    expect(needsLog([100, 5000])).toBe(false);
    expect(needsLog([100, 5001])).toBe(true);
    expect(needsLog([0, 1_000_000])).toBe(false);
    expect(needsLog([5])).toBe(false);
  });
});

describe("figureScale", () => {
  it("is linear from zero for close numbers, with ends at the given x", () => {
    const s = figureScale([2500, 3000], 20, 340, 12.5);
    expect(s.type).toBe("linear");
    expect(s.domain[0]).toBe(0);
    expect(s.domain[1]).toBeGreaterThanOrEqual(3000);
    expect(s.x(0)).toBe(20);
    expect(s.x(s.domain[1])).toBe(340);
    expect(s.ticks[0]?.label).toBe("0");
  });

  it("is logarithmic over orders of magnitude, with ticks at powers of ten", () => {
    const s = figureScale([8000, 1_000_000], 20, 340, 12.5);
    expect(s.type).toBe("log");
    expect(s.domain).toEqual([1000, 1_000_000]);
    expect(s.ticks.map((t) => t.label)).toEqual(["1k", "10k", "100k", "1M"]);
    // Equal ratios, equal distances.
    expect(s.x(10_000) - s.x(1000)).toBeCloseTo(s.x(1_000_000) - s.x(100_000));
  });

  it("keeps tick labels from overlapping on a narrow axis", () => {
    const s = figureScale([1, 1e12], 0, 120, 12.5);
    const xs = s.ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThan(20);
  });

  it("copes with a single zero and with negative numbers", () => {
    expect(figureScale([0], 0, 100, 12).domain).toEqual([0, 1]);
    expect(figureScale([-5, 10], 0, 100, 12).domain[0]).toBeLessThanOrEqual(-5);
  });
});

describe("tickLabel", () => {
  it("is compact, with B for billions", () => {
    expect(tickLabel(0)).toBe("0");
    expect(tickLabel(500)).toBe("500");
    expect(tickLabel(2500)).toBe("2.5k");
    expect(tickLabel(3e9)).toBe("3B");
    expect(tickLabel(0.5)).toBe("0.5");
  });
});
