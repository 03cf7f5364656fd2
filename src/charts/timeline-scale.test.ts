import { describe, expect, it } from "vitest";
import { brokenScale, padding, shareLengths } from "./timeline-scale.ts";
import type { Segment } from "./timeline-segments.ts";

const A: Segment = { start: 100, end: 131, count: 2, need: 1 };
const B: Segment = { start: 500, end: 506, count: 5, need: 6 };

describe("shareLengths", () => {
  it("gives each segment its minimum and shares the rest by need, not by duration", () => {
    const lengths = shareLengths([1, 6], 600, 72);
    expect(lengths.reduce((a, b) => a + b, 0)).toBeCloseTo(600);
    expect(lengths[0]).toBeGreaterThanOrEqual(72);
    expect(lengths[1]).toBeGreaterThan(3 * (lengths[0] ?? 0));
  });

  it("shares equally when even the minimums do not fit", () => {
    expect(shareLengths([1, 50, 3], 120, 72)).toEqual([40, 40, 40]);
    expect(shareLengths([], 100, 10)).toEqual([]);
  });
});

describe("brokenScale", () => {
  const scale = brokenScale([A, B], [100, 300], 10, 30);

  it("lays the segments end to end with a gap for each break", () => {
    expect(scale.pieces.map((p) => [p.a0, p.a1])).toEqual([
      [10, 110],
      [140, 440],
    ]);
    expect(scale.breaks).toEqual([125]);
    expect(scale.end).toBe(440);
  });

  it("pads each segment's days so marks do not sit on its edge", () => {
    expect(padding(B)).toBe(0.5);
    expect(padding({ start: 0, end: 400, count: 2, need: 2 })).toBe(16);
    expect(scale.pieces[1]?.from).toBe(499.5);
    expect(scale.at(499.5)).toBe(140);
    expect(scale.at(506.5)).toBe(440);
  });

  it("is linear inside a segment and increasing everywhere", () => {
    const perDay = scale.at(502) - scale.at(501);
    expect(scale.at(504) - scale.at(503)).toBeCloseTo(perDay);
    expect(perDay).toBeCloseTo(300 / 7);
    let last = Number.NEGATIVE_INFINITY;
    for (let day = 90; day < 520; day += 0.5) {
      const x = scale.at(day);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });

  it("places a day inside a break within the break, and clamps days outside", () => {
    const inGap = scale.at(300);
    expect(inGap).toBeGreaterThan(110);
    expect(inGap).toBeLessThan(140);
    expect(scale.at(0)).toBe(10);
    expect(scale.at(9999)).toBe(440);
  });

  it("tells which breaks a bar crosses", () => {
    expect(scale.crossed(20, 300)).toEqual([125]);
    expect(scale.crossed(150, 300)).toEqual([]);
  });
});
