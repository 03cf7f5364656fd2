import { MEASURES } from "../../core/event/counted.ts";
import { isMeasuring } from "../../core/event/figure-verb.ts";
import { type Frame, sensesOf } from "../../core/event/frame.ts";
import { conflict, type EventContext, sameEvent, sameWhat } from "../../core/event/same-event.ts";
import type { FigureMention } from "../../core/model.ts";
import { isHumanClass, nounClassOf, peopleWord } from "../../core/text/concepts.ts";
import { stem } from "../../core/text/stem.ts";
import type { FigureContext } from "./figure-context.ts";
import { comparisonKey } from "./words.ts";

/** A figure with what its clause says it is about. */
export interface ReadFigure {
  figure: FigureMention;
  context: FigureContext;
  /** The people (entity ids) the figure's clause names as doing what it tells, if any. */
  people?: ReadonlySet<string>;
  /** The clause the figure is in, read by the event model. */
  frame?: Frame | undefined;
  /**
   * The lemma of the verb that governs the counted phrase ("married three times"): see
   * figureVerb. Read only for counts of repeats (see countsRepeats), where it is what is counted.
   */
  verb?: string | undefined;
  /** Entity ids of the people and organizations the figure's sentence names. */
  named?: ReadonlySet<string>;
  /** Entity ids of the people the sentence names other than as who says so. */
  persons?: ReadonlySet<string>;
  /** Entity ids of the organizations the sentence names other than as who says so. */
  bodies?: ReadonlySet<string>;
}

/** Pairs scoring below this are not the same fact. */
export const FIGURE_THRESHOLD = 0.55;

/**
 * How likely two figures from different sources count the same thing, from 0 to 1, or null
 * when they cannot (different kinds, currencies, rate periods, events, or counted things).
 *
 * The counted noun weighs most (same noun, or the same general class: troops and soldiers),
 * then whether the clauses name the same event (sent, killed), then the other words around
 * them, then how close the numbers are: magnitude is a soft signal, because sources do
 * disagree, but a figure four times another is less likely to be the same count.
 */
export function figureMatch(a: ReadFigure, b: ReadFigure): number | null {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== fb.kind) return null;
  if (fa.currency && fb.currency && fa.currency !== fb.currency) return null;
  const pa = a.context.period;
  const pb = b.context.period;
  if (pa && pb && pa !== pb) return null;
  // A later aftershock's distance, a figure for each of several seasons, a count by 4 p.m.:
  // another fact than the news's own, even with the same number.
  if (a.context.occasion !== b.context.occasion) return null;

  // One coach's "three months in charge" is not another's "six months": clauses about
  // different people count different things, however alike their words.
  if (a.people && b.people && a.people.size > 0 && b.people.size > 0) {
    if (![...a.people].some((p) => b.people?.has(p))) return null;
  }

  // "Married three times" and "divorced three times": a count of times counts what its verb
  // tells, and two verbs with no sense in common count two things. (Not for measures: "four
  // minutes left" and "four minutes remaining" are one time, told with two verbs.)
  if (
    countsRepeats(fa.noun) &&
    countsRepeats(fb.noun) &&
    a.verb &&
    b.verb &&
    !sameAct(a.verb, b.verb)
  ) {
    return null;
  }

  const shared = [...a.context.events].filter((e) => b.context.events.has(e)).length;
  if (a.context.events.size > 0 && b.context.events.size > 0 && shared === 0) return null;
  const event = shared > 0 ? 1 : 0.5;

  const noun = nounMatch(a, b) ?? (shared > 0 ? peopleEventMatch(a, b) : null);
  if (noun === null) return null;
  const context = jaccard(a.context.keys, b.context.keys);
  // A figure whose noun says little ("15 percent") needs its clause to say the rest.
  if (noun <= 0.3 && context < 0.3 && shared === 0) return null;

  const [small, large] = [Math.abs(fa.value), Math.abs(fb.value)].sort((x, y) => x - y);
  const ratio = (large ?? 0) / Math.max(small ?? 0, 1e-9);
  const magnitude = Math.max(0, 1 - Math.log10(ratio));
  const score = 0.45 * noun + 0.2 * event + 0.2 * context + 0.15 * magnitude;
  // A rate against a total ("5,000 a month", "5,000") is probably a different fact.
  return (pa === null) !== (pb === null) ? score * 0.85 : score;
}

