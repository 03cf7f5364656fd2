/**
 * What a qualified number allows, as an interval, so two sources can be checked for overlap:
 *
 *   2,000 / exactly 2,000         [2,000, 2,000]  (a range "5,000 to 7,000" is [5,000, 7,000])
 *   about 2,000                   [1,800, 2,200]  ±10%
 *   nearly 2,000                  [1,800, 2,000]  just short of it
 *   over / at least 2,000         [2,000, 4,000]  a source that knew of twice as many would say so
 *   under / at most / up to 2,000 [1,000, 2,000]  likewise, half is the sensible floor
 *
 * Bounds are inclusive: published figures are rounded, so "over 40,000" does not rule out a
 * count of 40,000 given elsewhere. An unknown qualifier reads as "about".
 */

export interface Interval {
  low: number;
  high: number;
}

export interface Qualified {
  value: number;
  max?: number | undefined;
  qualifier: string | null;
}

/** How a qualifier shapes its number: a point, an estimate, or a bound from below or above. */
export type Shape = "exact" | "about" | "nearly" | "lower" | "upper";

export function shapeOf(qualifier: string | null): Shape {
  switch (qualifier) {
    case null:
    case "exactly":
      return "exact";
    case "nearly":
      return "nearly";
    case "over":
    case "at least":
      return "lower";
    case "under":
    case "at most":
    case "up to":
      return "upper";
    default:
      return "about";
  }
}

export function intervalOf(f: Qualified): Interval {
  const low = f.value;
  const high = f.max ?? f.value;
  switch (shapeOf(f.qualifier)) {
    case "exact":
      return { low, high };
    case "about":
      return { low: low * 0.9, high: high * 1.1 };
    case "nearly":
      return { low: low * 0.9, high };
    case "lower":
      return { low, high: high * 2 };
    case "upper":
      return { low: high / 2, high };
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
