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

/** Length of the longest run of consecutive words the two share. */
export function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = (prev[j - 1] as number) + 1;
        if ((row[j] as number) > best) best = row[j] as number;
      }
    }
    prev = row;
  }
  return best;
}
