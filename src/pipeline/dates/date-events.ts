import { stem } from "../../core/text/stem.ts";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  SAYING_VERBS,
  TIME_WORDS,
  wordSet,
} from "../../core/text/stopwords.ts";
import { isNumeric, keyParts, words } from "../../core/text/words.ts";
/**
 * Whether two sentences from different sources report the same event: "On Thursday, the
 * minister confirmed …" and "The minister confirmed on March 14 …". Compared as sets of
 * content words (names and meaningful words, not function words or the date words themselves),
 * so a weekday in one source can date the other's month-day, and the other way round.
 */

/** Jaccard similarity at or above which two dated sentences are taken to be one event. */
export const SAME_EVENT_SIMILARITY = 0.3;

// Function words and verbs of saying say nothing about the event; date words differ between
// the two sentences by construction, so they say nothing either.
const STOPWORDS = wordSet(FUNCTION_WORDS, HONORIFICS, SAYING_VERBS, TIME_WORDS);

/** The content words of a sentence, lowercased, possessives and plurals folded (see stem). */
export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(sentence)) {
    for (const part of keyParts(w.key)) {
      if (part.length < 2 || isNumeric(part) || STOPWORDS.has(part)) continue;
      out.add(stem(part, { pluralsOnly: true }));
    }
  }
  return out;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return jaccard(shared, a.size, b.size);
}

/** Jaccard similarity from the count of shared words and the two set sizes. */
export function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union <= 0 ? 0 : shared / union;
}
