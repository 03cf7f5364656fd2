import type { Frame } from "./frame.ts";

/**
 * Word weights for one story: a word in many of its statements ("flood" in a story about a
 * flood) says little about which statement a sentence makes, so it weighs less; a rare word
 * weighs more (inverse frequency, log(1 + N / df)).
 */
export function storyWeights(frames: readonly Frame[]): (lemma: string) => number {
  const df = new Map<string, number>();
  for (const f of frames) {
    for (const w of new Set(f.words.map((x) => x.lemma))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = Math.max(1, frames.length);
  return (lemma) => Math.log(1 + n / (df.get(lemma) ?? 1));
}
