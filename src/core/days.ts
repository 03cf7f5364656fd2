/**
 * Whole days as numbers (days since 1970-01-01, UTC), for the pipeline and the charts alike.
 * Only Date.UTC and dates built from numbers: nothing reads the clock or the time zone.
 */

export const MS_PER_DAY = 86_400_000;

/** The day number of a YYYY-MM-DD date, or null when it is not a real calendar date. */
export function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls "2024-02-30" over to March: such a date is not a real one.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}
