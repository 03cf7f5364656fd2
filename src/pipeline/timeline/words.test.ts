import { describe, expect, it } from "vitest";
import { isNumeric, isStopword, wordsIn } from "./words.ts";

describe("wordsIn", () => {
  it("gives each word's key and its offsets in the text", () => {
    const text = "On Monday, the U.S. mayor's office said: “Yes.”";
    const words = wordsIn(text);
    expect(words.map((w) => w.key)).toEqual([
      "on",
      "monday",
      "the",
      "us",
      "mayor",
      "office",
      "said",
      "yes",
    ]);
    for (const w of words) expect(text.slice(w.start, w.end).length).toBeGreaterThan(0);
    expect(text.slice(words[1]?.start, words[1]?.end)).toBe("Monday");
    expect(text.slice(words[3]?.start, words[3]?.end)).toBe("U.S");
  });

  it("reads only the range asked for", () => {
    const text = "alpha beta gamma delta";
    expect(wordsIn(text, 6, 16).map((w) => w.key)).toEqual(["beta", "gamma"]);
    expect(wordsIn(text, 6, 8).map((w) => w.key)).toEqual(["be"]);
    expect(wordsIn("", 0, 0)).toEqual([]);
  });
});

describe("word classes", () => {
  it("treats words of time and function words as carrying no event", () => {
    expect(isStopword("wednesday")).toBe(true);
    expect(isStopword("week")).toBe(true);
    expect(isStopword("the")).toBe(true);
    expect(isStopword("bridge")).toBe(false);
  });

  it("knows numbers as written", () => {
    expect(isNumeric("1,800")).toBe(true);
    expect(isNumeric("7.5")).toBe(true);
    expect(isNumeric("troops")).toBe(false);
  });
});
