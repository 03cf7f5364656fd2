import { conceptOf, SAY } from "../../core/text/concepts.ts";
import { stem } from "../../core/text/stem.ts";
import { FUNCTION_WORDS, HONORIFICS, wordSet } from "../../core/text/stopwords.ts";

// Words that say nothing about which fact a sentence states. Numbers are dropped separately.
const STOPWORDS = wordSet(FUNCTION_WORDS, HONORIFICS);

/** A word key (see core/text/words.ts) that comparison leaves out. */
export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}

/**
 * The concept comparison reads a word key as (core/text/concepts.ts), except that verbs of
 * saying keep their own stems: a claim is often about what was said, "warned" is not "denied",
 * and with every verb of saying one word, two unrelated statements ("officials indicated plans
 * to …", "the Kremlin has not commented") would share one. The timeline can join them because it
 * weighs them at a third.
 */
export function comparisonKey(key: string): string {
  const concept = conceptOf(key);
  return concept === SAY ? stem(key) : concept;
}
