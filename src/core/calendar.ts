/**
 * The one calendar: arithmetic on whole days. Every date is a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar), computed with integer arithmetic only (no
 * Date), so nothing here depends on the clock or the machine's zone. Used by the pipeline
 * stages, the charts and the pages; parseIsoDate is the one way to read a YYYY-MM-DD date, and
 * it refuses dates that are not on the calendar ("2023-02-29").
 */

// Month names and date wording live in src/core/format.ts, shared with explanations and pages.
import { MONTH_NAMES } from "./date-words.ts";
import { formatDate } from "./format.ts";

/** Milliseconds in a day: for the charts, whose time scales work on Date values. */
export const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/**
 * Day number of a calendar date. Month and day may overflow, and carry over as they would on a
 * calendar (month 13 is January of the next year, 32 January is 1 February), which month ends
 * and month arithmetic rely on.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const carry = Math.floor((month - 1) / 12);
  return daysFromCivil(year + carry, month - carry * 12, 1) + day - 1;
}

/** Howard Hinnant's days_from_civil: any year, month 1–12, day 1–31. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month and day of a day number (Hinnant's civil_from_days). */
export function civil(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** Whether a month-day exists in some year (29 February does, in leap years). */
export function isValidMonthDay(month: number, day: number, year?: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) {
    return false;
  }
  return day <= daysInMonth(year ?? 2000, month);
}

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The Monday that starts the Monday–Sunday week containing day n (ISO 8601 weeks). */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

/** Day n moved by whole months, the day of month clamped ("31 March" - 1 month = 29 February). */
export function addMonths(n: number, months: number): number {
  const c = civil(n);
  const total = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayNumber(year, month, Math.min(c.day, daysInMonth(year, month)));
}

export function monthStart(year: number, month: number): number {
  return dayNumber(year, month, 1);
}

export function monthEnd(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - 1;
}

export function yearStart(year: number): number {
  return dayNumber(year, 1, 1);
}

export function yearEnd(year: number): number {
  return dayNumber(year, 12, 31);
}

export function isoDate(n: number): string {
  const { year, month, day } = civil(n);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2024-10-23" -> day number; null for anything that is not a real calendar date. */
export function parseIsoDate(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidMonthDay(month, day, year) ? dayNumber(year, month, day) : null;
}

/** "23 October 2024": day-month-year reads the same to every English reader. */
export function formatDay(n: number): string {
  return formatDate(isoDate(n));
}

/** "23 October", the form used when the year is the question. */
export function formatMonthDay(month: number, day?: number): string {
  const name = MONTH_NAMES[month - 1] ?? "";
  return day === undefined ? name : `${day} ${name}`;
}

/**
 * Day of the year, 0–364, counted as in a non-leap year (29 February shares 1 March's slot),
 * so that days named without a year can be compared across years.
 */
export function dayOfYear(month: number, day: number): number {
  return Math.min(364, dayNumber(2001, month, day) - dayNumber(2001, 1, 1));
}

/** Days between two days of the year, around the turn of the year: at most 182. */
export function yearlessGap(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 365 - d);
}
