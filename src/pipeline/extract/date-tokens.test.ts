import { describe, expect, it } from "vitest";
import { adjacent, capitalized, END, tok, tokenizeForDates } from "./date-tokens.ts";

describe("tokenizeForDates", () => {
  it("splits words, numbers and marks, with offsets into the text", () => {
    const text = "On Oct. 23, 2024 troops";
    const t = tokenizeForDates(text);
    expect(t.map((x) => x.text)).toEqual(["On", "Oct", ".", "23", ",", "2024", "troops"]);
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(t[3]?.value).toBe(23);
    expect(t[0]?.lower).toBe("on");
  });

  it("marks whether a token touches the one before", () => {
    const t = tokenizeForDates("Oct. 23");
    expect(t.map((x) => x.spaced)).toEqual([true, false, true]);
  });

  it("keeps grouped and decimal numbers whole and never gives them a value", () => {
    const t = tokenizeForDates("2,500 and 1.5 and 1,234,567");
    expect(t.map((x) => x.text)).toEqual(["2,500", "and", "1.5", "and", "1,234,567"]);
    expect(t[0]?.value).toBe(-1);
    expect(t[2]?.value).toBe(-1);
  });

  it("reads letters beyond ASCII as words", () => {
    expect(tokenizeForDates("Zürich’s año").map((x) => x.text)).toEqual([
      "Zürich",
      "’",
      "s",
      "año",
    ]);
  });

  it("tokenizes only the range asked for, with offsets into the whole text", () => {
    const text = "first line\nMay 5 here";
    const t = tokenizeForDates(text, 11, text.length);
    expect(t[0]).toMatchObject({ text: "May", start: 11, end: 14 });
  });
});

describe("token helpers", () => {
  const t = tokenizeForDates("Oct. 23");
  it("returns END past either end", () => {
    expect(tok(t, -1)).toBe(END);
    expect(tok(t, 9)).toBe(END);
  });
  it("finds adjacent tokens only", () => {
    expect(adjacent(t, 1).text).toBe(".");
    expect(adjacent(t, 2)).toBe(END);
  });
  it("knows capitalized words", () => {
    expect(capitalized(tok(t, 0))).toBe(true);
    expect(capitalized(tokenizeForDates("may")[0] ?? END)).toBe(false);
    expect(capitalized(tok(t, 2))).toBe(false);
  });
});
