/**
 * Whole-day arithmetic for the timeline chart. A day is a number (days since 1970-01-01, UTC) and
 * covers [day, day + 1) on the time axis, so a bar for 1 to 7 March runs from the start of the 1st
 * to the end of the 7th, and a single day's point sits at its middle (day + 0.5). Only Date.UTC
 * and dates built from numbers: nothing reads the clock or the machine's time zone.
 */

import { dayOf, MS_PER_DAY } from "../core/days.ts";

export { dayOf };

/** The calendar date (UTC) at the start of a day number. */
export function dateOfDay(day: number): Date {
  return new Date(Math.floor(day) * MS_PER_DAY);
}

/** A day number as YYYY-MM-DD. */
export function isoOfDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

/** The day number of a Date built by the tick intervals (always a UTC midnight). */
export function dayOfDate(date: Date): number {
  return Math.round(date.getTime() / MS_PER_DAY);
}
