/**
 * Day numbers (core/calendar.ts) as the Date values d3's time scales and intervals work on. A
 * day covers [day, day + 1) on the time axis, so a bar for 1 to 7 March runs from the start of
 * the 1st to the end of the 7th, and a single day's point sits at its middle (day + 0.5). Dates
 * are built from numbers only: nothing reads the clock or the machine's time zone.
 */

import { MS_PER_DAY } from "../core/calendar.ts";

/** The calendar date (UTC) at the start of a day number. */
export function dateOfDay(day: number): Date {
  return new Date(Math.floor(day) * MS_PER_DAY);
}

/** The day number of a Date built by the tick intervals (always a UTC midnight). */
export function dayOfDate(date: Date): number {
  return Math.round(date.getTime() / MS_PER_DAY);
}
