import { parseIsoDate } from "../../core/calendar.ts";
import type { DateValue } from "../../core/model.ts";

/** Whether the timeline can place a date, and whether two sources' dates can be one event. */

/** A date value the timeline can place: real calendar days, start not after end. */
export function isPlaceable(value: DateValue | null | undefined): value is DateValue {
  if (!value) return false;
  const start = parseIsoDate(value.start);
  const end = parseIsoDate(value.end);
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
  const as = parseIsoDate(a.start);
  const ae = parseIsoDate(a.end);
  const bs = parseIsoDate(b.start);
  const be = parseIsoDate(b.end);
  if (as === null || ae === null || bs === null || be === null) return false;
  const slack = a.precision === "day" && b.precision === "day" ? DAY_SLACK : 0;
  return bs <= ae + slack && as <= be + slack;
}
