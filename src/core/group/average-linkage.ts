/** Two items (indices) and how alike they are; a negative score keeps them apart. */
export interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Whether two groups (their members' indices, ascending) may become one. Asked before each
 * join; a refused pair is asked again whenever either group has grown.
 */
export type CanJoin = (a: readonly number[], b: readonly number[]) => boolean;

/**
 * Average-linkage clustering over a sparse similarity graph: repeatedly join the two groups whose
 * articles are, on average, most alike (a pair with no edge counts as 0), until no two groups
 * reach `threshold`. Unlike joining every pair above a threshold (single linkage), a group is
 * not chained to another through one borderline pair: the whole of both groups must agree.
 * `canJoin` may refuse a join that evidence about the groups as wholes rules out.
 *
 * Returns, for each of the `n` items, the index of its group's smallest member. Ties are broken
 * by the members' indices, so equal input gives equal groups.
 */
export function averageLinkage(
  n: number,
  edges: readonly Edge[],
  threshold: number,
  canJoin?: CanJoin,
): number[] {
  // Per group (keyed by its smallest member): size, and the summed similarity to each neighbor.
  const size = new Array<number>(n).fill(1);
  const links = Array.from({ length: n }, () => new Map<number, number>());
  const heap = new Heap();
  for (const { a, b, score } of edges) {
    const [x, y] = a < b ? [a, b] : [b, a];
    const sum = (links[x]?.get(y) ?? 0) + score;
    links[x]?.set(y, sum);
    links[y]?.set(x, sum);
  }
  for (let x = 0; x < n; x++) {
    for (const [y, sum] of links[x] ?? []) if (x < y) heap.push({ avg: sum, x, y, sx: 1, sy: 1 });
  }

  const group = Array.from({ length: n }, (_, i) => i);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Array<boolean>(n).fill(true);
  for (let top = heap.pop(); top && top.avg >= threshold; top = heap.pop()) {
    const { x, y } = top;
    // Stale: one side has merged since this entry was pushed.
    if (!alive[x] || !alive[y] || size[x] !== top.sx || size[y] !== top.sy) continue;
    if (canJoin && !canJoin(members[x] ?? [], members[y] ?? [])) continue;
    const keep = x; // x < y always: the group keeps its smallest member as key
    const gone = y;
    const lk = links[keep] as Map<number, number>;
    const lg = links[gone] as Map<number, number>;
    lk.delete(gone);
    lg.delete(keep);
    for (const [z, sum] of lg) {
      lk.set(z, (lk.get(z) ?? 0) + sum);
      const lz = links[z] as Map<number, number>;
      lz.delete(gone);
    }
    size[keep] = (size[keep] ?? 0) + (size[gone] ?? 0);
    alive[gone] = false;
    links[gone] = new Map();
    group[gone] = keep;
    members[keep] = [...(members[keep] ?? []), ...(members[gone] ?? [])].sort((p, q) => p - q);
    members[gone] = [];
    for (const [z, sum] of lk) {
      (links[z] as Map<number, number>).set(keep, sum);
      const [p, q] = keep < z ? [keep, z] : [z, keep];
      const sp = size[p] ?? 1;
      const sq = size[q] ?? 1;
      heap.push({ avg: sum / (sp * sq), x: p, y: q, sx: sp, sy: sq });
    }
  }
  const find = (i: number): number => {
    let r = i;
    while (group[r] !== r) r = group[r] ?? r;
    return r;
  };
  return group.map((_, i) => find(i));
}

interface Entry {
  avg: number;
  x: number;
  y: number;
  sx: number;
  sy: number;
}

/** Highest average first; equal averages by smallest indices, so merges happen in one order. */
function before(p: Entry, q: Entry): boolean {
  return p.avg !== q.avg ? p.avg > q.avg : p.x !== q.x ? p.x < q.x : p.y < q.y;
}

/** A binary max-heap of merge candidates. */
class Heap {
  private items: Entry[] = [];

  push(e: Entry): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i] as Entry, a[parent] as Entry)) break;
      [a[i], a[parent]] = [a[parent] as Entry, a[i] as Entry];
      i = parent;
    }
  }

  pop(): Entry | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < a.length && before(a[l] as Entry, a[best] as Entry)) best = l;
        if (r < a.length && before(a[r] as Entry, a[best] as Entry)) best = r;
        if (best === i) break;
        [a[i], a[best]] = [a[best] as Entry, a[i] as Entry];
        i = best;
      }
    }
    return top;
  }
}
