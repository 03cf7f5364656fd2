import { describe, expect, it } from "vitest";
import { isNumeric, isStopword, wordKey, words } from "./words.ts";

describe("words", () => {
  it("splits on whitespace and keeps offsets into the original text", () => {
    const text = "Austin said “very, very serious”.";
    const ws = words(text);
    expect(ws.map((w) => w.text)).toEqual(["Austin", "said", "“very,", "very", "serious”."]);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it("reads only the given range, with absolute offsets", () => {
    const ws = words("one two three", 4, 7);
    expect(ws).toEqual([{ text: "two", key: "two", start: 4, end: 7 }]);
  });

  it("keeps lone punctuation as a word with an empty key", () => {
    expect(words("yes — no").map((w) => w.key)).toEqual(["yes", "", "no"]);
  });
});

describe("wordKey", () => {
  it("lowercases and strips surrounding punctuation and dots", () => {
    expect(wordKey("“Very,")).toBe("very");
    expect(wordKey("U.S.")).toBe("us");
    expect(wordKey("Austin’s")).toBe("austin's");
  });
});

describe("isStopword / isNumeric", () => {
  it("drops function words but not content words", () => {
    expect(isStopword("the")).toBe(true);
    expect(isStopword("troops")).toBe(false);
  });

  it("recognizes bare numbers", () => {
    expect(isNumeric("2,500")).toBe(true);
    expect(isNumeric("6.8")).toBe(true);
    expect(isNumeric("g7")).toBe(false);
  });
});
