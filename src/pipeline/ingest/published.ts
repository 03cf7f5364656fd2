import { dayNumber, isoDate, isValidMonthDay } from "../../core/calendar.ts";
import { MONTHS } from "../../core/date-words.ts";

/**
 * A published date from metadata as YYYY-MM-DD, or null. A date-time keeps the calendar date
 * it was written with (its own time zone), so the result never depends on the build machine.
 */
export function normalizePublished(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // "23 October 2024", "Wed, 23 Oct 2024 10:00:00 GMT"
  const dmy = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(v);
  if (dmy) return validDate(Number(dmy[3]), monthNumber(dmy[2] ?? ""), Number(dmy[1]));
  // "March 14, 2024"
  const mdy = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  if (mdy) return validDate(Number(mdy[3]), monthNumber(mdy[1] ?? ""), Number(mdy[2]));
  return null;
}

function monthNumber(name: string): number {
  // The first three letters name the month whatever follows: "Sept", "Octobre".
  return MONTHS.get(name.slice(0, 3).toLowerCase()) ?? 0;
}

export function validDate(y: number, m: number, d: number): string | null {
  return isValidMonthDay(m, d, y) ? isoDate(dayNumber(y, m, d)) : null;
}
