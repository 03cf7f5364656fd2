import type { DiffToken } from "../../core/model.ts";
import { words } from "../../core/text/words.ts";
import { lcsMatches } from "./lcs.ts";

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
