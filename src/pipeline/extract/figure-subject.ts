import { type NounPhrase, verbLike } from "./figure-noun-phrase.ts";
import { isPluralNoun } from "./figure-plural.ts";
import { GENERIC_QUANTITY_NOUNS } from "./figure-units.ts";
import { isPossessive, isStopWord } from "./figure-words.ts";
import { isCapitalized, type Token } from "./number-tokens.ts";

// Between a subject and its verb: auxiliaries and adverbs ("deaths have now surpassed",
// "losses are expected to top").
const BETWEEN_SUBJECT_AND_VERB = new Set(
  `have has had will would could can may might must should shall is are was were be been being
   now already currently officially recently likely expected set poised projected due forecast
   to alone together combined also still just thus far so soon reportedly`
    .split(/\s+/)
    .filter(Boolean),
);

// "deaths in the region surpass": the subject is before the preposition, not its object.
const PREPOSITIONS = new Set(["in", "of", "among", "across", "from", "on", "at", "within", "for"]);

const MAX_WORDS = 4;

/** The noun phrase ending at token `last`, read backwards; content words only. */
function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): NounPhrase | null {
  let first = last + 1;
  for (let k = last; k >= floor && last - k < MAX_WORDS; k--) {
    const t = tokens[k];
    const after = tokens[k + 1];
    if (t?.kind !== "word" || isStopWord(t.lower) || isPossessive(t.text)) break;
    if (k < last && (after?.newline || verbLike(t))) break;
    first = k;
  }
  return first > last ? null : { first, last, head: last };
}

// Common-noun endings: a capitalized "Inflation" or "Deaths" opening a sentence is not a name.
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ity|ness|ance|ence|ism|ure|ship|hood)$/;
const OPENERS = new Set([".", "!", "?", '"', "“", "‘", "(", "[", "—", ":"]);

/** Capitalized only because it opens the sentence, and shaped like a common noun. */
function commonAtSentenceStart(tokens: readonly Token[], np: NounPhrase, floor: number): boolean {
  const head = tokens[np.head];
  const first = tokens[np.first];
  const prev = tokens[np.first - 1];
  if (!head || !first || np.first !== np.head) return false;
  const opens =
    np.first <= floor || first.newline || (prev?.kind === "sym" && OPENERS.has(prev.text));
  return opens && (isPluralNoun(head.text) || COMMON_NOUN_ENDING.test(head.lower));
}

/** A subject names what is counted only if it is a common noun that is not just "the total". */
function usable(tokens: readonly Token[], np: NounPhrase | null, floor: number): NounPhrase | null {
  const head = np ? tokens[np.head] : undefined;
  if (!np || !head || verbLike(head)) return null;
  if (isCapitalized(head) && !commonAtSentenceStart(tokens, np, floor)) return null;
  return GENERIC_QUANTITY_NOUNS.has(head.lower) ? null : np;
}

/**
 * The subject a number measures when the number has no noun of its own: "As deaths in
 * the region top 1,200" -> "deaths"; "the number of deaths rose to 45" -> "deaths";
 * "a death toll of 45" -> "death toll". `i` is the first token of the verb (or of "of"); the
 * search stays at or after token `floor` (the sentence start, or the previous figure).
 */
export function subjectBefore(
  tokens: readonly Token[],
  i: number,
  floor: number,
  role: "verb" | "of",
): NounPhrase | null {
  let k = i - 1;
  if (tokens[i]?.newline) return null;
  if (role === "verb") {
    for (; k >= floor; k--) {
      const t = tokens[k];
      const after = tokens[k + 1];
      if (t?.kind !== "word" || after?.newline) break;
      if (!BETWEEN_SUBJECT_AND_VERB.has(t.lower) && !t.lower.endsWith("ly")) break;
    }
  }
  if (k < floor) return null;
  const near = phraseEndingAt(tokens, k, floor);
  if (!near || role === "of") return usable(tokens, near, floor);
  const prep = tokens[near.first - 1];
  if (prep?.kind === "word" && PREPOSITIONS.has(prep.lower) && near.first - 2 >= floor) {
    const far = phraseEndingAt(tokens, near.first - 2, floor);
    const farHead = far ? tokens[far.head] : undefined;
    // "the number of deaths": the quantity word points on to what it counts.
    if (prep.lower === "of" && farHead && GENERIC_QUANTITY_NOUNS.has(farHead.lower)) {
      return usable(tokens, near, floor);
    }
    if (far) return usable(tokens, far, floor);
  }
  return usable(tokens, near, floor);
}
