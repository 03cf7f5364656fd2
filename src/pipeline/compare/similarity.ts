import type { Range } from "../../core/model.ts";
import { isNumeric, words } from "../../core/text/words.ts";
import { comparisonKey, isStopword } from "./words.ts";

/**
 * How much two sentences say the same, on their content words: stopwords and bare numbers
 * dropped, inflections and general synonyms merged (see conceptOf). Numbers are left out on
 * purpose: two sources giving different figures for one fact are still saying the same thing.
 */
export function contentKeys(text: string, range: Range): Set<string> {
  const out = new Set<string>();
  for (const w of words(text, range.start, range.end)) {
    if (w.key === "" || isStopword(w.key) || isNumeric(w.key) || w.key.length < 2) continue;
    out.add(comparisonKey(w.key));
  }
  return out;
}

/** Dice coefficient: shared words over the average size, from 0 (nothing shared) to 1. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Word weights for one story: a word in many of its sentences ("flood", "river" in a story
 * about a river flood) says little about which statement a sentence makes, so it weighs
 * less; a rare word weighs more (inverse sentence frequency, log(1 + N / df)).
 */
export function storyWeights(sentences: readonly ReadonlySet<string>[]): (key: string) => number {
  const df = new Map<string, number>();
  for (const s of sentences) for (const k of s) df.set(k, (df.get(k) ?? 0) + 1);
  const n = sentences.length;
  return (key) => Math.log(1 + n / (df.get(key) ?? 1));
}

/** Dice coefficient with each word counted at its weight. */
export function weightedSimilarity(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: (key: string) => number,
): number {
  let shared = 0;
  let total = 0;
  for (const k of a) {
    total += weight(k);
    if (b.has(k)) shared += weight(k);
  }
  for (const k of b) total += weight(k);
  return total === 0 ? 0 : (2 * shared) / total;
}
