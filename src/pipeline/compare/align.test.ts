import { describe, expect, it } from "vitest";
import { align } from "./align.ts";

interface Item {
  source: number;
  start: number;
  v: number;
}
const item = (source: number, start: number, v: number): Item => ({ source, start, v });
// Alike when values are close; never alike across a factor of 2.
const score = (a: Item, b: Item) =>
  Math.max(a.v, b.v) / Math.min(a.v, b.v) > 2 ? null : 1 - Math.abs(a.v - b.v) / 100;
const values = (groups: Item[][]) => groups.map((g) => g.map((i) => i.v));

describe("align", () => {
  it("joins the best pair first, so each item is in one group", () => {
    // 30 in source 1 is close to both 28 and 35 in source 0; it goes with the closer one.
    const groups = align([item(0, 0, 35), item(0, 10, 28), item(1, 0, 30)], {
      score,
      threshold: 0.5,
    });
    expect(values(groups)).toEqual([[28, 30], [35]]);
  });

  it("never puts two items of one source in a group", () => {
    const groups = align([item(0, 0, 10), item(0, 5, 10), item(1, 0, 10)], {
      score,
      threshold: 0.5,
    });
    expect(groups.every((g) => new Set(g.map((i) => i.source)).size === g.length)).toBe(true);
    expect(groups.map((g) => g.length)).toEqual([2, 1]);
  });

  it("grows a group to a third source only when it fits every member", () => {
    const chain = align([item(0, 0, 10), item(1, 0, 14), item(2, 0, 21)], {
      score,
      threshold: 0.5,
    });
    // 21 is alike to 14 but more than twice 10: it stays alone.
    expect(values(chain)).toEqual([[10, 14], [21]]);
    const all = align([item(0, 0, 10), item(1, 0, 12), item(2, 0, 11)], { score, threshold: 0.5 });
    expect(values(all)).toEqual([[10, 12, 11]]);
  });

  it("leaves pairs below the threshold apart", () => {
    const groups = align([item(0, 0, 10), item(1, 0, 90)], { score: () => 0.2, threshold: 0.5 });
    expect(values(groups)).toEqual([[10], [90]]);
  });

  it("is deterministic: input order does not change the groups", () => {
    const items = [item(0, 0, 10), item(1, 0, 10), item(2, 0, 10), item(1, 9, 50)];
    const a = values(align(items, { score, threshold: 0.5 }));
    const b = values(align([...items].reverse(), { score, threshold: 0.5 }));
    expect(b).toEqual(a);
  });
});
