import { parseIsoDate } from "../calendar.ts";
import type { DateValue } from "../model.ts";
import { conceptOf } from "../text/concepts.ts";
import { differentAges } from "./ages.ts";
import { opposite } from "./direction.ts";
import type { Frame, Word } from "./frame.ts";
import type { EventMention } from "./mention.ts";

/**
 * The one answer to "do these two statements report the same happening?", for clustering,
 * comparison and the timeline alike. Precision first: two statements are one only when what
 * happened matches and nothing about who, where or when contradicts it. A missed match only
 * leaves a fact unpaired; a false one tells the reader two events are one.
 */

export interface EventContext {
  /** How much a shared word says (rarer words in the story say more); 1 when not given. */
  weight?: (lemma: string) => number;
  /** Whether gazetteer place `outer` contains `inner` (a place contains itself). */
  contains: (outer: string, inner: string) => boolean;
  /**
   * Leave dates out of it: the timeline weighs dates itself, and shows one event that two
   * sources date a few days apart as a range rather than as two events.
   */
  ignoreDates?: boolean;
  /**
   * Leave out who did it: a capital stands for its government ("Beijing" for China), so two
   * clauses naming different doers may still tell one act. For checks that ask only whether
   * time, place and mood rule a match out.
   */
  ignoreAgents?: boolean;
}

/** Why two statements were taken as one happening: what a reader is shown when they ask. */
export interface Match {
  /** 0 to 1. */
  score: number;
  /** The predicate they share, as the first statement words it. */
  what: string | null;
  /** Entity ids both name. */
  who: string[];
  /** Gazetteer ids of places both name (or one inside the other). */
  where: string[];
  /** True when both give a date and the dates agree. */
  when: boolean;
}

/** Past, present and ongoing happenings are facts; futures and plans are not the same events. */
const REALIS = new Set(["past", "present", "ongoing"]);

/** Days apart two day-dated statements may be and still tell one happening (time zones, late reports). */
const DAY_SLACK = 1;

/**
 * Why two statements cannot be one happening, or null when nothing rules it out:
 * - one is negated and the other is not ("confirmed" vs "did not confirm");
 * - one is a fact and the other a plan or a forecast ("was sent" vs "will be sent");
 * - their dates cannot overlap;
 * - both name places and neither place lies in the other;
 * - both name who did it, and neither doer appears anywhere in the other.
 */
export function conflict(a: Frame, b: Frame, ctx: EventContext): string | null {
  if (a.negated !== b.negated) return "one denies what the other states";
  if (REALIS.has(a.tense) !== REALIS.has(b.tense))
    return "one is planned or to come, the other happened";
  if (!ctx.ignoreDates && !datesCompatible(a.when, b.when)) return "their dates cannot be the same";
  if (a.places.length > 0 && b.places.length > 0 && sharedPlaces(a, b, ctx).length === 0) {
    return "they happen in different places";
  }
  if (!ctx.ignoreAgents && a.agents.length > 0 && b.agents.length > 0) {
    const allA = participants(a);
    const allB = participants(b);
    if (!a.agents.some((x) => allB.has(x)) && !b.agents.some((x) => allA.has(x))) {
      return "different people or bodies did it";
    }
  }
  return null;
}

/** How alike two statements are, and why; null when they cannot be the same happening. */
export function sameEvent(a: Frame, b: Frame, ctx: EventContext): Match | null {
  if (conflict(a, b, ctx)) return null;
  const what = samePredicate(a, b) ? a.what.lemma : null;
  const who = [...participants(a)].filter((x) => participants(b).has(x));
  const where = sharedPlaces(a, b, ctx);
  const when = a.when.length > 0 && b.when.length > 0;
  const words = wordOverlap(a.words, b.words, ctx.weight ?? (() => 1));
  // The predicate and the participants carry the event; the rest of the wording confirms it.
  const score =
    (what ? 0.35 : 0) +
    0.35 * words +
    (who.length > 0 ? 0.15 : 0) +
    (where.length > 0 ? 0.1 : 0) +
    (when ? 0.05 : 0);
  return { score: Math.min(1, score), what, who, where, when };
}

/**
 * The same verb, two verbs that share a WordNet sense ("arrested" and "apprehended"), or two
 * verbs of one act in the concept lexicon ("sent" and "deployed").
 */
export function samePredicate(a: Frame, b: Frame): boolean {
  return sameWhat(a.what, b.what);
}

/** The same act, told by two predicates (a lemma and its senses): see samePredicate. */
export function sameWhat(a: Frame["what"], b: Frame["what"]): boolean {
  if (a.lemma === b.lemma) return true;
  if (a.senses.some((s) => b.senses.includes(s))) return true;
  const concept = conceptOf(a.lemma);
  return concept.startsWith("event:") && concept === conceptOf(b.lemma);
}

function participants(f: Frame): Set<string> {
  return new Set([...f.agents, ...f.patients, ...f.sayers]);
}

function sharedPlaces(a: Frame, b: Frame, ctx: EventContext): string[] {
  const out: string[] = [];
  for (const x of a.places) {
    if (b.places.some((y) => ctx.contains(x, y) || ctx.contains(y, x))) out.push(x);
  }
  return out;
}

