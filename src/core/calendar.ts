/**
 * Calendar arithmetic on whole days. Every date is a day number (days since 1970-01-01, UTC),
 * computed with Date.UTC only, so nothing here depends on the clock or the machine's zone.
 */

// Month names and date wording live in src/core/format.ts, shared with explanations and pages.
import { formatDate, MONTH_NAMES } from "./format.ts";

const MS_PER_DAY = 86_400_000;

/** Index 0 = Sunday, as in DateExpression.weekday. */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/**
 * Day number of a calendar date; month and day may overflow (Date.UTC normalizes them). Years
 * are 100 or later: Date.UTC reads 0–99 as 1900–1999, and no news date needs them.
 */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function civil(n: number): CivilDate {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
