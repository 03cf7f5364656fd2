import { describe, expect, it } from "vitest";
import { cosine, idfVectors, rarity } from "./vectors.ts";

const doc = (...words: string[]) => new Map(words.map((w) => [w, 1]));

describe("rarity", () => {
  it("values a word less the more documents use it", () => {
    const r = rarity([doc("flood", "city"), doc("flood", "vote"), doc("flood", "tariff")]);
    expect(r.df("flood")).toBe(3);
    expect(r.idf("flood")).toBeLessThan(r.idf("vote"));
  });

  it("gives the same ids whatever order the documents come in", () => {
    const a = rarity([doc("b", "a"), doc("c")]);
    const b = rarity([doc("c"), doc("a", "b")]);
    expect(["a", "b", "c"].map(a.id)).toEqual(["a", "b", "c"].map(b.id));
  });
});

describe("idfVectors", () => {
  it("keeps only words another document shares, but counts every word in the length", () => {
    const [v] = idfVectors([doc("flood", "unique"), doc("flood")], 10);
    expect(v?.ids).toHaveLength(1);
    expect(v?.norm).toBeGreaterThan(v?.weights[0] ?? 0);
  });

  it("keeps at most maxTerms words, the heaviest", () => {
    const docs = [
      new Map([
        ["a", 1],
        ["b", 3],
        ["c", 2],
      ]),
      doc("a", "b", "c"),
    ];
    const [v] = idfVectors(docs, 2);
    const r = rarity(docs);
    expect(v?.ids).toEqual([r.id("b"), r.id("c")]);
  });
});

describe("cosine", () => {
  it("is 1 for the same document, 0 for documents with nothing shared", () => {
    const [a, b, c] = idfVectors([doc("x", "y"), doc("x", "y"), doc("z", "w")], 10);
    if (!a || !b || !c) throw new Error("vectors missing");
    expect(cosine(a, b)).toBeCloseTo(1);
    expect(cosine(a, c)).toBe(0);
  });

  it("is 0 against an empty vector", () => {
    const [a] = idfVectors([doc("x"), doc("x")], 10);
    if (!a) throw new Error("vector missing");
    expect(cosine(a, { ids: [], weights: [], norm: 0 })).toBe(0);
  });
});
