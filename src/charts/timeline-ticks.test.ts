import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../core/calendar.ts";
import type { ScalePiece } from "./timeline-scale.ts";
import {
  axisTicks,
  pieceTicks,
  shortMonth,
  type Tick,
  tickLines,
  tickText,
} from "./timeline-ticks.ts";

function d(iso: string): number {
  return parseIsoDate(iso) ?? Number.NaN;
}
function piece(from: string, to: string, a0: number, a1: number): ScalePiece {
  return { from: d(from), to: d(to), a0, a1 };
}
function linear(p: ScalePiece) {
  return (day: number) => p.a0 + ((day - p.from) / (p.to - p.from)) * (p.a1 - p.a0);
}
const apart = (gap: number) => (a: Tick, b: Tick) => b.along - a.along >= gap;

describe("pieceTicks", () => {
  it("labels a stretch of days by day, with the year on the first tick", () => {
    const p = piece("2024-10-20", "2024-10-26", 0, 600);
    const ticks = pieceTicks(p, linear(p), apart(40));
    expect(ticks.map(tickText)).toEqual([
      "20 Oct 2024",
      "21 Oct",
      "22 Oct",
      "23 Oct",
      "24 Oct",
      "25 Oct",
    ]);
    // A day's tick is at its middle.
    expect(ticks[0]?.along).toBeCloseTo(50);
  });

  it("skips days when they would crowd, and goes to months and years when needed", () => {
    const days = piece("2024-10-01", "2024-10-31", 0, 200);
    const sparse = pieceTicks(days, linear(days), apart(40));
    expect(sparse.length).toBeLessThan(10);
    expect(sparse.every((t, i) => i === 0 || t.along - (sparse[i - 1]?.along ?? 0) >= 40)).toBe(
      true,
    );

    const months = piece("2023-06-01", "2024-06-01", 0, 600);
    const m = pieceTicks(months, linear(months), apart(60)).map(tickText);
    expect(m[0]).toMatch(/^[A-Z][a-z]{2} 2023$/);
    expect(m).toContain("Jan 2024");
    expect(m.every((t) => /^[A-Z][a-z]{2}( \d{4})?$/.test(t))).toBe(true);

    const years = piece("2010-01-01", "2024-01-01", 0, 300);
    const y = pieceTicks(years, linear(years), apart(40)).map(tickText);
    expect(y.every((t) => /^\d{4}$/.test(t))).toBe(true);
    expect(y.length).toBeGreaterThan(2);
  });

  it("always keeps one tick, even in a segment too short for its labels", () => {
    const p = piece("2024-03-13", "2024-03-16", 0, 20);
    expect(pieceTicks(p, linear(p), apart(100))).toHaveLength(1);
  });
});

describe("axisTicks", () => {
  it("keeps the first tick of each segment when the last one before a break crowds it", () => {
    const a = piece("2023-07-30", "2023-09-02", 0, 100);
    const b = piece("2024-10-20", "2024-10-26", 130, 500);
    const at = (day: number) => (day < d("2024-01-01") ? linear(a)(day) : linear(b)(day));
    const ticks = axisTicks([a, b], at, apart(45));
    const heads = ticks.filter((t) => t.first);
    expect(heads).toHaveLength(2);
    expect(ticks.every((t, i) => i === 0 || t.along - (ticks[i - 1]?.along ?? 0) >= 45)).toBe(true);
  });
});

describe("tick labels", () => {
  it("writes months in three letters and puts a day's year under it on a narrow axis", () => {
    expect(shortMonth(8)).toBe("Sep");
    const tick: Tick = { unit: "day", day: 0, along: 0, main: "21 Oct", year: "2024", first: true };
    expect(tickText(tick)).toBe("21 Oct 2024");
    expect(tickLines(tick)).toEqual(["21 Oct", "2024"]);
    expect(tickLines({ ...tick, unit: "month", main: "Aug", year: "2023" })).toEqual(["Aug 2023"]);
    expect(tickText({ ...tick, unit: "year", main: "2024", year: null })).toBe("2024");
  });
});
