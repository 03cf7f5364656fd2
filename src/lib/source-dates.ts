import { formatDate } from "../core/format.ts";
import type { InferredDate } from "../core/model.ts";

/**
 * A source's date in plain words. A date the article gives is shown as it is; an inferred one
 * says so and what it was inferred from, in a few words ("inferred from “Wednesday”, the latest
 * date the article mentions"); the full reasoning is for a details line, not the header.
 */
export function sourceDate(s: {
  published: string | null;
  publishedInferred: InferredDate | null;
}): { date: string; note: string | null } {
  if (s.published) return { date: formatDate(s.published), note: null };
  const inferred = s.publishedInferred;
  if (!inferred) return { date: "Date not given", note: null };
  return { date: formatDate(inferred.date), note: `not given; ${inferredFrom(inferred.reason)}` };
}

/** "inferred from “Wednesday”, the latest date the article mentions", or a general phrase. */
export function inferredFrom(reason: string): string {
  const latest = /latest date the article reports is [^(]*\(“([^”]+)”/.exec(reason);
  return latest
    ? `inferred from “${latest[1]}”, the latest date the article mentions`
    : "inferred from the dates the article mentions";
}
