/** A report's source and when that source was published (YYYY-MM-DD, given or inferred). */
export interface Published {
  source: string;
  published: string | null;
}

/**
 * The source(s) that published first among an event's reports, in the order given: several
 * when they published on the same day, none when no source has a publication date. A source
 * with no date is left out rather than guessed at.
 */
export function firstReported(reports: readonly Published[]): string[] {
  let earliest: string | null = null;
  for (const r of reports) {
    if (r.published !== null && (earliest === null || r.published < earliest)) {
      earliest = r.published;
    }
  }
  if (earliest === null) return [];
  return [...new Set(reports.filter((r) => r.published === earliest).map((r) => r.source))];
}
