import type { DateValue } from "../../core/model.ts";
import { datesClose, sameSpan } from "./days.ts";
import type { Features } from "./features.ts";

/** A dated statement, as far as matching needs it. */
export interface Matchable {
  date: DateValue;
  features: Features;
}

/**
 * Two sources' reports are one event at or above this score. The score is the weighted Dice
 * overlap of their content words (0 to 1) plus bonuses, which count only from MIN_OVERLAP up:
 * +0.3 when they name the same person or organization, +0.1 for the same place, +0.1 for exactly
 * the same days. So the same actor on the same day needs over a third of the words shared ("confirmed … deployed troops" against
 * "affirmed … dispatched troops" is well over); with no actor in common, half the words must
 * be shared. It is set high on purpose: two events wrongly shown as one hide a fact, while one
 * event shown twice is only repetition.
 */
export const MERGE_THRESHOLD = 0.5;

/** Two reports from one source are one only when they say nearly the same on the same days. */
export const SAME_SOURCE_THRESHOLD = 0.9;

/**
 * The bonuses count only once this much of the wording is shared: the same person in the same
 * city on the same day does not make "met the mayor" and "was arrested" one event.
 */
export const MIN_OVERLAP = 0.35;

const ACTOR_BONUS = 0.3;
const PLACE_BONUS = 0.1;
const SAME_DAYS_BONUS = 0.1;

/**
 * How alike two reports are (0 when they cannot be one event). They cannot when their dates
 * are not close (see datesClose), when both name people or organizations but none in common
 * (two people's acts on one day are two events), or when they share no content word beyond
 * verbs of saying.
 */
export function matchScore(a: Matchable, b: Matchable): number {
  if (!datesClose(a.date, b.date)) return 0;
  const fa = a.features;
  const fb = b.features;
  // "confirmed that troops were sent" and "did not confirm that troops were sent" share nearly
  // every word and say opposite things.
  if (fa.negated !== fb.negated) return 0;
  const sharedActor = intersects(fa.actors, fb.actors);
  if (fa.actors.size > 0 && fb.actors.size > 0 && !sharedActor) return 0;
  let shared = 0;
  let total = 0;
  let strong = false;
  for (const [k, w] of fa.words) {
    total += w;
    if (fb.words.has(k)) {
      shared += 2 * w;
      if (w >= 1) strong = true;
    }
  }
  for (const w of fb.words.values()) total += w;
  if (!strong || total === 0 || shared / total < MIN_OVERLAP) return 0;
  return (
    shared / total +
    (sharedActor ? ACTOR_BONUS : 0) +
    (intersects(fa.places, fb.places) ? PLACE_BONUS : 0) +
    (sameSpan(a.date, b.date) ? SAME_DAYS_BONUS : 0)
  );
}

/** The share of content words two reports have in common (weighted Dice, 0 to 1), no bonuses. */
export function wordOverlap(a: Features, b: Features): number {
  let shared = 0;
  let total = 0;
  for (const [k, w] of a.words) {
    total += w;
    if (b.words.has(k)) shared += 2 * w;
  }
  for (const w of b.words.values()) total += w;
  return total === 0 ? 0 : shared / total;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
