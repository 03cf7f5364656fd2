import { words } from "../../core/text/words.ts";

/** A shared run of words shows two quotes are one utterance when it is this share of the shorter. */
const RUN_SHARE = 0.3;
/** An excerpt is at least this many words: "very serious" inside "very, very serious" is emphasis. */
const EXCERPT_WORDS = 3;

/**
 * Whether two quotes are versions of one utterance, and how alike they are (0 to 1), or null
 * when they are not. Versions share a run of at least three words that is a good part of the
 * shorter one ("we will wait and see", "we must wait and see"), or half their words (Jaccard ≥
 * 0.5), or one is inside the other ("truly historic" in "truly, truly historic"; two words at
 * least, so a lone "yes" is not everywhere). Two speeches of one speaker that share a stock
 * phrase ("the American people") are not versions. Compared on lowercase words without
 * punctuation.
 */
export function quoteSimilarity(a: string, b: string): number | null {
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length === 0 || kb.length === 0) return null;
  if (ka.join(" ") === kb.join(" ")) return 1;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  const run = longestRun(ka, kb);
  const setA = new Set(ka);
  const setB = new Set(kb);
  let shared = 0;
  for (const w of setA) if (setB.has(w)) shared++;
  const jaccard = shared / (setA.size + setB.size - shared);
  const inside = short.length >= 2 && run === short.length;
  const sharedRun = run >= 3 && run >= RUN_SHARE * short.length;
  if (!inside && !sharedRun && jaccard < 0.5) return null;
  // Containment is strong evidence, but a longer shared run is stronger still.
  return Math.max(jaccard, run / long.length, inside ? 0.9 : 0);
}

/**
 * Whether `short` is an excerpt of `long`: all its words, in order and unbroken, inside the
 * longer quote, and enough of them to be a passage rather than a repeated word of emphasis.
 */
export function isExcerpt(short: string, long: string): boolean {
  const ks = keys(short);
  const kl = keys(long);
  return ks.length >= EXCERPT_WORDS && kl.length > ks.length && longestRun(ks, kl) === ks.length;
}

/** The comparable words of a quote. */
export function keys(text: string): string[] {
  return words(text)
    .map((w) => w.key)
    .filter((k) => k !== "");
}

/**
 * Length of the longest run of consecutive words the two share, in linear time: a suffix
 * automaton of `a`'s words, walked along `b` (a table of every pair of words would take
 * 900 million steps for two 30,000-word quotes).
 */
export function longestRun(a: readonly string[], b: readonly string[]): number {
  const next: Map<string, number>[] = [new Map()];
  const link: number[] = [-1];
  const len: number[] = [0];
  let last = 0;
  for (const w of a) {
    const cur = next.length;
    next.push(new Map());
    len.push((len[last] as number) + 1);
    link.push(0);
    let p = last;
    while (p !== -1 && !(next[p] as Map<string, number>).has(w)) {
      (next[p] as Map<string, number>).set(w, cur);
      p = link[p] as number;
    }
    if (p !== -1) {
      const q = (next[p] as Map<string, number>).get(w) as number;
      if ((len[p] as number) + 1 === len[q]) link[cur] = q;
      else {
        const clone = next.length;
        next.push(new Map(next[q]));
        len.push((len[p] as number) + 1);
        link.push(link[q] as number);
        while (p !== -1 && (next[p] as Map<string, number>).get(w) === q) {
          (next[p] as Map<string, number>).set(w, clone);
          p = link[p] as number;
        }
        link[q] = clone;
        link[cur] = clone;
      }
    }
    last = cur;
  }
  let best = 0;
  let state = 0;
  let run = 0;
  for (const w of b) {
    while (state !== 0 && !(next[state] as Map<string, number>).has(w)) {
      state = link[state] as number;
      run = len[state] as number;
    }
    const to = (next[state] as Map<string, number>).get(w);
    if (to === undefined) {
      state = 0;
      run = 0;
    } else {
      state = to;
      run++;
    }
    if (run > best) best = run;
  }
  return best;
}
