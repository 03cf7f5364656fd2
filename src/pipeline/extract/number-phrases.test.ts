import { describe, expect, it } from "vitest";
import { phraseAt, phraseBefore, phraseTable } from "./number-phrases.ts";
import { tokenize } from "./number-tokens.ts";

const table = phraseTable([
  ["more than", "over"],
  ["no more than", "at most"],
  ["u.s. dollars", "USD"],
  ["over", "over"],
]);

describe("phraseAt", () => {
  it("matches the longest phrase starting at a token, case-insensitively", () => {
    const tokens = tokenize("No more than 5");
    expect(phraseAt(tokens, 0, table)).toEqual({ value: "at most", first: 0, last: 2 });
    expect(phraseAt(tokens, 1, table)).toEqual({ value: "over", first: 1, last: 2 });
  });

  it("matches phrases with dotted abbreviations", () => {
    const tokens = tokenize("5 million U.S. dollars");
    expect(phraseAt(tokens, 2, table)?.value).toBe("USD");
  });

  it("does not cross a line break", () => {
    expect(phraseAt(tokenize("more\nthan 5"), 0, table)).toBeNull();
  });
});

describe("phraseBefore", () => {
  it("matches the longest phrase ending just before a token", () => {
    const tokens = tokenize("with no more than 50 arrested");
    expect(phraseBefore(tokens, 4, table)).toEqual({ value: "at most", first: 1, last: 3 });
  });

  it("does not reach before the floor", () => {
    const tokens = tokenize("no more than 50");
    expect(phraseBefore(tokens, 3, table, 1)?.value).toBe("over");
    expect(phraseBefore(tokens, 3, table, 2)).toBeNull();
  });

  it("returns null when nothing matches", () => {
    expect(phraseBefore(tokenize("recruit 25,000"), 1, table)).toBeNull();
  });
});
