import { conceptOf } from "../../core/text/concepts.ts";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  LIGHT_VERBS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  REPORTING_WORDS,
  SAYING_VERBS,
  TIME_WORDS,
  wordSet,
} from "../../core/text/stopwords.ts";
import { isNumeric, keyParts, words } from "../../core/text/words.ts";

/**
 * Words that say nothing about which event an article reports: function words, the words of
 * reporting itself ("said", "officials", "statement"), figures, verbs too general to tell events
 * apart, and words of time (a weekday is in every article; the dates are compared separately).
 */
const STOPWORDS = wordSet(
  FUNCTION_WORDS,
  HONORIFICS,
  SAYING_VERBS,
  REPORTING_WORDS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  LIGHT_VERBS,
  TIME_WORDS,
);

/**
 * The content words of a text as concepts (core/text/concepts.ts: stemmed, synonyms joined), in
 * order. Numbers are left out: outlets round them differently, and two events can share a
 * figure by chance.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    for (const part of keyParts(w.key)) {
      if (part.length < 3 || isNumeric(part) || STOPWORDS.has(part)) continue;
      out.push(conceptOf(part));
    }
  }
  return out;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
