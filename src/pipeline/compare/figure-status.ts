import { type Agreement, overall } from "./agreement.ts";
import { intervalOf, overlaps, type Qualified, shapeOf } from "./intervals.ts";

/**
 * Whether two sources' figures for one fact say the same:
 *
 * - agree: the same number (and range end) with the same kind of qualifier: "over 40,000" and
 *   "over 40,000"; "7" and "seven"; "over" and "at least" are both floors, so they agree too.
 * - differ: two point values or estimates that are not the same number: "about 1,800" and
 *   "about 2,100" differ even though ±10% of each would touch, because each source is giving
 *   its own estimate, and a reader should see both.
 * - otherwise the intervals decide (see intervals.ts): overlapping means both can be true
 *   (compatible: "about 50" and "at least 52", "at least 52" and "more than 60"); disjoint
 *   means they cannot (differ: "under 40" and "over 60").
 */
export function figureAgreement(a: Qualified, b: Qualified): Agreement {
  const sa = shapeOf(a.qualifier);
  const sb = shapeOf(b.qualifier);
  const same = near(a.value, b.value) && near(a.max ?? a.value, b.max ?? b.value);
  if (same && sa === sb) return "agree";
  const points = (s: string) => s === "exact" || s === "about";
  if (points(sa) && points(sb) && sa === sb) return "differ";
  return overlaps(intervalOf(a), intervalOf(b)) ? "compatible" : "differ";
}

/** A group of figures for one fact: see agreement.ts. */
export function groupAgreement(values: readonly Qualified[]): Agreement {
  return overall(values, figureAgreement);
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
