import { describe, expect, it } from "vitest";
import { lcsMatches, MAX_CELLS } from "./lcs.ts";

describe("lcsMatches", () => {
  it("marks a longest common subsequence, preferring later matches", () => {
    expect(lcsMatches(["very", "very", "serious"], ["very", "serious"])).toEqual([
      false,
      true,
      true,
    ]);
    expect(lcsMatches(["a"], [])).toEqual([false]);
    expect(lcsMatches(["", "a"], ["", "a"])).toEqual([false, true]);
  });

  it("above the table's size, matches the shared ends and the words each side has once", () => {
    const n = Math.ceil(Math.sqrt(MAX_CELLS)) + 10;
    const a = Array.from({ length: n }, (_, i) => `w${i}`);
    const b = [...a.slice(0, 50), "new", ...a.slice(51, n - 40), "x", "y", ...a.slice(n - 40)];
    const out = lcsMatches(a, b);
    expect(out.filter((m) => !m)).toHaveLength(1);
    expect(out[50]).toBe(false);
  });

  it("leaves a stretch with no anchor unmatched instead of building a huge table", () => {
    const n = Math.ceil(Math.sqrt(MAX_CELLS)) + 10;
    const a = Array.from({ length: n }, (_, i) => (i % 2 ? "a" : "b"));
    const b = Array.from({ length: n }, (_, i) => (i % 2 ? "b" : "a"));
    const t0 = performance.now();
    const out = lcsMatches(a, b);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(out).toHaveLength(n);
  });
});
