import { describe, expect, it } from "vitest";
import { SCALE_ABBREVIATIONS, SCALE_WORDS, spelledValue, VAGUE_PLURALS } from "./number-words.ts";

describe("spelledValue", () => {
  it("reads ones, teens and tens", () => {
    expect(["three", "twelve", "nineteen", "forty"].map(spelledValue)).toEqual([3, 12, 19, 40]);
  });

  it("reads hyphenated compounds", () => {
    expect(spelledValue("twenty-five")).toBe(25);
    expect(spelledValue("ninety-nine")).toBe(99);
  });

  it("rejects words that only look like numbers", () => {
    for (const w of ["first", "tenth", "twenty-first", "three-day", "fifteen-twenty", "none"]) {
      expect(spelledValue(w)).toBeUndefined();
    }
  });
});

describe("scales", () => {
  it("knows full words, newsroom abbreviations and vague plurals", () => {
    expect(SCALE_WORDS.get("million")).toBe(1e6);
    expect(SCALE_ABBREVIATIONS.get("bn")).toBe(1e9);
    expect(VAGUE_PLURALS.get("thousands")).toBe(1e3);
    expect(SCALE_ABBREVIATIONS.has("m")).toBe(false);
  });
});
