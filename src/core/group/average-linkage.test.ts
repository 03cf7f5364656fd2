import { describe, expect, it } from "vitest";
import { averageLinkage } from "./average-linkage.ts";

const groups = (g: number[]) => {
  const out = new Map<number, number[]>();
  g.forEach((k, i) => {
    out.set(k, [...(out.get(k) ?? []), i]);
  });
  return [...out.values()];
};

describe("averageLinkage", () => {
  it("joins items whose average similarity reaches the threshold", () => {
    const g = averageLinkage(
      4,
      [
        { a: 0, b: 1, score: 0.6 },
        { a: 0, b: 2, score: 0.5 },
        { a: 1, b: 2, score: 0.4 },
      ],
      0.3,
    );
    expect(groups(g)).toEqual([[0, 1, 2], [3]]);
  });

  it("does not chain two groups through one borderline pair", () => {
    // 0-1 and 2-3 are tight; only 1-2 touches. Joining every pair above 0.3 would make one group.
    const g = averageLinkage(
      4,
      [
        { a: 0, b: 1, score: 0.9 },
        { a: 2, b: 3, score: 0.9 },
        { a: 1, b: 2, score: 0.35 },
      ],
      0.3,
    );
    expect(groups(g)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("lets a member weakly tied to one and strongly to another join", () => {
    const g = averageLinkage(
      3,
      [
        { a: 0, b: 1, score: 0.6 },
        { a: 0, b: 2, score: 0.5 },
        { a: 1, b: 2, score: 0.2 },
      ],
      0.3,
    );
    expect(groups(g)).toEqual([[0, 1, 2]]);
  });

  it("names each group by its smallest member and gives the same groups for the same edges", () => {
    const edges = [
      { a: 1, b: 2, score: 0.5 },
      { a: 0, b: 3, score: 0.5 },
    ];
    expect(averageLinkage(4, edges, 0.3)).toEqual([0, 1, 1, 0]);
    expect(averageLinkage(4, [...edges].reverse(), 0.3)).toEqual([0, 1, 1, 0]);
  });

  it("leaves everything apart below the threshold", () => {
    expect(averageLinkage(2, [{ a: 0, b: 1, score: 0.29 }], 0.3)).toEqual([0, 1]);
  });

  it("keeps apart groups that canJoin refuses, asking again once a group has grown", () => {
    // 0-1 and 2-3 are tight and close to each other; 4 joins 0-1 after the refusal.
    const edges = [
      { a: 0, b: 1, score: 0.9 },
      { a: 2, b: 3, score: 0.9 },
      { a: 1, b: 2, score: 0.8 },
      { a: 0, b: 2, score: 0.8 },
      { a: 1, b: 3, score: 0.8 },
      { a: 0, b: 3, score: 0.8 },
      { a: 0, b: 4, score: 0.5 },
      { a: 1, b: 4, score: 0.5 },
    ];
    const asked: string[] = [];
    const g = averageLinkage(5, edges, 0.3, (a, b) => {
      asked.push(`${a.join(",")}|${b.join(",")}`);
      // Members 1 and 3 may never share a group.
      return !(a.includes(1) && b.includes(3)) && !(a.includes(3) && b.includes(1));
    });
    expect(groups(g)).toEqual([
      [0, 1, 4],
      [2, 3],
    ]);
    expect(asked).toContain("0,1|2,3");
    expect(asked).toContain("0,1,4|2,3");
  });
});
