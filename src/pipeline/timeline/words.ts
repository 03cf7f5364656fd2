import { FUNCTION_WORDS, HONORIFICS, TIME_WORDS, wordSet } from "../../core/text/stopwords.ts";

// Words that say nothing about which event a sentence reports: function words, plus words
// of time ("week", "Monday", "ago"), because the dates are compared as values, not as words.
const STOPWORDS = wordSet(FUNCTION_WORDS, HONORIFICS, TIME_WORDS);

/** A word key (see core/text/words.ts) that the timeline leaves out. */
export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}
