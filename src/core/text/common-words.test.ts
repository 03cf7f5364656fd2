import { describe, expect, it } from "vitest";
import { isCommonWord } from "./common-words.ts";

describe("isCommonWord", () => {
  it("knows everyday words that are also town names, in any capitalization", () => {
    for (const w of [
      "Most",
      "Split",
      "Reading",
      "Independence",
      "Central",
      "NORTHERN",
      "may",
      "North.",
    ]) {
      expect(isCommonWord(w), w).toBe(true);
    }
  });

  it("does not flag place names, countries or multi-word phrases", () => {
    for (const w of [
      "Rome",
      "Paris",
      "Kursk",
      "Georgia",
      "Turkey",
      "Chad",
      "New York",
      "Most Holy",
    ]) {
      expect(isCommonWord(w), w).toBe(false);
    }
  });
});
