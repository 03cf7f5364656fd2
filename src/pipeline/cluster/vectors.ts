import { byCodeUnit } from "../../core/text/compare.ts";
/**
 * Sparse weight vectors for comparing articles. Each keeps only its strongest shareable terms
 * for the dot product, but its full length for the norm, so a cosine stays an honest (slightly
 * low) cosine while every comparison costs at most `maxTerms` steps.
 */
export interface SparseVector {
  /** Term ids, ascending. */
  ids: number[];
  weights: number[];
  /** Euclidean length of the full vector, before the weakest terms were dropped. */
  norm: number;
}

/** How many of a corpus's documents use each term, and what that makes each term worth. */
export interface Rarity {
  df: (term: string) => number;
  /** ln(1 + n / df): a term every document uses tells little; one in two documents, much. */
  idf: (term: string) => number;
  /** A stable id per term: terms in code-unit order, so any file order gives the same ids. */
  id: (term: string) => number;
}

export function rarity(docs: readonly ReadonlyMap<string, number>[]): Rarity {
  const counts = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) counts.set(t, (counts.get(t) ?? 0) + 1);
  const ids = new Map([...counts.keys()].sort(byCodeUnit).map((t, i) => [t, i]));
  const n = docs.length;
  const idfs = new Map([...counts].map(([t, c]) => [t, Math.log(1 + n / c)]));
  const unseen = Math.log(1 + n);
  return {
    df: (t) => counts.get(t) ?? 0,
    idf: (t) => idfs.get(t) ?? unseen,
    id: (t) => ids.get(t) ?? -1,
  };
}

/**
 * One vector per document: each term's weight times its idf. A term found in one document only
 * cannot match anything, so it counts toward the norm but is never kept; of the rest, the
 * `maxTerms` heaviest are.
 */
export function idfVectors(
  docs: readonly ReadonlyMap<string, number>[],
  maxTerms: number,
  r: Rarity = rarity(docs),
): SparseVector[] {
  return docs.map((doc) => {
    let sum = 0;
    const kept: [number, number][] = [];
    for (const [term, weight] of doc) {
      const w = weight * r.idf(term);
      if (w <= 0) continue;
      sum += w * w;
      if (r.df(term) > 1) kept.push([r.id(term), w]);
    }
    const top = kept
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, maxTerms)
      .sort((a, b) => a[0] - b[0]);
    return { ids: top.map((e) => e[0]), weights: top.map((e) => e[1]), norm: Math.sqrt(sum) };
  });
}

/** Cosine similarity, 0 when either vector is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) dot += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}
