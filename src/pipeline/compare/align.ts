/**
 * Aligns items (figures, quotes, events) across sources: the best-scoring pair is joined first,
 * then the next best, so each item ends up in at most one group and a group holds at most one
 * item per source. Greedy best-first is what a reader would do by hand, and it is deterministic.
 */

export interface Alignable {
  /** Position of the item's source in the story (story.sources order). */
  source: number;
  /** Where the item is in its source, for tie-breaking and output order. */
  start: number;
}

export interface AlignOptions<T> {
  /** How alike two items from different sources are (higher is better); null when they cannot be one fact. */
  score(a: T, b: T): number | null;
  /** A pair must score at least this to start or grow a group. */
  threshold: number;
  /**
   * Every other member of a group an item joins must score at least this with it, so a
   * chain a~b~c does not put two unlike items together. Defaults to `threshold`.
   */
  join?: number;
}

/**
 * Groups of two or more items from different sources, then every item left alone as a group of
 * one. Groups and their members come out in source order, then text order.
 */
export function align<T extends Alignable>(items: readonly T[], options: AlignOptions<T>): T[][] {
  const join = options.join ?? options.threshold;
  const pairs: { i: number; j: number; score: number }[] = [];
  const scores = new Map<string, number | null>();
  const scoreOf = (i: number, j: number): number | null => {
    const k = i < j ? `${i},${j}` : `${j},${i}`;
    if (!scores.has(k)) scores.set(k, options.score(items[i] as T, items[j] as T));
    return scores.get(k) ?? null;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if ((items[i] as T).source === (items[j] as T).source) continue;
      const s = scoreOf(i, j);
      if (s !== null && s >= options.threshold) pairs.push({ i, j, score: s });
    }
  }
  // Best first; ties in item order, so the same input always gives the same groups.
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  const groupOf = new Map<number, number[]>();
  const fits = (group: readonly number[], others: readonly number[]): boolean =>
    others.every((x) =>
      group.every((m) => {
        if ((items[m] as T).source === (items[x] as T).source) return false;
        const s = scoreOf(m, x);
        return s !== null && s >= join;
      }),
    );
  for (const { i, j } of pairs) {
    const gi = groupOf.get(i);
    const gj = groupOf.get(j);
    if (gi && gj) {
      if (gi === gj || !fits(gi, gj)) continue;
      gi.push(...gj);
      for (const x of gj) groupOf.set(x, gi);
    } else if (gi) {
      if (!fits(gi, [j])) continue;
      gi.push(j);
      groupOf.set(j, gi);
    } else if (gj) {
      if (!fits(gj, [i])) continue;
      gj.push(i);
      groupOf.set(i, gj);
    } else {
      const g = [i, j];
      groupOf.set(i, g);
      groupOf.set(j, g);
    }
  }

  const byPosition = (a: number, b: number) =>
    (items[a] as T).source - (items[b] as T).source ||
    (items[a] as T).start - (items[b] as T).start ||
    a - b;
  const seen = new Set<number[]>();
  const groups: number[][] = [];
  for (let i = 0; i < items.length; i++) {
    const g = groupOf.get(i);
    if (g && !seen.has(g)) {
      seen.add(g);
      groups.push([...g].sort(byPosition));
    }
  }
  groups.sort((a, b) => byPosition(a[0] as number, b[0] as number));
  const singles = items
    .map((_, i) => i)
    .filter((i) => !groupOf.has(i))
    .sort(byPosition)
    .map((i) => [i]);
  return [...groups, ...singles].map((g) => g.map((i) => items[i] as T));
}

/**
 * How sure the aligner was of a group: the score of its weakest pair, rounded to three places
 * (the review lists the weakest first). Undefined for an item left alone.
 */
export function weakestPair<T>(
  group: readonly T[],
  score: (a: T, b: T) => number | null,
): number | undefined {
  if (group.length < 2) return undefined;
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      min = Math.min(min, score(group[i] as T, group[j] as T) ?? 0);
    }
  }
  return Math.round(min * 1000) / 1000;
}
