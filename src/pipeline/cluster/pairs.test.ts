import { describe, expect, it } from "vitest";
import { scorePairs } from "./pairs.ts";
import { idfVectors } from "./vectors.ts";

const doc = (...words: string[]) => new Map(words.map((w) => [w, 1]));
const none = idfVectors([new Map(), new Map(), new Map()], 10);

describe("scorePairs", () => {
  it("scores each pair that shares a word once, earlier article first", () => {
    const text = idfVectors([doc("flood", "rain"), doc("vote"), doc("flood", "rain")], 10);
    const edges = scorePairs(text, none, (_a, _b, c) => c.text, 0.01, 50);
    expect(edges).toEqual([{ a: 0, b: 2, score: expect.closeTo(1) }]);
  });

  it("lets shared entities propose a pair the words did not", () => {
    const text = idfVectors([doc("x"), doc("y")], 10);
    const entities = idfVectors([doc("person-a"), doc("person-a")], 10);
    const edges = scorePairs(text, entities, (_a, _b, c) => c.entities, 0.01, 50);
    expect(edges.map((e) => [e.a, e.b])).toEqual([[0, 1]]);
  });

  it("drops pairs scoring under the floor", () => {
    const text = idfVectors([doc("flood", "a1"), doc("flood", "b1")], 10);
    expect(scorePairs(text, none, () => 0.05, 0.1, 50)).toEqual([]);
  });

  it("lets no word in more than maxShared articles propose pairs, but still counts it", () => {
    const docs = [doc("common", "x"), doc("common", "y"), doc("common", "x")];
    const text = idfVectors(docs, 10);
    const scored: [number, number, number][] = [];
    scorePairs(
      text,
      none,
      (a, b, c) => {
        scored.push([a, b, c.text]);
        return c.text;
      },
      0,
      2,
    );
    // Only the pair sharing "x" is proposed; its cosine still includes "common".
    expect(scored.map(([a, b]) => [a, b])).toEqual([[0, 2]]);
    expect(scored[0]?.[2]).toBeCloseTo(1);
  });
});
