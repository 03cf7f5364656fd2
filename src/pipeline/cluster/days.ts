/**
 * Calendar arithmetic on whole days, without Date (no clock, no time zone): day numbers count
 * days since 1970-01-01 in the proleptic Gregorian calendar.
 */

const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The day number of a year, month (1-12) and day. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of an ISO date, YYYY-MM-DD. */
export function isoDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dayNumber(y ?? 1970, m ?? 1, d ?? 1);
}

/** Year, month (1-12) and day of a day number. */
export function civilDate(n: number): { year: number; month: number; day: number } {
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

/**
 * Day of the year, 0-364, counted as in a non-leap year (February 29 shares March 1's slot), so
 * that days named without a year can be compared across years.
 */
export function dayOfYear(month: number, day: number): number {
  return Math.min(364, (MONTH_START[month - 1] ?? 0) + day - 1);
}

/** Days between two days of the year, around the turn of the year: at most 182. */
export function yearlessGap(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 365 - d);
}
