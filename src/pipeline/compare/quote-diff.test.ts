import { describe, expect, it } from "vitest";
import { diffVersions } from "./quote-diff.ts";

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

describe("diffVersions on very long quotes", () => {
  it("marks the two changed words of two 30,000-word versions, in bounded time and memory", () => {
    const base = Array.from({ length: 30_000 }, (_, i) => `w${i % 997}x${Math.floor(i / 997)}`);
    const other = [...base];
    other[100] = "changed";
    other[20_000] = "altered";
    const t0 = performance.now();
    const [a, b] = diffVersions([base.join(" "), other.join(" ")]);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(a?.filter((t) => t.op === "changed").map((t) => t.text)).toEqual([
      base[100],
      base[20_000],
    ]);
    expect(b?.filter((t) => t.op === "changed").map((t) => t.text)).toEqual(["changed", "altered"]);
  });
});
