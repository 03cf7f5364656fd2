/** A report's source and when that source was published (YYYY-MM-DD, given or inferred). */
export interface Published {
  source: string;
  published: string | null;
}

/**
 * The source(s) that published first among an event's reports, in the order given: several
 * when they published on the same day. None when any report's source has no publication date:
 * the undated one may well have been first, so naming another would claim what is not known.
 */
export function firstReported(reports: readonly Published[]): string[] {
  if (reports.some((r) => r.published === null)) return [];
  let earliest: string | null = null;
  for (const r of reports) {
    if (r.published !== null && (earliest === null || r.published < earliest)) {
      earliest = r.published;
    }
  }
  if (earliest === null) return [];
  return [...new Set(reports.filter((r) => r.published === earliest).map((r) => r.source))];
}
