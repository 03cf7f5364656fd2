import { describe, expect, it } from "vitest";
import { countWords, endsLikeUtterance, isPartialQuote, startsLowercase } from "./quote-partial.ts";

const shape = {
  words: 3,
  startsLowercase: true,
  introduced: false,
  opensSentence: false,
  standsAlone: false,
};

describe("isPartialQuote", () => {
  it("calls a few words inside the writer's sentence partial", () => {
    expect(isPartialQuote(shape)).toBe(true);
    expect(isPartialQuote({ ...shape, startsLowercase: false })).toBe(true);
  });

  it("calls a quotation handed over by a verb or colon full, however short", () => {
    expect(isPartialQuote({ ...shape, introduced: true })).toBe(false);
  });

  it("calls a short quotation that is its own sentence full, but not a scare quote opening one", () => {
    expect(isPartialQuote({ ...shape, opensSentence: true, standsAlone: true })).toBe(false);
    expect(isPartialQuote({ ...shape, opensSentence: true })).toBe(true);
  });

  it("calls six or more words full unless they continue the writer's sentence in lowercase", () => {
    expect(isPartialQuote({ ...shape, words: 6, startsLowercase: false })).toBe(false);
    expect(isPartialQuote({ ...shape, words: 9 })).toBe(true);
  });
});

describe("quote shape helpers", () => {
  it("counts words up to a cap, contractions and hyphenated words as one", () => {
    const t = "don’t stop the well-known band now";
    expect(countWords(t, 0, t.length, 10)).toBe(6);
    expect(countWords(t, 0, t.length, 2)).toBe(2);
    expect(countWords("  , ", 0, 4, 6)).toBe(0);
  });

  it("finds whether the first letter is lowercase", () => {
    expect(startsLowercase("…and then", 0, 9)).toBe(true);
    expect(startsLowercase(" The end", 0, 8)).toBe(false);
    expect(startsLowercase("2,500 troops", 0, 12)).toBe(false);
  });

  it("recognizes utterance-ending punctuation", () => {
    expect(endsLikeUtterance("Never, ", 0, 7)).toBe(true);
    expect(endsLikeUtterance("Is it over?", 0, 11)).toBe(true);
    expect(endsLikeUtterance("peace plan", 0, 10)).toBe(false);
  });
});
