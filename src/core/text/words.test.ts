import { describe, expect, it } from "vitest";
import { isNumeric, keyParts, wordKey, words } from "./words.ts";

describe("words", () => {
  it("splits on whitespace and keeps offsets into the original text", () => {
    const text = "Austin said “very, very serious”.";
    const ws = words(text);
    expect(ws.map((w) => w.text)).toEqual(["Austin", "said", "“very,", "very", "serious”."]);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it("gives each word its comparable key", () => {
    const text = "On Monday, the U.S. mayor's office said: “Yes.”";
    expect(words(text).map((w) => w.key)).toEqual([
      "on",
      "monday",
      "the",
      "us",
      "mayor",
      "office",
      "said",
      "yes",
    ]);
  });

  it("reads only the given range, with absolute offsets", () => {
    expect(words("one two three", 4, 7)).toEqual([{ text: "two", key: "two", start: 4, end: 7 }]);
    expect(words("alpha beta gamma", 6, 8).map((w) => w.key)).toEqual(["be"]);
    expect(words("", 0, 0)).toEqual([]);
  });

  it("keeps lone punctuation as a word with an empty key", () => {
    expect(words("yes — no").map((w) => w.key)).toEqual(["yes", "", "no"]);
  });
});

describe("wordKey", () => {
  it("lowercases and strips surrounding punctuation, dots and apostrophes", () => {
    expect(wordKey("“Very,")).toBe("very");
    expect(wordKey("U.S.")).toBe("us");
    expect(wordKey("O’Neil")).toBe("oneil");
  });
  it("drops a possessive or clitic ending, so both spellings of a name meet", () => {
    expect(wordKey("Austin’s")).toBe(wordKey("Austin"));
    expect(wordKey("Allies’")).toBe("allies");
    expect(wordKey("they're")).toBe("they");
    expect(wordKey("don't")).toBe("dont");
  });
});

describe("keyParts", () => {
  it("splits hyphenated and dash-joined words", () => {
    expect(keyParts(wordKey("Jong-un’s"))).toEqual(["jong", "un"]);
    expect(keyParts(wordKey("troops—about"))).toEqual(["troops", "about"]);
  });
});

describe("isNumeric", () => {
  it("recognizes numbers as written, not words with digits", () => {
    expect(isNumeric("2,500")).toBe(true);
    expect(isNumeric("6.8")).toBe(true);
    expect(isNumeric("g7")).toBe(false);
    expect(isNumeric("troops")).toBe(false);
  });
});
