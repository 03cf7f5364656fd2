import type { Frame } from "../../core/event/frame.ts";
import {
  conflict,
  type EventContext,
  type Match,
  sameEvent,
  samePredicate,
  wordOverlap,
} from "../../core/event/same-event.ts";
import { differentSteps } from "../../core/text/concepts.ts";
import type { Report } from "./reports.ts";

/**
 * Thresholds for two sentences of different sources to be one statement, on their word overlap
 * (weighted Dice on lemmas and shared WordNet senses, see wordOverlap) and their best pair of
 * clauses (sameEvent's score). Tuned on ECB+ (claim:statement precision, whose two look-alike
 * events per topic share verbs, places and doers) and on invented paraphrases: reworded reports
 * of one statement overlap 0.26 to 0.5. The same verb alone is not enough (two earthquakes "hit",
 * two companies "released" patches): the pair must also name the same person, body or place,
 * and neither may name someone the act was done to that the other leaves out.
 */
export const AGREE = {
  /** Same act ("deployed" / "dispatched") and the same participant or place. */
  sameAct: { words: 0.26, event: 0.3 },
  /** Different verbs, same person or body as a participant: more shared wording needed. */
  sameActor: { words: 0.28, event: 0.25 },
};
/**
 * A sentence is echoed by another source (so not "only one source says") at this lower overlap:
 * saying nothing is the safe side of a doubtful case.
 */
export const ECHO_WORDS = 0.18;
/**
 * Sentences whose clauses the event model did not link echo each other at this overlap: the
 * model misses many rewordings, and a shared word or two ("officials", "troops") is not enough.
 */
export const ECHO_WORDS_UNLINKED = 0.22;

export interface ReportMatch {
  /** The word overlap of the two sentences, 0 to 1. */
  words: number;
  /** The best-matching pair of clauses, when both sentences have clauses that can be one event. */
  event: Match | null;
  /** The two clauses behind `event`. */
  pair: readonly [Frame, Frame] | null;
}

/**
 * How two sentences of different sources relate: null when they tell the same act with details
 * that cannot both hold (a denial against a statement, a plan against a fact, two places, two
 * doers); else their word overlap and best clause match (none when no pair of clauses can be
 * one event, or a sentence has no clause).
 */
export function reportMatch(a: Report, b: Report, ctx: EventContext): ReportMatch | null {
  let event: Match | null = null;
  let pair: readonly [Frame, Frame] | null = null;
  for (const x of a.frames) {
    for (const y of b.frames) {
      // The same act told with details that cannot both hold (a plan against a fact, a
      // denial, two doers, two places): the sentences are about two happenings.
      if (samePredicate(x, y) && conflict(x, y, ctx)) return null;
      const m = sameEvent(x, y, ctx);
      if (m && (!event || m.score > event.score)) {
        event = m;
        pair = [x, y];
      }
    }
  }
  return { words: wordOverlap(a.words, b.words, ctx.weight ?? (() => 1)), event, pair };
}

/**
 * Whether a match is strong enough to show the two sentences as one statement. `isActor` tells
 * a person or organization from a place among the entity ids both name. Two sentences with no
 * clause to compare (no predicate found) never agree: their words alone say too little about
 * what happened.
 */
export function agrees(
  m: ReportMatch | null,
  isActor: (entity: string) => boolean,
): m is ReportMatch {
  if (!m?.event || !m.pair) return false;
  const e = m.event;
  if (otherPatients(m.pair[0], m.pair[1])) return false;
  if (e.what !== null) {
    return (
      (e.who.some(isActor) || e.where.length > 0) &&
      m.words >= AGREE.sameAct.words &&
      e.score >= AGREE.sameAct.event
    );
  }
  // Different verbs of one person are one statement only in other words ("discounted the
  // rumours" / "insisted he was not"), never two steps of one process ("was charged with" /
  // "was convicted of"): those are two happenings, however alike the rest reads.
  if (differentSteps(m.pair[0].what.lemma, m.pair[1].what.lemma)) return false;
  return (
    e.who.some(isActor) && m.words >= AGREE.sameActor.words && e.score >= AGREE.sameActor.event
  );
}

/**
 * Whether the two clauses were done to different people or things: both name who or what
 * ("placed one player on the injured list", "placed another"), and neither's is named anywhere
 * in the other clause.
 */
function otherPatients(a: Frame, b: Frame): boolean {
  if (a.patients.length === 0 || b.patients.length === 0) return false;
  const named = (f: Frame) => new Set([...f.agents, ...f.patients, ...f.sayers]);
  const inA = named(a);
  const inB = named(b);
  return !a.patients.some((p) => inB.has(p)) && !b.patients.some((p) => inA.has(p));
}

/** Whether a match is enough to say another source reports it too. */
export function echoes(m: ReportMatch | null): boolean {
  return m !== null && m.words >= (m.event ? ECHO_WORDS : ECHO_WORDS_UNLINKED);
}
