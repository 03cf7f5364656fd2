import type { DateValue } from "../../core/model.ts";
import type { Agreement } from "./agreement.ts";

/**
 * Whether two dates given for one event fit: the same days agree ("Friday" resolved to
 * 7 March 2025 and "March 7"); one inside the other at another precision is compatible
 * ("last week" and "March 5"), and so are overlapping ranges, since both can be true; dates
 * with no day in common differ.
 */
export function dateAgreement(a: DateValue, b: DateValue): Agreement {
  if (a.start === b.start && a.end === b.end) return "agree";
  // ISO dates order as strings.
  return a.start <= b.end && b.start <= a.end ? "compatible" : "differ";
}

/** Whether `inner` lies within `outer` (and is not the same span). */
export function within(inner: DateValue, outer: DateValue): boolean {
  return (
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    (outer.start !== inner.start || outer.end !== inner.end)
  );
}
