import { describe, expect, it } from "vitest";
import { isCapitalized, tokenize } from "./number-tokens.ts";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps thousands separators and decimals inside one number", () => {
    expect(texts("over 12,000 soldiers and 1.25 tanks")).toEqual([
      "over",
      "12,000",
      "soldiers",
      "and",
      "1.25",
      "tanks",
    ]);
  });

  it("leaves a sentence-ending period or comma outside the number", () => {
    expect(texts("surpass 600,000. Then 5, 6")).toEqual([
      "surpass",
      "600,000",
      ".",
      "Then",
      "5",
      ",",
      "6",
    ]);
  });

  it("splits currency, percent and scale letters off the digits but marks them adjacent", () => {
    const tokens = tokenize("$2.5bn rose 5%");
    expect(tokens.map((t) => [t.text, t.kind, t.adjacent])).toEqual([
      ["$", "sym", false],
      ["2.5", "num", true],
      ["bn", "word", true],
      ["rose", "word", false],
      ["5", "num", false],
      ["%", "sym", true],
    ]);
  });

  it("keeps hyphenated and apostrophe words whole but splits letters from digits", () => {
    expect(texts("twenty-five Kim’s F-16 COVID-19")).toEqual([
      "twenty-five",
      "Kim’s",
      "F",
      "-",
      "16",
      "COVID",
      "-",
      "19",
    ]);
  });

  it("gives offsets into the text and a lower-case form", () => {
    const text = "  Over 3,000\nTroops";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text)[0]?.lower).toBe("over");
  });

  it("flags tokens that start a new line", () => {
    expect(tokenize("3,000\ntroops here").map((t) => t.newline)).toEqual([false, true, false]);
  });

  it("reads non-ASCII letters as letters and other symbols one at a time", () => {
    expect(tokenize("Zelenskyy’s café €5").map((t) => t.kind)).toEqual([
      "word",
      "word",
      "sym",
      "num",
    ]);
  });
});

describe("isCapitalized", () => {
  it("is true for words starting with a capital only", () => {
    const [a, b, c, d] = tokenize("Boeing iPhone troops 747");
    expect([a, b, c, d].map(isCapitalized)).toEqual([true, false, false, false]);
  });
});
