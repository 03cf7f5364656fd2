import { MONTHS, WEEKDAYS } from "../date-words.ts";
import type { TaggedToken } from "../text/tagger.ts";

/**
 * Short phrases read off a tagged sentence, for labels: a noun phrase with its modifiers ("public
 * reaction", "the port's plans"), without the articles, possessive pronouns and adverbs a label
 * leaves out. Each reader starts at a token index and stops at `end` (the clause's last offset),
 * returning the words as written and the index after them.
 */
export interface Phrase {
  words: string[];
  next: number;
  /** Whether the phrase holds a noun or name, so it names a thing rather than a quality. */
  head: boolean;
  /** Whether it holds a common noun ("boats"), not only names ("Dr. Ann Example"). */
  common: boolean;
}

/** Words that say when, shown beside a claim rather than in its label: "this morning". */
const TIME_WORDS = new Set(
  "today yesterday tomorrow tonight morning evening night afternoon noon midnight".split(" "),
);

/** "Tuesday", "this morning", "October": a date word, not the thing compared. */
export function isTimeWord(t: TaggedToken): boolean {
  const w = t.text.toLowerCase();
  return TIME_WORDS.has(w) || WEEKDAYS.has(w) || (t.pos === "PROPN" && MONTHS.has(w));
}

/** Words before a noun a label leaves out: "a", "the", "its", "very", quotation marks. */
const SKIP = new Set<TaggedToken["pos"]>(["DET", "PRON", "ADV", "PUNCT"]);
const HEAD = new Set<TaggedToken["pos"]>(["NOUN", "PROPN"]);
const MODIFIER = new Set<TaggedToken["pos"]>(["ADJ", "NOUN", "PROPN", "NUM"]);
/** Pronouns that stand before a noun ("their boats"); a label leaves them out. */
const POSSESSIVE = new Set(["my", "your", "his", "her", "its", "our", "their"]);
/** Words that may belong to the verb before them: "ran off", "showed up", "pulled in". */
export const PARTICLES: ReadonlySet<string> = new Set(
  "up out off down away back over in".split(" "),
);
/** Prepositions whose phrase says what or where a noun is: "reaction to X", "boats in Y". */
export const ATTACHING = new Set([
  "to",
  "in",
  "into",
  "from",
  "with",
  "against",
  "on",
  "of",
  "for",
]);

const within = (tokens: readonly TaggedToken[], i: number, end: number) =>
  i < tokens.length && (tokens[i] as TaggedToken).end <= end;

/** "his", "their": a pronoun that stands before a noun rather than for one. */
export function isPossessive(t: TaggedToken): boolean {
  return t.pos === "PRON" && (POSSESSIVE.has(t.lemma) || POSSESSIVE.has(t.text.toLowerCase()));
}

/** A token that may stand before a noun phrase and be left out of a label. */
function skippable(t: TaggedToken): boolean {
  if (t.pos === "PRON") return isPossessive(t);
  if (t.pos === "PUNCT") return /^["“”‘’'«»]$/u.test(t.text);
  return SKIP.has(t.pos);
}

/**
 * The noun phrase starting at `i`: leading articles, possessive pronouns, adverbs and quotation
 * marks left out, then adjectives, nouns, names and numbers, with a possessive "'s" kept on its
 * word ("the port's plans"). Empty when no modifier follows.
 */
export function nounPhrase(tokens: readonly TaggedToken[], i: number, end: number): Phrase {
  let k = i;
  // "a “very, very serious” escalation": the comma between two adverbs is skipped with them.
  const comma = (j: number) => tokens[j]?.text === "," && tokens[j - 1]?.pos === "ADV";
  while (within(tokens, k, end) && (skippable(tokens[k] as TaggedToken) || comma(k))) k++;
  const words: string[] = [];
  let head = false;
  let common = false;
  while (within(tokens, k, end)) {
    const t = tokens[k] as TaggedToken;
    if (t.pos === "PART" && /^['’]s?$/u.test(t.text) && words.length > 0) {
      words[words.length - 1] += t.text;
      k++;
      continue;
    }
    if (t.pos === "PUNCT" && /^["“”]$/u.test(t.text) && words.length > 0) {
      k++;
      continue;
    }
    // "cargo-handling fees": a hyphenated word is one word, as written.
    const glued = tokens[k + 1];
    if (t.text === "-" && words.length > 0 && glued && t.start === tokens[k - 1]?.end) {
      if (glued.start === t.end && glued.pos !== "PUNCT") {
        words[words.length - 1] += `-${glued.text}`;
        k += 2;
        continue;
      }
    }
    if (!MODIFIER.has(t.pos) || isTimeWord(t)) break;
    words.push(t.text);
    head ||= HEAD.has(t.pos);
    // A title ("Dr.") is tagged a noun at times; a common noun is written in lowercase.
    common ||= t.pos === "NOUN" && /^\p{Ll}/u.test(t.text);
    k++;
  }
  return { words, next: words.length > 0 ? k : i, head, common };
}

/**
 * A prepositional phrase that completes a noun ("to the port's plans", "as a sign"): the
 * preposition and its noun phrase, or nothing when `i` holds no preposition of `preps` or no
 * noun follows it.
 */
export function prepPhrase(
  tokens: readonly TaggedToken[],
  i: number,
  end: number,
  preps: ReadonlySet<string>,
): Phrase {
  const p = tokens[i];
  const none = { words: [], next: i, head: false, common: false };
  if (!p || p.end > end || p.pos !== "ADP" || !preps.has(p.text.toLowerCase())) return none;
  const np = nounPhrase(tokens, i + 1, end);
  if (!np.head) return none;
  return { words: [p.text, ...np.words], next: np.next, head: true, common: np.common };
}
