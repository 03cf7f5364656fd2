import type { SparseVector } from "./vectors.ts";

/** Two articles (indices, a < b) and how likely they report the same event, 0..1. */
export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** The cosines of one pair, handed to the scorer. */
export interface PairCosines {
  text: number;
  entities: number;
}

/**
 * Scores the pairs of articles that share at least one kept word or entity, and keeps those
 * scoring at least `floor`. Candidates come from inverted lists, filled as articles are visited,
 * so each article meets only the earlier ones it has something in common with: the work grows
 * with the pairs that share terms, not with all n^2 pairs, and each dot product costs at most
 * the vectors' (bounded) lengths.
 */
export function scorePairs(
  text: readonly SparseVector[],
  entities: readonly SparseVector[],
  score: (a: number, b: number, cosines: PairCosines) => number,
  floor: number,
): Edge[] {
  const n = text.length;
  const textDot = new Float64Array(n);
  const entityDot = new Float64Array(n);
  const seen = new Uint8Array(n);
  const textLists = new Map<number, [number, number][]>();
  const entityLists = new Map<number, [number, number][]>();
  const edges: Edge[] = [];

  for (let b = 0; b < n; b++) {
    const touched: number[] = [];
    const visit = (
      v: SparseVector | undefined,
      lists: Map<number, [number, number][]>,
      dots: Float64Array,
    ) => {
      if (!v) return;
      v.ids.forEach((id, k) => {
        const w = v.weights[k] ?? 0;
        let list = lists.get(id);
        if (!list) lists.set(id, (list = []));
        for (const [a, wa] of list) {
          if (!seen[a]) {
            seen[a] = 1;
            touched.push(a);
          }
          dots[a] = (dots[a] ?? 0) + w * wa;
        }
        list.push([b, w]);
      });
    };
    visit(text[b], textLists, textDot);
    visit(entities[b], entityLists, entityDot);
    touched.sort((x, y) => x - y);
    for (const a of touched) {
      const cosines = {
        text: ratio(textDot[a] ?? 0, text[a], text[b]),
        entities: ratio(entityDot[a] ?? 0, entities[a], entities[b]),
      };
      textDot[a] = 0;
      entityDot[a] = 0;
      seen[a] = 0;
      const s = score(a, b, cosines);
      if (s >= floor) edges.push({ a, b, score: s });
    }
  }
  return edges;
}

function ratio(dot: number, x: SparseVector | undefined, y: SparseVector | undefined): number {
  return x && y && x.norm > 0 && y.norm > 0 ? dot / (x.norm * y.norm) : 0;
}
