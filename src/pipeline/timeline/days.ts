import type { DateValue } from "../../core/model.ts";

/**
 * Whole-day arithmetic on ISO dates (YYYY-MM-DD), with Date.UTC only: nothing here reads the
 * clock or depends on the machine's time zone.
 */

import { dayOf } from "../../core/days.ts";

export { dayOf };

/** A date value the timeline can place: real calendar days, start not after end. */
export function isPlaceable(value: DateValue | null | undefined): value is DateValue {
  if (!value) return false;
  const start = dayOf(value.start);
  const end = dayOf(value.end);
  return start !== null && end !== null && start <= end;
}

/** The same days: "Wednesday" resolved to 13 March and "13 March" both say one date. */
export function sameSpan(a: DateValue, b: DateValue): boolean {
  return a.start === b.start && a.end === b.end;
}

/** How far apart two day-precision dates may be and still be one event told two ways. */
export const DAY_SLACK = 7;

/**
 * Whether two sources' dates could be one event: two single days within about a week of each
 * other (sources often disagree by a day or two on when something happened), or, for coarser
 * dates, spans that overlap. An open range ("since …", which ends only at its anchor) lies close
 * only to another open range: an ongoing state and a one-off act on a day within it are not
 * one event, however alike the sentences are.
 */
export function datesClose(a: DateValue, b: DateValue): boolean {
  if (Boolean(a.open) !== Boolean(b.open)) return false;
  const [as, ae, bs, be] = [dayOf(a.start), dayOf(a.end), dayOf(b.start), dayOf(b.end)];
  if (as === null || ae === null || bs === null || be === null) return false;
  const slack = a.precision === "day" && b.precision === "day" ? DAY_SLACK : 0;
  return bs <= ae + slack && as <= be + slack;
}