/** Nouns that count how often something happened: the verb says what. */
const REPEATS = new Set(["time", "times", "occasion", "occasions"]);

/** Whether a figure's noun counts repeats ("three times"), so its verb is what is counted. */
export const countsRepeats = (noun: string): boolean => REPEATS.has(noun);

/**
 * Two verbs that may tell one act: the event model's answer (see sameWhat: one verb, a shared
 * WordNet sense, one concept), a verb that only sizes ("top", "reach"), or one word written
 * two ways (a misspelling keeps its first letters: "recharged", "rechagred").
 */
function sameAct(a: string, b: string): boolean {
  if (isMeasuring(a) || isMeasuring(b)) return true;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  const what = (lemma: string) => ({ lemma, senses: sensesOf(lemma, "verb") });
  return sameWhat(what(a), what(b));
}

/**
 * How well the counted nouns match: 1 the same noun; 0.8 the same class ("troop", "soldier");
 * 0.7 a generic people word against people of some kind ("casualties", "soldiers"); 0.6 when
 * one figure has no noun but the other's noun is in its clause ("a cut of 15 percent", "cut
 * prices by 15 percent"); 0.3 when nothing can be said (money and percentages only, which
 * often have no noun). Null when the nouns are different things.
 */
function nounMatch(a: ReadFigure, b: ReadFigure): number | null {
  const na = a.figure.noun;
  const nb = b.figure.noun;
  if (na && nb) {
    if (stem(na) === stem(nb)) return 1;
    const ca = nounClassOf(na);
    const cb = nounClassOf(nb);
    if (ca !== null && ca === cb) return 0.8;
    const ga = peopleWord(na) !== undefined;
    const gb = peopleWord(nb) !== undefined;
    if ((ga && (gb || isHumanClass(cb))) || (gb && isHumanClass(ca))) return 0.7;
    return a.figure.kind === "count" ? null : 0.3;
  }
  if (na && b.context.keys.has(comparisonKey(na))) return 0.6;
  if (nb && a.context.keys.has(comparisonKey(nb))) return 0.6;
  return 0.3;
}

// Events that only happen to people: a count of them is a count of people, whatever noun the
// sentence hangs it on ("the death toll from the earthquake rose to 1,340").
const PEOPLE_EVENTS = new Set([
  "kill",
  "injure",
  "casualty",
  "missing",
  "displace",
  "rescue",
  "arrest",
]);

/**
 * 0.5 when one figure counts people and the other's noun is no known class of things, and
 * both clauses name the same thing happening to people; otherwise null.
 */
