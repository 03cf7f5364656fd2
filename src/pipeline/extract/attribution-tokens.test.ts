import { describe, expect, it } from "vitest";
import { isQuoteToken, isTerminator, tokenizeRange } from "./attribution-tokens.ts";

const texts = (text: string) => tokenizeRange(text, 0, text.length).map((t) => t.text);

describe("tokenizeRange", () => {
  it("splits words from punctuation, with offsets into the text", () => {
    const text = "He said, “Go.”";
    const tokens = tokenizeRange(text, 0, text.length);
    expect(tokens.map((t) => t.text)).toEqual(["He", "said", ",", "“", "Go", ".", "”"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("keeps names, contractions and acronyms whole", () => {
    expect(texts("Kim Jong-un’s aide, don’t, U.S. forces")).toEqual([
      "Kim",
      "Jong-un’s",
      "aide",
      ",",
      "don’t",
      ",",
      "U.S.",
      "forces",
    ]);
  });

  it("keeps the period of initials and titles but not of a sentence end", () => {
    expect(texts("Gen. Jane Q. Public left. Then")).toEqual([
      "Gen.",
      "Jane",
      "Q.",
      "Public",
      "left",
      ".",
      "Then",
    ]);
  });

  it("reads only the given range", () => {
    expect(tokenizeRange("one two three", 4, 7).map((t) => t.text)).toEqual(["two"]);
  });

  it("marks capitals, lowercase forms, terminators and quotation marks", () => {
    const [a, b, c, d] = tokenizeRange("Said 2 “?", 0, 9);
    if (!a || !b || !c || !d) throw new Error("expected four tokens");
    expect([a.cap, a.lower, b.cap]).toEqual([true, "said", true]);
    expect([isQuoteToken(c), isTerminator(d)]).toEqual([true, true]);
    expect([isQuoteToken(a), isTerminator(a)]).toEqual([false, false]);
  });
});
