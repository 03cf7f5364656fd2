import { FUNCTION_WORDS, HONORIFICS, wordSet } from "../../core/text/stopwords.ts";

// Words that say nothing about which fact a sentence states. Numbers are dropped separately.
const STOPWORDS = wordSet(FUNCTION_WORDS, HONORIFICS);

/** A word key (see core/text/words.ts) that comparison leaves out. */
export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}
