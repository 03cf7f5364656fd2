import type { Agreement } from "./agreement.ts";
import type { Alignable } from "./align.ts";

/**
 * What a group of aligned values may be shown as: the group and its status, a smaller group of
 * sources that give the same value, or nothing.
 */
export type Shown<T> = { group: T[]; status: Agreement } | null;

/**
 * The precision gate for "differ" and "compatible". Aligning is enough to say two sources give
 * the same value; it is not enough to say they disagree, because two different facts (last
 * year's toll and this week's, two men's tenures) also give different values. So a group whose
 * values are not all the same is shown only when every pair of sources with different values
 * is `firm`: the same fact by stronger evidence than alignment asks for. Otherwise the largest
 * set of sources giving one value is shown as agreeing (two at least), and the rest is not
 * shown at all: a missing comparison is better than a wrong one.
 */
export function firmGroup<T extends Alignable>(
  group: readonly T[],
  status: Agreement,
  sameValue: (a: T, b: T) => boolean,
  firm: (a: T, b: T) => boolean,
): Shown<T> {
  if (status === "agree") return { group: [...group], status };
  let loose = false;
  for (let i = 0; i < group.length && !loose; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i] as T;
      const b = group[j] as T;
      if (a.source === b.source || sameValue(a, b)) continue;
      if (!firm(a, b)) {
        loose = true;
        break;
      }
    }
  }
  if (!loose) return { group: [...group], status };
  let best: T[] = [];
  for (const a of group) {
    const same = group.filter((b) => b === a || sameValue(a, b));
    const sources = new Set(same.map((x) => x.source)).size;
    if (sources >= 2 && same.length > best.length) best = same;
  }
  return best.length > 0 ? { group: best, status: "agree" } : null;
}
