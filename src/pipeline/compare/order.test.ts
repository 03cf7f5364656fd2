import { describe, expect, it } from "vitest";
import type { ClaimKind, ClaimStatus } from "../../core/model.ts";
import { type Draft, orderClaims } from "./order.ts";

const draft = (kind: ClaimKind, status: ClaimStatus, source: string, start: number): Draft => ({
  story: "st",
  kind,
  topic: `${kind} at ${start}`,
  status,
  values: [{ source, value: "", text: "", start, end: start + 1, sentence: 0 }],
  explanation: "",
});

describe("orderClaims", () => {
  it("puts differ, compatible, agree, then single-source, and numbers ids per kind", () => {
    const claims = orderClaims(
      [
        draft("figure", "single-source", "a", 5),
        draft("figure", "agree", "a", 9),
        draft("place", "compatible", "a", 3),
        draft("figure", "differ", "a", 7),
        draft("quote", "differ", "a", 1),
      ],
      ["a", "b"],
    );
    expect(claims.map((c) => `${c.id} ${c.status}`)).toEqual([
      "st-figure-1 differ",
      "st-quote-1 differ",
      "st-place-1 compatible",
      "st-figure-2 agree",
      "st-figure-3 single-source",
    ]);
  });

  it("lists single-source claims by source, then in text order", () => {
    const claims = orderClaims(
      [
        draft("statement", "single-source", "b", 0),
        draft("statement", "single-source", "a", 40),
        draft("figure", "single-source", "a", 50),
        draft("quote", "single-source", "a", 10),
      ],
      ["a", "b"],
    );
    expect(claims.map((c) => `${c.values[0]?.source}@${c.values[0]?.start} ${c.kind}`)).toEqual([
      "a@10 quote",
      "a@40 statement",
      "a@50 figure",
      "b@0 statement",
    ]);
  });

  it("gives the same ids whatever order the drafts come in", () => {
    const drafts = [
      draft("figure", "differ", "a", 7),
      draft("figure", "differ", "b", 2),
      draft("figure", "agree", "a", 1),
    ];
    const ids = orderClaims(drafts, ["a", "b"]).map((c) => `${c.id}:${c.values[0]?.start}`);
    expect(
      orderClaims([...drafts].reverse(), ["a", "b"]).map((c) => `${c.id}:${c.values[0]?.start}`),
    ).toEqual(ids);
  });
});
