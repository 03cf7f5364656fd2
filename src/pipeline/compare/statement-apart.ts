import type { DateValue } from "../../core/model.ts";
import { words } from "../../core/text/words.ts";
import { OTHER_OCCASION } from "./figure-context.ts";
import { mayBeVersions, quoteSimilarity } from "./quote-match.ts";

/**
 * Two sentences that read alike but tell two happenings, which no clause match can see: both
 * state days outright and none is the same, or one tells of another occurrence ("it was followed
 * by a quake …") and the other does not.
 */

/**
 * Whether both sentences state days outright (not inferred) and none is the same: two
 * announcements "today (14 October)" and "today (20 October)" are two statements, whatever
 * else their dates allow (an outage "expected to extend into next week" overlaps the second).
 */
export function otherDays(a: readonly DateValue[], b: readonly DateValue[]): boolean {
  const days = (when: readonly DateValue[]) =>
    when.filter((d) => d.precision === "day" && !d.inferred).map((d) => d.start);
  const da = days(a);
  const db = days(b);
  return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
}

/** Whether a sentence tells of another occurrence than the news's own (see OTHER_OCCASION). */
export function tellsOtherOccasion(sentence: string): boolean {
  return words(sentence).some((w) => OTHER_OCCASION.has(w.key));
}

/**
 * Whether two sentences quote two different remarks: each quotes someone in full (not a phrase
 * set in quotation marks) and no quote of one may be a version of one of the other's. What a
 * quoted sentence says is its quote: two of a speaker's remarks ("The firm was founded to…",
 * "Cloud computing has brought…") are two statements, however alike the words that say who
 * spoke ("said the chief executive, who will head the new unit").
 */
export function twoRemarks(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.every((x) => b.every((y) => quoteSimilarity(x, y) === null && !mayBeVersions(x, y)));
}
