import { describe, expect, it } from "vitest";
import {
  FUNCTION_WORDS,
  isFunctionWord,
  NAME_RUN_OPENERS,
  REPORTING_WORDS,
  SAYING_VERBS,
  TIME_WORDS,
  wordSet,
} from "./stopwords.ts";

describe("isFunctionWord", () => {
  it("knows words that carry no fact, and not the words that do", () => {
    for (const w of ["the", "of", "however", "approximately"]) expect(isFunctionWord(w)).toBe(true);
    for (const w of ["troops", "sent", "lyon", ""]) expect(isFunctionWord(w)).toBe(false);
  });
  it("keeps 'us', the key of U.S., as a content word", () => {
    expect(isFunctionWord("us")).toBe(false);
  });
});

describe("word classes", () => {
  it("put months, their abbreviations, weekdays and relative words in the words of time", () => {
    for (const w of ["march", "sept", "thursday", "yesterday", "ago", "weeks"]) {
      expect(TIME_WORDS.has(w), w).toBe(true);
    }
    expect(TIME_WORDS.has("troops")).toBe(false);
  });
  it("leave noun forms out of the verbs of saying, and keep them as reporting words", () => {
    expect(SAYING_VERBS.has("affirmed")).toBe(true);
    expect(SAYING_VERBS.has("statement")).toBe(false);
    expect(REPORTING_WORDS.has("statement")).toBe(true);
  });
  it("keep the names of outlets out of the name detector's sentence openers", () => {
    expect(NAME_RUN_OPENERS.has("officials")).toBe(true);
    for (const w of ["press", "news", "times", "evening"])
      expect(NAME_RUN_OPENERS.has(w)).toBe(false);
  });
});

describe("wordSet", () => {
  it("composes classes into one set", () => {
    const stop = wordSet(FUNCTION_WORDS, TIME_WORDS);
    expect(stop.has("the") && stop.has("monday")).toBe(true);
    expect(stop.has("said")).toBe(false);
  });
});
