/**
 * The calendar spans date expressions name once their missing pieces are known: the span of
 * "August 2023", the week "last week" means for a given anchor, the day "three days later"
 * means after a given date. Pure arithmetic on day numbers; the reasons are written by dates.ts.
 */

import {
  addMonths,
  civil,
  dayNumber,
  isoDate,
  mondayOf,
  monthEnd,
  monthStart,
  weekdayOf,
  yearEnd,
  yearStart,
} from "../../core/calendar.ts";
import { describeDateSpan } from "../../core/format.ts";
import type { DateExpression, DatePrecision } from "../../core/model.ts";

/** A span of days [start, end], both inclusive, and how finely it was given. */
export interface DaySpan {
  start: number;
  end: number;
  precision: DatePrecision;
}

type Unit = "day" | "week" | "month" | "year";

/** The day, month or year a dated expression names. */
export function calendarSpan(year: number, month?: number, day?: number): DaySpan {
  if (month === undefined) return { start: yearStart(year), end: yearEnd(year), precision: "year" };
  if (day === undefined) {
    return { start: monthStart(year, month), end: monthEnd(year, month), precision: "month" };
  }
  const d = dayNumber(year, month, day);
  return { start: d, end: d, precision: "day" };
}

/** The whole day, week (Monday–Sunday), month or year containing day n. */
export function unitSpan(n: number, unit: Unit): DaySpan {
  const c = civil(n);
  switch (unit) {
    case "day":
      return { start: n, end: n, precision: "day" };
    case "week": {
      const monday = mondayOf(n);
      return { start: monday, end: monday + 6, precision: "week" };
    }
    case "month":
      return calendarSpan(c.year, c.month);
    case "year":
      return calendarSpan(c.year);
  }
}

/** Day n moved by a number of units (months and years keep the day of month, clamped). */
export function shift(n: number, unit: Unit, amount: number): number {
  switch (unit) {
    case "day":
      return n + amount;
    case "week":
      return n + 7 * amount;
    case "month":
      return addMonths(n, amount);
    case "year":
      return addMonths(n, 12 * amount);
  }
}

/**
 * "yesterday", "last week", "next month", "the past two weeks", "earlier this month",
 * "two days ago", counted from the anchor day.
 */
export function relativeSpan(e: DateExpression & { kind: "relative" }, anchor: number): DaySpan {
  if (e.span !== undefined) {
    const other = shift(anchor, e.unit, e.offset);
    return other < anchor
      ? { start: other, end: anchor, precision: "range" }
      : { start: anchor, end: other, precision: "range" };
  }
  // Written on a Sunday, "last week" is the week that ends that day: a reader's week is the
  // calendar week before the one the paper comes out in, and Sunday's paper starts a new one.
  const from =
    e.unit === "week" && e.offset === -1 && weekdayOf(anchor) === 0
      ? anchor
      : shift(anchor, e.unit, e.offset);
  const unit = unitSpan(from, e.unit);
  if (e.side === "before") return { start: unit.start, end: anchor, precision: "range" };
  if (e.side === "after") return { start: anchor, end: unit.end, precision: "range" };
  return unit;
}

/**
 * The day a weekday names, seen from the anchor: news reports the past, so a bare "Wednesday"
 * is the latest Wednesday on or before it; "last" is strictly before, "next" strictly after,
 * "this" within the anchor's Monday–Sunday week.
 */
export function weekdayDay(
  weekday: number,
  modifier: "last" | "next" | "this" | undefined,
  anchor: number,
): number {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  switch (modifier) {
    case "next":
      return anchor + (7 - back);
    case "last":
      return anchor - (back === 0 ? 7 : back);
    case "this":
      return mondayOf(anchor) + ((weekday + 6) % 7);
    default:
      return anchor - back;
  }
}

/** "the same day", "the following week", "three days later", counted from a base day. */
export function previousSpan(e: DateExpression & { kind: "previous" }, base: number): DaySpan {
  return unitSpan(shift(base, e.unit, e.offset), e.unit);
}

/** How coarse a span may be and still serve as the base of a unit: day 0 … year 3. */
export function granularity(p: DatePrecision): number {
  return p === "day" ? 0 : p === "week" ? 1 : p === "month" ? 2 : p === "year" ? 3 : 4;
}

/** "23 October 2024", "the week of 14 October 2024", "October 2024", "2024", "… to …". */
export function describeSpan(s: DaySpan): string {
  return describeDateSpan({ start: isoDate(s.start), end: isoDate(s.end), precision: s.precision });
}
