import type { Frame } from "../../core/event/frame.ts";
import { type EventContext, sameEvent, wordOverlap } from "../../core/event/same-event.ts";
import type { DateValue } from "../../core/model.ts";
import { datesClose, sameSpan } from "./days.ts";

/** A dated statement, as far as matching needs it: its date and its frame (core/event). */
export interface Matchable {
  date: DateValue;
  frame: Frame;
}

/**
 * Two sources' reports are one event at or above this score: the event model's likeness of
 * their frames (see core/event/same-event.ts), plus a little for exactly the same days. The
 * same act by the same party, or the same act in much the same words, is over; one party's
 * different acts on one day are under. Set high on purpose: two events wrongly shown as one
 * hide a fact, while one event shown twice is only repetition.
 */
export const MERGE_THRESHOLD = 0.5;

/** Two reports from one source are one only when they say nearly the same on the same days. */
export const SAME_SOURCE_THRESHOLD = 0.9;

const SAME_DAYS_BONUS = 0.05;

/**
 * How alike two reports are, 0 when they cannot be one event: their dates must be close (see
 * datesClose) and nothing in who, where, when or polarity may rule it out (see sameEvent).
 */
export function matchScore(a: Matchable, b: Matchable, context: EventContext): number {
  if (!datesClose(a.date, b.date)) return 0;
  const match = sameEvent(a.frame, b.frame, context);
  if (!match || (!match.what && match.who.length === 0)) return 0;
  return match.score + (sameSpan(a.date, b.date) ? SAME_DAYS_BONUS : 0);
}

/** Whether one source's two reports say the same thing (a lead, then a recap). */
export function repeats(a: Matchable, b: Matchable, context: EventContext): boolean {
  return (
    a.frame.negated === b.frame.negated &&
    wordOverlap(a.frame.words, b.frame.words, context.weight ?? (() => 1)) >= SAME_SOURCE_THRESHOLD
  );
}
