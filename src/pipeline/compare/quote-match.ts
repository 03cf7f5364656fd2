import { isFunctionWord, NUMBER_WORDS } from "../../core/text/stopwords.ts";
import { words } from "../../core/text/words.ts";

/** A shared run of words shows two quotes are one utterance when it is this share of the shorter. */
const RUN_SHARE = 0.3;
/**
 * An excerpt is at least this many words, or two when the longer version adds none of them
 * again: "social drinker" is an excerpt of "a social drinker", but "very serious" inside "very,
 * very serious" is emphasis, a difference a reader should see.
 */
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
  // A run of small words ("of the magazine") is in every other sentence: it must carry two
  // words that say something, and a name ("the Clean Water Act") or a count ("a minute or
  // two") is what two different remarks on one subject share.
  const sharedRun =
    run >= 3 && run >= RUN_SHARE * short.length && longestRun(content(a), content(b)) >= 2;
  if (!inside && !sharedRun && jaccard < 0.5) return null;
  // Containment is strong evidence, but a longer shared run is stronger still.
  return Math.max(jaccard, run / long.length, inside ? 0.9 : 0);
}

/** Share of letters two renderings of one quote may differ by (spelling, a dropped "is", "12th"
 * for "twelfth", "data center" for "datacenter"). */
const SAME_WORDING = 0.08;
/** And by at most this many letters, whatever their length: the work is the length times this,
 * so two 30,000-word quotes cost a few million steps, not billions. */
const MAX_EDITS = 40;
const NEGATION = /^(?:not|no|never|nor|none|nothing|nobody|cannot|\p{L}+n['’]t)$/u;

/**
 * Whether two quotes are the same words as a reader would judge them: their letters differ by
 * at most a few in a hundred, and both say "not" (or "never", "won't") as often. Transcripts,
 * house styles and typos change that much; a version that adds or drops a word of meaning
 * ("very, very serious") changes more.
 */
export function sameWording(a: string, b: string): boolean {
  const [ua, ub] = unifyAcronyms(a, b);
  const la = letters(ua);
  const lb = letters(ub);
  const limit = Math.min(MAX_EDITS, Math.floor(SAME_WORDING * Math.max(la.length, lb.length)));
  if (Math.abs(la.length - lb.length) > limit) return false;
  if (negations(a) !== negations(b)) return false;
  return withinEdits(la, lb, limit);
}

/**
 * The two versions with a name one spells out and the other abbreviates written the same way:
 * "Internet Explorer" and "IE", "the World Health Organization" and "the WHO". An abbreviation
 * is two to six capitals; what it stands for, as many capitalized words with those initials.
 */
export function unifyAcronyms(a: string, b: string): [string, string] {
  const expand = (short: string, long: string): string => {
    let out = long;
    for (const acronym of new Set(short.match(/\b\p{Lu}{2,6}\b/gu) ?? [])) {
      if (new RegExp(`\\b${acronym}\\b`, "u").test(long)) continue;
      const words = [...acronym].map((c) => `${c}[\\p{L}'’-]*`).join("\\s+");
      out = out.replace(new RegExp(`\\b${words}\\b`, "gu"), acronym);
    }
    return out;
  };
  return [expand(b, a), expand(a, b)];
}

function letters(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []).join("");
}

function negations(text: string): number {
  return (text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).filter((w) => NEGATION.test(w)).length;
}

/** Whether the edit distance of two strings is at most `k`: only the band of cells within k of
 * the diagonal is computed, so two long quotes cost their length times k, not their lengths
 * multiplied. Cells outside the band count as more than k. */
function withinEdits(a: string, b: string, k: number): boolean {
  const n = a.length;
  const m = b.length;
  const INF = k + 1;
  const width = 2 * k + 1;
  // Row i holds columns j = i - k … i + k at offsets 0 … 2k.
  let prev = new Int32Array(width).fill(INF);
  let cur = new Int32Array(width).fill(INF);
  const at = (row: Int32Array, i: number, j: number) =>
    j < 0 || j > m || j < i - k || j > i + k ? INF : (row[j - i + k] as number);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j + k] = j;
  for (let i = 1; i <= n; i++) {
    cur.fill(INF);
    let best = INF;
    for (let j = Math.max(0, i - k); j <= Math.min(m, i + k); j++) {
      let v: number;
      if (j === 0) v = i;
      else {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        v = Math.min(at(prev, i - 1, j - 1) + cost, at(prev, i - 1, j) + 1, at(cur, i, j - 1) + 1);
      }
      v = Math.min(v, INF);
      cur[j - i + k] = v;
      if (v < best) best = v;
    }
    if (best > k) return false;
    [prev, cur] = [cur, prev];
  }
  return at(prev, n, m) <= k;
}

/**
 * Whether two quotes may be one utterance on weaker evidence than quoteSimilarity asks: any run
 * of three words that is a good part of the shorter ("left to be seen", "it remains to be
 * seen"). Not enough to show them as versions, but enough that neither is "only one source
 * quotes this".
 */
export function mayBeVersions(a: string, b: string): boolean {
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length === 0 || kb.length === 0) return false;
  const run = longestRun(ka, kb);
  return run >= 3 && run >= RUN_SHARE * Math.min(ka.length, kb.length);
}

/**
 * Whether `short` is an excerpt of `long`: all its words, in order and unbroken, inside the
 * longer quote, and enough of them to be a passage rather than a repeated word of emphasis.
 */
export function isExcerpt(short: string, long: string): boolean {
  const ks = keys(short);
  const kl = keys(long);
  if (kl.length <= ks.length || longestRun(ks, kl) !== ks.length) return false;
  if (ks.length >= EXCERPT_WORDS) return true;
  // Two words: an excerpt unless the longer one says one of them twice.
  return ks.length === 2 && ks.every((k) => kl.filter((w) => w === k).length === 1);
}

/** The keys of a quote's words that say something: not small words, numbers or names (a
 * capitalized word after the first). */
function content(text: string): string[] {
  return words(text)
    .filter((w, i) => w.key !== "" && !(i > 0 && /^\P{L}*\p{Lu}/u.test(w.text)))
    .map((w) => w.key)
    .filter((k) => !isFunctionWord(k) && !NUMBER_WORDS.has(k) && !/\d/.test(k));
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
