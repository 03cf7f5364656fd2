import type { DiffToken } from "../../core/model.ts";
import { words } from "../../core/text/words.ts";

/**
 * Word-level differences between versions of one quote: each version's words as written,
 * marked "same" when every other version has them too (in order, by longest common
 * subsequence on lowercase words without punctuation) and "changed" otherwise. So "truly, truly
 * historic" against "truly historic" marks the first "truly,", and punctuation alone never counts
 * as a change.
 */
export function diffVersions(versions: readonly string[]): DiffToken[][] {
  const tokens = versions.map((v) => words(v));
  return tokens.map((mine, i) => {
    const kept = mine.map((w) => w.key === "");
    const matchedByAll = mine.map(() => true);
    tokens.forEach((theirs, j) => {
      if (j === i) return;
      const matched = lcsMatches(
        mine.map((w) => w.key),
        theirs.map((w) => w.key),
      );
      matched.forEach((m, k) => {
        if (!m) matchedByAll[k] = false;
      });
    });
    return mine.map((w, k) => ({
      text: w.text,
      op: kept[k] || matchedByAll[k] ? ("same" as const) : ("changed" as const),
    }));
  });
}

/**
 * Which of `a`'s words are in a longest common subsequence with `b`. Ties go to the later
 * match, so an extra word at the front ("truly, truly historic") is the one marked.
 */
export function lcsMatches(a: readonly string[], b: readonly string[]): boolean[] {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    const row = dp[i] as number[];
    const prev = dp[i - 1] as number[];
    for (let j = 1; j <= m; j++) {
      row[j] =
        a[i - 1] !== "" && a[i - 1] === b[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(prev[j] as number, row[j - 1] as number);
    }
  }
  const out = a.map(() => false);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (a[i - 1] !== "" && a[i - 1] === b[j - 1]) {
      out[i - 1] = true;
      i--;
      j--;
    } else if ((dp[i - 1]?.[j] ?? 0) >= (dp[i]?.[j - 1] ?? 0)) i--;
    else j--;
  }
  return out;
}
