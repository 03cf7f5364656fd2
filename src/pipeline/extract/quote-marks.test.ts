import { describe, expect, it } from "vitest";
import { canClose, canOpen, isQuoteCode, isSpaceCode, isWordCode, trimEnd } from "./quote-marks.ts";

const at = (text: string, mark = "“") => text.indexOf(mark);

describe("canOpen / canClose", () => {
  it("opens after a space and before a word, closes after a word and before a space", () => {
    const text = "he said “yes” to it";
    expect(canOpen(text, at(text), 0, text.length)).toBe(true);
    expect(canClose(text, at(text), 0, text.length)).toBe(false);
    expect(canOpen(text, at(text, "”"), 0, text.length)).toBe(false);
    expect(canClose(text, at(text, "”"), 0, text.length)).toBe(true);
  });

  it("opens at the range start and after a bracket or dash, closes before punctuation", () => {
    expect(canOpen('"Go"', 0, 0, 4)).toBe(true);
    expect(canOpen('(—"Go', 2, 0, 5)).toBe(true);
    expect(canClose('"Go",', 3, 0, 5)).toBe(true);
    expect(canClose('"Go"', 3, 0, 4)).toBe(true);
  });

  it("does neither for a mark between spaces or inside a word", () => {
    expect(canOpen('a " b', 2, 0, 5)).toBe(false);
    expect(canClose('a " b', 2, 0, 5)).toBe(false);
    expect(canOpen('a"b', 1, 0, 3)).toBe(false);
    expect(canClose('a"b', 1, 0, 3)).toBe(false);
  });

  it("respects the range limits", () => {
    expect(canOpen('x "y', 2, 0, 3)).toBe(false);
    expect(canClose('y" x', 1, 1, 4)).toBe(false);
  });
});

describe("character classes", () => {
  it("knows the quotation marks, spaces and word characters", () => {
    expect([..."\"“”‘’'«»„"].every((c) => isQuoteCode(c.charCodeAt(0)))).toBe(true);
    expect(isQuoteCode("`".charCodeAt(0))).toBe(false);
    expect(isSpaceCode(0xa0)).toBe(true);
    expect(isSpaceCode("x".charCodeAt(0))).toBe(false);
    expect(isWordCode("é".charCodeAt(0))).toBe(true);
    expect(isWordCode("7".charCodeAt(0))).toBe(true);
    expect(isWordCode("-".charCodeAt(0))).toBe(false);
  });

  it("trims trailing whitespace from a range end", () => {
    expect(trimEnd("ab  \n", 0, 5)).toBe(2);
    expect(trimEnd("   ", 1, 3)).toBe(1);
  });
});