function peopleEventMatch(a: ReadFigure, b: ReadFigure): number | null {
  const about = [...a.context.events].some((e) => PEOPLE_EVENTS.has(e) && b.context.events.has(e));
  if (!about) return null;
  const people = (f: ReadFigure) =>
    peopleWord(f.figure.noun) !== undefined || isHumanClass(nounClassOf(f.figure.noun));
  const unknown = (f: ReadFigure) => nounClassOf(f.figure.noun) === null && !people(f);
  return (people(a) && unknown(b)) || (people(b) && unknown(a)) ? 0.5 : null;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Values this close (within a quarter) are one estimate told two ways far more often than two
 * facts. */
const CLOSE_RATIO = 1.25;
/** Counts below this are counted rather than estimated (see firmFigures). */
const SMALL_COUNT = 20;
/** Counts further apart than this factor are not one number told two ways (10 and 612 dead). */
const FIRM_RATIO = 4;
/** How alike the two clauses must read, by the event model, for values further apart. */
const FIRM_EVENT = 0.4;
/** Share of the words around two close values that tells, alone, they are about the same thing. */
const FIRM_WORDS = 0.3;

/**
 * Whether two aligned figures with different values are surely the same fact, so that showing
 * them as differing is right. Nothing about when, where or whether it happened may set the two
 * clauses apart, nor may they be about two different people (one player's points against
 * another's). Then either the values are close (within a quarter: "about
 * 1,400" and "some 1,700") and count the same thing (small counts, which are counted rather than
 * estimated, also the same happening and someone named or much of the wording); or the clauses
 * tell the same happening (the same thing killed, marched, sent),
 * read alike by the event model, and the values are within a factor of four. Background
 * figures (last year's quake, a city's population, one player's season against another's game)
 * fail one of these far more often than a fact told twice.
 */
export function firmFigures(a: ReadFigure, b: ReadFigure, ctx: EventContext): boolean {
  // A capital stands for its government ("Beijing", "China"): doers are compared as people only.
  const apart = { ...ctx, ignoreAgents: true };
  if (a.frame && b.frame && conflict(a.frame, b.frame, apart) !== null) return false;
  if (a.frame && b.frame && differentPeople(a.frame, b.frame)) return false;
  if (disjoint(a.persons, b.persons) || disjoint(a.bodies, b.bodies)) return false;
  // One counts each season, a later aftershock or the vote by 4 p.m., looks back ("earlier this
  // year, five cables were cut") or gives a running total, and the other tells the news itself.
  if (a.context.occasion !== b.context.occasion || a.context.distant !== b.context.distant)
    return false;
  // "Dozens", "thousands": a reader learns nothing from seeing them beside a number, and
  // they are as often another crowd as the same one.
  if (VAGUE.test(a.figure.text) || VAGUE.test(b.figure.text)) return false;
  const match = a.frame && b.frame ? sameEvent(a.frame, b.frame, apart) : null;
  const [small, large] = [Math.abs(a.figure.value), Math.abs(b.figure.value)].sort((x, y) => x - y);
  const ratio = (large ?? 0) / Math.max(small ?? 0, 1e-9);
  const noun = nounMatch(a, b);
  if (noun === null) return false;
  // A unit of measure ("miles", "degrees", "years") says how much, not of what: an epicentre's
  // latitude and the air's temperature are both "degrees". The happening or the words must.
  const measured = MEASURES.has(a.figure.noun) || MEASURES.has(b.figure.noun);
  const happening = [...a.context.events].some((e) => b.context.events.has(e));
  const words = jaccard(a.context.keys, b.context.keys);
  if (ratio <= CLOSE_RATIO) {
    // Money and shares often name no counted thing: their words must then say it.
    if (noun < 0.6) return words >= FIRM_WORDS;
    // The unit is shared by construction; only the words around it can say it is one fact
    // (a trooper's 11 years with the force and a bank branch's 10 years on its corner).
    if (measured && ratio > 1) return happening || wordsBeyondUnits(a, b) >= FIRM_WORDS;
    // Large amounts are estimated, and estimates differ: "about 1,400" and "some 1,700" of one
    // thing are one fact. Small counts are counted: three of something against four is more
    // often two things (two players' games missed) than one, so it needs more.
    // The same number with other qualifiers ("at least 9", "9") is the same count.
    if (ratio === 1 || (small !== undefined && small >= SMALL_COUNT)) return true;
    const who = sharesNamed(a, b) || (match?.who.length ?? 0) > 0;
    return happening && (who || words >= FIRM_WORDS);
  }
  if (ratio > FIRM_RATIO || noun < 0.8 || measured || !happening) return false;
  return (match?.score ?? 0) >= FIRM_EVENT;
}

const VAGUE =
  /^(?:(?:many|several|some|a few)\s+)?(?:dozens|dozen|scores|hundreds|thousands|millions|tens of thousands|hundreds of thousands)\b/iu;

/** Both name someone, and no one in common: one player's yards and another's. */
function disjoint(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  return (
    a !== undefined && b !== undefined && a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x))
  );
}

/** How alike two figures' clauses read, leaving out the words of their units. */
function wordsBeyondUnits(a: ReadFigure, b: ReadFigure): number {
  const units = new Set([comparisonKey(a.figure.noun), comparisonKey(b.figure.noun)]);
  const rest = (keys: ReadonlySet<string>) => new Set([...keys].filter((k) => !units.has(k)));
  return jaccard(rest(a.context.keys), rest(b.context.keys));
}

function sharesNamed(a: ReadFigure, b: ReadFigure): boolean {
  return [...(a.named ?? [])].some((id) => b.named?.has(id));
}

/** Both clauses name who did or underwent it, as people, and no one in common. */
function differentPeople(a: Frame, b: Frame): boolean {
  const people = (f: Frame) =>
    [...f.agents, ...f.patients].filter((id) => id.startsWith("person-"));
  const pa = people(a);
  const pb = people(b);
  return pa.length > 0 && pb.length > 0 && !pa.some((id) => pb.includes(id));
}
