import type { Edge } from "../../core/group/average-linkage.ts";
import { cosine, type SparseVector } from "./vectors.ts";

export type { Edge };

/** The cosines of one pair, handed to the scorer. */
export interface PairCosines {
  text: number;
  entities: number;
}

/**
 * Scores the pairs of articles that share at least one specific word or entity, and keeps those
 * scoring at least `floor`. A term found in more than `maxShared` articles ("government",
 * a country) proposes no pairs: a story is never told by such words alone, and their lists are
 * what would make the work grow as n^2. Each proposed pair is then scored exactly, every word
 * counting, in time bounded by the vectors' (capped) lengths. Lists are filled as articles are
 * visited, so each pair is met once, from its later article.
 */
export function scorePairs(
  text: readonly SparseVector[],
  entities: readonly SparseVector[],
  score: (a: number, b: number, cosines: PairCosines) => number,
  floor: number,
  maxShared: number,
): Edge[] {
  const n = text.length;
  const specific = (vectors: readonly SparseVector[]) => {
    const df = new Map<number, number>();
    for (const v of vectors) for (const id of v.ids) df.set(id, (df.get(id) ?? 0) + 1);
    return (id: number) => (df.get(id) ?? 0) <= maxShared;
  };
  const sources: [readonly SparseVector[], (id: number) => boolean, Map<number, number[]>][] = [
    [text, specific(text), new Map()],
    [entities, specific(entities), new Map()],
  ];
  const seen = new Uint8Array(n);
  const edges: Edge[] = [];
  for (let b = 0; b < n; b++) {
    const touched: number[] = [];
    for (const [vectors, isSpecific, lists] of sources) {
      for (const id of vectors[b]?.ids ?? []) {
        if (!isSpecific(id)) continue;
        const list = lists.get(id) ?? [];
        if (list.length === 0) lists.set(id, list);
        for (const a of list) {
          if (seen[a]) continue;
          seen[a] = 1;
          touched.push(a);
        }
        list.push(b);
      }
    }
    touched.sort((x, y) => x - y);
    for (const a of touched) {
      seen[a] = 0;
      const cosines = {
        text: cosine(text[a] ?? EMPTY, text[b] ?? EMPTY),
        entities: cosine(entities[a] ?? EMPTY, entities[b] ?? EMPTY),
      };
      const s = score(a, b, cosines);
      if (s >= floor) edges.push({ a, b, score: s });
    }
  }
  return edges;
}

const EMPTY: SparseVector = { ids: [], weights: [], norm: 0 };
