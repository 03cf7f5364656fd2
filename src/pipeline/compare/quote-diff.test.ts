import { describe, expect, it } from "vitest";
import { diffVersions, lcsMatches } from "./quote-diff.ts";

const marked = (tokens: { text: string; op: string }[]) =>
  tokens.map((t) => (t.op === "same" ? t.text : `[${t.text}]`)).join(" ");

describe("diffVersions", () => {
  it("marks the extra word, with its punctuation, in the longer version", () => {
    const [a, b] = diffVersions(["very, very serious", "very serious"]);
    expect(marked(a ?? [])).toBe("[very,] very serious");
    expect(marked(b ?? [])).toBe("very serious");
  });

  it("ignores case and punctuation", () => {
    const [a, b] = diffVersions(["Fair and open.", "fair and open"]);
    expect(a?.every((t) => t.op === "same")).toBe(true);
    expect(b?.every((t) => t.op === "same")).toBe(true);
  });

  it("marks words changed in either version", () => {
    const [a, b] = diffVersions(["it remains to be seen", "left to be seen"]);
    expect(marked(a ?? [])).toBe("[it] [remains] to be seen");
    expect(marked(b ?? [])).toBe("[left] to be seen");
  });

  it("with three versions, a word is the same only if all have it", () => {
    const [a] = diffVersions([
      "a deal that protects workers",
      "a deal that protects",
      "a deal for workers",
    ]);
    expect(marked(a ?? [])).toBe("a deal [that] [protects] [workers]");
  });
});

describe("lcsMatches", () => {
  it("marks a longest common subsequence, preferring later matches", () => {
    expect(lcsMatches(["very", "very", "serious"], ["very", "serious"])).toEqual([
      false,
      true,
      true,
    ]);
    expect(lcsMatches(["a"], [])).toEqual([false]);
  });
});
