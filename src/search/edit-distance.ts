/**
 * Edit distances for typo tolerance. Pagefind matches whole words and prefixes only, so a
 * misspelled name ("Smiht") finds nothing; the search page compares the query's words with the
 * site's name words by these rules instead.
 */

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1, so the commonest typing slip,
 * two letters swapped ("Smiht"), costs 1 rather than 2. Compares code points, not UTF-16 units.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  // Three rows suffice: the swap looks two rows back.
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * How many slips a word of `length` letters may carry and still count as that word: none under
 * four letters (a slip in "Lee" makes "Les" or "Leo", other names), one up to seven, two up to
 * eleven, three beyond. Longer names leave more room for a slip to stay recognisable.
 */
export function maxEdits(length: number): number {
  return Math.min(3, Math.floor(length / 4));
}
