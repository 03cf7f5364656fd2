/**
 * Which words of one version of a quote are in a longest common subsequence with another, in
 * bounded time and memory. The full table is n × m cells, so two 30,000-word quotes would need
 * 900 million of them: above MAX_CELLS the shared start and end are matched first, then words
 * found exactly once in each side anchor the rest (the longest chain of anchors in order, as in
 * patience diff), and each stretch between anchors is compared the same way, with the table
 * once it is small enough. Below the limit the result is exactly the table's.
 */

/** The largest table built: 4 million cells (16 MB). */
export const MAX_CELLS = 4_000_000;

/**
 * `a`'s words that are matched in `b`. Ties go to the later match, so an extra word at the
 * front ("truly, truly historic" against "truly historic") is the one left unmatched. Empty
 * keys never match.
 */
export function lcsMatches(a: readonly string[], b: readonly string[]): boolean[] {
  const out = a.map(() => false);
  // Stretches still to compare: [a0, a1) against [b0, b1). A stack, not recursion.
  const todo: Stretch[] = [[0, a.length, 0, b.length]];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    let [a0, a1, b0, b1] = next;
    if ((a1 - a0) * (b1 - b0) <= MAX_CELLS) {
      tableMatches(a, b, [a0, a1, b0, b1], out);
      continue;
    }
    // The shared end, then the shared start: matched as the table would prefer them.
    while (a1 > a0 && b1 > b0 && a[a1 - 1] !== "" && a[a1 - 1] === b[b1 - 1]) {
      out[--a1] = true;
      b1--;
    }
    while (a0 < a1 && b0 < b1 && a[a0] !== "" && a[a0] === b[b0]) {
      out[a0++] = true;
      b0++;
    }
    if ((a1 - a0) * (b1 - b0) <= MAX_CELLS) {
      todo.push([a0, a1, b0, b1]);
      continue;
    }
    const anchors = uniqueAnchors(a, b, [a0, a1, b0, b1]);
    // No anchor: the stretch is left unmatched (marked as differing), never compared cell by cell.
    let pa = a0;
    let pb = b0;
    for (const [i, j] of anchors) {
      out[i] = true;
      todo.push([pa, i, pb, j]);
      pa = i + 1;
      pb = j + 1;
    }
    if (anchors.length > 0) todo.push([pa, a1, pb, b1]);
  }
  return out;
}

/** [a0, a1) of one version against [b0, b1) of the other. */
type Stretch = [a0: number, a1: number, b0: number, b1: number];

/** The full table on one stretch, with the table's tie-breaking; fills `out`. */
function tableMatches(a: readonly string[], b: readonly string[], s: Stretch, out: boolean[]) {
  const [a0, a1, b0, b1] = s;
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return;
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = 1; i <= n; i++) {
    const ai = a[a0 + i - 1];
    for (let j = 1; j <= m; j++) {
      dp[i * w + j] =
        ai !== "" && ai === b[b0 + j - 1]
          ? (dp[(i - 1) * w + j - 1] as number) + 1
          : Math.max(dp[(i - 1) * w + j] as number, dp[i * w + j - 1] as number);
    }
  }
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const ai = a[a0 + i - 1];
    if (ai !== "" && ai === b[b0 + j - 1]) {
      out[a0 + i - 1] = true;
      i--;
      j--;
    } else if ((dp[(i - 1) * w + j] as number) >= (dp[i * w + j - 1] as number)) i--;
    else j--;
  }
}

/**
 * Pairs (i, j) of words that occur exactly once in a[a0, a1) and once in b[b0, b1), keeping
 * the longest chain increasing in both (longest increasing subsequence, n log n).
 */
function uniqueAnchors(a: readonly string[], b: readonly string[], s: Stretch): [number, number][] {
  const [a0, a1, b0, b1] = s;
  const once = (words: readonly string[], from: number, to: number) => {
    const at = new Map<string, number>();
    for (let k = from; k < to; k++) {
      const w = words[k] as string;
      if (w !== "") at.set(w, at.has(w) ? -1 : k);
    }
    return at;
  };
  const inA = once(a, a0, a1);
  const inB = once(b, b0, b1);
  const pairs: [number, number][] = [];
  for (const [w, i] of inA) {
    const j = inB.get(w);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  // Longest increasing subsequence on j, with back links.
  const tails: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = (pairs[k] as [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tails[lo - 1] as number;
    tails[lo] = k;
  }
  const chain: [number, number][] = [];
  for (
    let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
    k >= 0;
    k = back[k] as number
  ) {
    chain.push(pairs[k] as [number, number]);
  }
  return chain.reverse();
}