/**
 * Weighted Dice on content words, where two words meet when they are the same lemma or share a
 * WordNet sense ("critical" and "crucial"): 0 (nothing shared) to 1.
 */
export function wordOverlap(
  a: readonly Word[],
  b: readonly Word[],
  weight: (lemma: string) => number,
): number {
  let shared = 0;
  let total = 0;
  const meets = (x: Word, ys: readonly Word[]) =>
    ys.some((y) => y.lemma === x.lemma || x.senses.some((s) => y.senses.includes(s)));
  for (const x of a) {
    const w = weight(x.lemma);
    total += w;
    if (meets(x, b)) shared += w;
  }
  for (const y of b) {
    const w = weight(y.lemma);
    total += w;
    if (meets(y, a)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

/** Whether two sets of dates can describe one happening: some pair overlaps, give or take a day. */
export function datesCompatible(a: readonly DateValue[], b: readonly DateValue[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => overlaps(x, y)));
}

function overlaps(x: DateValue, y: DateValue): boolean {
  const xs = parseIsoDate(x.start);
  const xe = parseIsoDate(x.end);
  const ys = parseIsoDate(y.start);
  const ye = parseIsoDate(y.end);
  if (xs === null || xe === null || ys === null || ye === null) return true;
  // Open ranges ("since August") run on to their anchor: they overlap whatever follows.
  const xEnd = x.open ? Number.POSITIVE_INFINITY : xe;
  const yEnd = y.open ? Number.POSITIVE_INFINITY : ye;
  return xs <= yEnd + DAY_SLACK && ys <= xEnd + DAY_SLACK;
}

/** What being in both reports' leads adds to a link (see mentionLink). */
const LEAD_BONUS = 0.25;

/** What mentionLink gives two mentions that cannot name one happening. */
export const CANNOT_LINK = -1;

/** An event mention where it stands: its source, its sentence, and what the sentence names. */
export interface PlacedMention extends EventMention {
  source: string;
  sentence: number;
  /** Entity ids of the people and organizations the sentence names. */
  participants: readonly string[];
  /** Gazetteer ids of the places the sentence names. */
  places: readonly string[];
  /** Resolved dates that date it (see articleMentions). */
  when: readonly DateValue[];
  /** Whether what its counts count are "beings" or "things" (see countedKind). */
  counted: readonly string[];
  /** In the article's lead, which tells the news its story is made of. */
  lead: boolean;
  /** Ages the sentence gives people ("a 36-year-old", "Ruiz, 52,"): see agesIn. */
  ages: readonly number[];
}

/**
 * How strongly two mentions name one happening, from 0 to 1; null when their words are
 * unrelated, and CANNOT_LINK when something rules it out. They must be the same word, a
 * WordNet synonym or a derived form ("shooting", "shot"); they are never one across fact and
 * plan or across a denial, nor when each sentence gives one date and the dates differ. Naming
 * the same participants and places adds to it; naming only different ones halves it.
 */
export function mentionLink(a: PlacedMention, b: PlacedMention): number | null {
  const lexical =
    a.lemma === b.lemma
      ? 1
      : a.pos === b.pos && a.senses.some((s) => b.senses.includes(s))
        ? 0.8
        : a.related.includes(b.lemma) || b.related.includes(a.lemma)
          ? 0.7
          : 0;
  if (lexical === 0) return null;
  if (a.negated !== b.negated) return CANNOT_LINK;
  if (REALIS.has(a.tense) !== REALIS.has(b.tense)) return CANNOT_LINK;
  // "Checked into" and "checked out of": one verb, opposite happenings.
  if (a.lemma === b.lemma && opposite(a.direction, b.direction)) return CANNOT_LINK;
  if (a.when.length === 1 && b.when.length === 1 && !datesCompatible(a.when, b.when)) {
    return CANNOT_LINK;
  }
  // "Sent 40 nurses" and "sent 300 tents": one verb, two shipments.
  if (
    a.counted.length > 0 &&
    b.counted.length > 0 &&
    !a.counted.some((c) => b.counted.includes(c))
  ) {
    return CANNOT_LINK;
  }
  const shared = a.participants.filter((p) => b.participants.includes(p)).length;
  if (a.participants.length > 0 && b.participants.length > 0 && shared === 0) {
    return 0.5 * lexical;
  }
  // "A 36-year-old climber fell" and "a 32-year-old fell": someone else, named or not.
  if (shared === 0 && differentAges(a.ages, b.ages)) return 0.5 * lexical;
  const sharedPlace = a.places.some((p) => b.places.includes(p));
  // Two reports' leads tell their story's news: a word for a happening in both is most likely
  // that news, told in other words ("the quake struck", "the tremor hit").
  const leads = a.lead && b.lead && a.source !== b.source ? LEAD_BONUS : 0;
  return Math.min(1, 0.6 * lexical + (shared > 0 ? 0.3 : 0) + (sharedPlace ? 0.1 : 0) + leads);
}
