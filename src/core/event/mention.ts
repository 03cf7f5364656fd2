import type { TaggedToken } from "../text/tagger.ts";
import { type SynsetId, synset, synsetsOf } from "../text/wordnet.ts";
import type { Clause, Tense } from "./clause.ts";
import { directionAfter } from "./direction.ts";

/**
 * A word in a sentence that names a happening: a verb ("captured", "checked in") or a noun
 * whose main sense in WordNet is an act, an event, a phenomenon or a process ("the fire", "the
 * shooting", "an earthquake"). Two sources' mentions of one happening are what the event model
 * links; the clause around a mention says whether it happened, will happen or did not.
 */
export interface EventMention {
  start: number;
  end: number;
  lemma: string;
  pos: "verb" | "noun";
  /** The word's most frequent senses. */
  senses: readonly SynsetId[];
  /** Lemmas WordNet derives from it or it from them: "shooting" <-> "shoot", "death" <-> "die". */
  related: readonly string[];
  tense: Tense;
  negated: boolean;
  hedged: boolean;
  /** The direction a particle gives a verb ("checked into": "in"; see direction.ts), or null. */
  direction: string | null;
}

/**
 * Verbs too general to name a happening on their own: being, having, saying (and reporting:
 * "estimates suggest", "the paper reported" tell of a source, not of the news), thinking and the
 * light verbs of English ("make a decision", "take part"). General vocabulary, not news-specific.
 * Not "find": in news it is mostly a happening ("was found dead", "police found the car").
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  `be have do make take get go come give put see know think want use seem become include
  say tell add note ask believe feel look let keep begin start continue try need mean show call accord
  remain appear expect hope plan seek allow help leave hold bring set turn run
  suggest report state claim indicate`.split(/\s+/),
);

/** Nouns WordNet files under act or event but that name times and amounts, not happenings. */
const NOT_EVENTS = new Set(
  `time times day days week weeks month months year years hour hours minute minutes moment
  period season today yesterday tomorrow tonight morning evening night afternoon way part
  number amount lot end start beginning`.split(/\s+/),
);

/** WordNet's noun classes of happenings: noun.act, noun.event, noun.phenomenon, noun.process. */
const EVENT_NOUN_FILES = new Set([4, 11, 19, 22]);

const SENSES = 3;
const NOUN_SENSES = 2;

const eventNouns = new Map<string, boolean>();

/** Whether a noun's most frequent sense is a happening ("fire", "arrest"), cached per lemma. */
export function isEventNoun(lemma: string): boolean {
  let known = eventNouns.get(lemma);
  if (known === undefined) {
    const first = synsetsOf(lemma, "noun", 1)[0];
    known =
      !NOT_EVENTS.has(lemma) &&
      first !== undefined &&
      EVENT_NOUN_FILES.has(synset(first)?.lexFile ?? -1);
    eventNouns.set(lemma, known);
  }
  return known;
}

const relatedCache = new Map<string, string[]>();

/** Lemmas linked to a word's main senses by WordNet's derivation pointers ("+"). */
function relatedLemmas(lemma: string, pos: "verb" | "noun", senses: readonly SynsetId[]): string[] {
  const key = `${pos}:${lemma}`;
  let out = relatedCache.get(key);
  if (!out) {
    const words = new Set<string>();
    for (const id of senses) {
      for (const p of synset(id)?.pointers ?? []) {
        if (p.symbol !== "+") continue;
        const target = synset(p.target);
        if (!target?.id.startsWith(pos === "verb" ? "noun:" : "verb:")) continue;
        for (const w of target.words) if (!w.includes(" ")) words.add(w);
      }
    }
    words.delete(lemma);
    out = [...words].sort();
    relatedCache.set(key, out);
  }
  return out;
}

/**
 * The event mentions of one sentence, each with the tense, polarity and hedging of the clause
 * it sits in (a mention outside every clause reads as stated, in the present).
 */
export function eventMentions(
  tokens: readonly TaggedToken[],
  clauses: readonly Clause[],
): EventMention[] {
  const out: EventMention[] = [];
  tokens.forEach((t, i) => {
    const pos = t.pos === "VERB" ? "verb" : t.pos === "NOUN" ? "noun" : null;
    if (!pos || t.lemma.length < 3 || !/^\p{L}[\p{L}-]*$/u.test(t.lemma)) return;
    if (pos === "verb" && (LIGHT_VERBS.has(t.lemma) || isAttributive(tokens, i))) return;
    if (pos === "noun" && !isEventNoun(t.lemma)) return;
    const all = synsetsOf(t.lemma, pos);
    const senses = all.slice(0, pos === "verb" ? SENSES : NOUN_SENSES);
    const clause = clauses.find((c) => t.start >= c.start && t.end <= c.end);
    // A verb of the attribution ("…, the agency announced") has happened, whatever is announced.
    const inAttribution =
      clause?.attribution !== null &&
      clause?.attribution !== undefined &&
      t.start >= clause.attribution.start &&
      t.end <= clause.attribution.end;
    out.push({
      start: t.start,
      end: t.end,
      lemma: t.lemma,
      pos,
      senses,
      related: relatedLemmas(t.lemma, pos, senses),
      tense: inAttribution ? "past" : (clause?.tense ?? "present"),
      negated: clause !== undefined && clause.predicate.start === t.start && clause.negated,
      hedged: !inAttribution && (clause?.hedges.length ?? 0) > 0,
      direction: pos === "verb" ? directionAfter(tokens, i) : null,
    });
  });
  return out;
}

/** "the injured man", "running back": a participle before a noun describes it, it is no event. */
function isAttributive(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i] as TaggedToken;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (
    /(?:ing|ed)$/.test(t.text) &&
    next?.pos === "NOUN" &&
    (prev?.pos === "DET" || prev?.pos === "ADJ")
  );
}
