import { describe, expect, it } from "vitest";
import { conceptOf } from "../../core/text/concepts.ts";
import { contentWords, isStopword } from "./tokens.ts";

describe("contentWords", () => {
  it("keeps the words that say what happened, stemmed and lowercased", () => {
    expect(contentWords("Floods swept through Valencia on Tuesday, officials said.")).toEqual(
      ["flood", "swept", "valencia"].map(conceptOf),
    );
  });

  it("drops numbers, reporting words and calendar words", () => {
    expect(contentWords("About 2,500 troops, the ministry reported on October 23")).toEqual(
      ["troops", "ministry"].map(conceptOf),
    );
  });

  it("strips possessives and splits hyphenated words", () => {
    expect(contentWords("Kim Jong-un's army")).toEqual(["kim", "jong", "army"].map(conceptOf));
  });

  it("reads synonyms as one word, so two wordings of an event meet", () => {
    expect(contentWords("The vessel overturned")).toEqual(contentWords("The ferry capsized"));
  });

  it("does not merge words that are merely related", () => {
    expect(contentWords("ferry")).not.toEqual(contentWords("harbor"));
  });
});

describe("isStopword", () => {
  it("knows function words in any case, not names", () => {
    expect(isStopword("The")).toBe(true);
    expect(isStopword("Valencia")).toBe(false);
  });
});
