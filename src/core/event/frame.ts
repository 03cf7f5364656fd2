import type { DateValue, FigureMention } from "../model.ts";
import { isFunctionWord } from "../text/stopwords.ts";
import type { TaggedToken } from "../text/tagger.ts";
import { type SynsetId, synsetsOf, type WordNetPos } from "../text/wordnet.ts";
import type { Clause, Tense } from "./clause.ts";
import { LIGHT_VERBS } from "./mention.ts";

/**
 * One statement as the event model reads it: what happened, to and by whom, where, when, how
 * many, who says so and how sure they are. Built from a clause and the facts extraction and
 * resolve found inside it, so every part points back to the sentence.
 */
export interface Frame {
  source: string;
  sentence: number;
  start: number;
  end: number;
  /** What happened: the predicate's lemma ("send"), and its most frequent WordNet senses. */
  what: { lemma: string; senses: readonly SynsetId[] };
  negated: boolean;
  tense: Tense;
  hedges: readonly string[];
  /** The hedge with the verb it weakens, as a reader should see it: "may be trapped". */
  hedge: string | null;
  /** Entity ids named before the predicate (the doers) and after it (who or what it was done to). */
  agents: readonly string[];
  patients: readonly string[];
  /** Gazetteer ids of the places the clause names. */
  places: readonly string[];
  /** Resolved dates the clause gives. */
  when: readonly DateValue[];
  figures: readonly FigureMention[];
  /** Entity ids named in the attribution ("the ministry said"). */
  sayers: readonly string[];
  /** Where the attribution is written ("the ministry said"), so a title can name who says so. */
  attribution: { start: number; end: number } | null;
  /** Content words of the clause, lemmatized, names and numbers left out (they are compared as
   * entities and figures). */
  words: readonly Word[];
}

export interface Word {
  lemma: string;
  pos: WordNetPos;
  senses: readonly SynsetId[];
}

/** A name inside the sentence, resolved: what the frame needs of a NameMention. */
export interface FrameName {
  start: number;
  end: number;
  type: "person" | "place" | "organization";
  entity?: string | undefined;
  placeId?: string | undefined;
  demonym?: boolean | undefined;
}

export interface FrameInput {
  source: string;
  sentence: number;
  clause: Clause;
  /** The tagged tokens of the sentence. */
  tokens: readonly TaggedToken[];
  names: readonly FrameName[];
  dates: readonly { start: number; end: number; value?: DateValue | null | undefined }[];
  figures: readonly FigureMention[];
}

const SENSES_BY_POS: Record<WordNetPos, number> = { verb: 3, noun: 2, adj: 2, adv: 1 };

const POS_OF: Partial<Record<TaggedToken["pos"], WordNetPos>> = {
  VERB: "verb",
  NOUN: "noun",
  ADJ: "adj",
};

/**
 * The senses a word is compared by: its most frequent few (WordNet lists them by frequency).
 * Light verbs ("make", "take", "get") share senses with half the language: none for them.
 */
export function sensesOf(lemma: string, pos: WordNetPos): SynsetId[] {
  if (pos === "verb" && LIGHT_VERBS.has(lemma)) return [];
  return synsetsOf(lemma, pos, SENSES_BY_POS[pos]);
}

const inside = (r: { start: number; end: number }, span: { start: number; end: number }) =>
  r.start >= span.start && r.end <= span.end;

/**
 * The content words of a span of tagged tokens, lemmatized, each once: nouns, verbs and
 * adjectives that are not part of a name, not function words and not numbers (names and
 * figures are compared as entities and figures). The token at `skip` (a predicate, compared on
 * its own) is left out.
 */
export function contentWords(
  tokens: readonly TaggedToken[],
  span: { start: number; end: number },
  names: readonly { start: number; end: number }[],
  skip?: number,
): Word[] {
  const nameAt = (t: TaggedToken) => names.some((n) => t.start >= n.start && t.end <= n.end);
  const words: Word[] = [];
  const seen = new Set<string>();
  for (const t of tokens) {
    const pos = POS_OF[t.pos];
    if (!pos || !inside(t, span) || nameAt(t) || t.start === skip) continue;
    if (t.lemma.length < 2 || isFunctionWord(t.lemma) || /\d/.test(t.lemma)) continue;
    const key = `${pos}:${t.lemma}`;
    if (seen.has(key)) continue;
    seen.add(key);
    words.push({ lemma: t.lemma, pos, senses: sensesOf(t.lemma, pos) });
  }
  return words;
}

export function frameOf(input: FrameInput): Frame {
  const { clause } = input;
  const ids = (span: { start: number; end: number }, types: readonly FrameName["type"][]) => [
    ...new Set(
      input.names
        .filter((n) => n.entity && types.includes(n.type) && !n.demonym && inside(n, span))
        .map((n) => n.entity as string),
    ),
  ];
  const actors = ["person", "organization", "place"] as const;
  const predicate = input.tokens.find((t) => t.start === clause.predicate.start);
  const predicatePos: WordNetPos = predicate?.pos === "ADJ" ? "adj" : "verb";
  const words = contentWords(input.tokens, clause, input.names, clause.predicate.start);
  return {
    source: input.source,
    sentence: input.sentence,
    start: clause.start,
    end: clause.end,
    what: { lemma: clause.predicate.lemma, senses: sensesOf(clause.predicate.lemma, predicatePos) },
    negated: clause.negated,
    tense: clause.tense,
    hedges: clause.hedges,
    hedge: clause.hedge,
    agents: ids(clause.subject, actors),
    patients: ids(clause.object, actors),
    places: [
      ...new Set(
        input.names
          .filter((n) => n.type === "place" && n.placeId && inside(n, clause))
          .map((n) => n.placeId as string),
      ),
    ],
    when: input.dates.filter((d) => d.value && inside(d, clause)).map((d) => d.value as DateValue),
    figures: input.figures.filter((f) => inside(f, clause)),
    sayers: clause.attribution ? ids(clause.attribution, ["person", "organization"]) : [],
    attribution: clause.attribution,
    words,
  };
}
