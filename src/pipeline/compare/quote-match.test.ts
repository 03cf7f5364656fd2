import { describe, expect, it } from "vitest";
import { isExcerpt, keys, longestRun, quoteSimilarity, sameWording } from "./quote-match.ts";

describe("quoteSimilarity", () => {
  it("finds versions that share a run of three words", () => {
    expect(
      quoteSimilarity("we must wait and see what they do", "we will wait and see"),
    ).not.toBeNull();
  });

  it("does not take a stock phrase of small words for one utterance", () => {
    expect(
      quoteSimilarity("What exactly are they doing? Left to be seen", "it remains to be seen"),
    ).toBeNull();
    expect(
      quoteSimilarity(
        "She was one of the early stars of the magazine and changed it",
        "a milestone in the history of the magazine",
      ),
    ).toBeNull();
  });

  it("finds a version inside another", () => {
    expect(quoteSimilarity("very, very serious", "very serious")).not.toBeNull();
    expect(
      quoteSimilarity(
        "We have a deal that protects workers on both sides",
        "a deal that protects workers.",
      ),
    ).not.toBeNull();
  });

  it("finds reworded versions sharing half their words", () => {
    expect(
      quoteSimilarity("the war is affecting society", "society is affecting the war effort"),
    ).not.toBeNull();
  });

  it("rejects quotes that only share a word or two", () => {
    expect(quoteSimilarity("We slept in the car", "Nobody wanted to go back inside.")).toBeNull();
    expect(
      quoteSimilarity("It was hard, but it was worth it", "It was a good day for Europe"),
    ).toBeNull();
    // One shared word is not a version, even if it is the whole of one quote.
    expect(quoteSimilarity("yes", "yes we can win this")).toBeNull();
  });

  it("rejects two statements that share only a stock phrase", () => {
    expect(
      quoteSimilarity(
        "Our plan puts the working families first and cuts the waiting lists at every hospital",
        "Nobody in this chamber should forget the working families when the budget comes to a vote",
      ),
    ).toBeNull();
  });

  it("scores identical wording highest", () => {
    expect(quoteSimilarity("Fair and open.", "fair and open")).toBe(1);
  });
});

describe("isExcerpt", () => {
  it("finds a passage of a longer quote, not a repeated word of emphasis", () => {
    expect(
      isExcerpt("we will rebuild every street", "We will rebuild every street, and soon."),
    ).toBe(true);
    expect(isExcerpt("very serious", "very, very serious")).toBe(false);
    expect(isExcerpt("social drinker", "a social drinker.")).toBe(true);
    expect(isExcerpt("we will rebuild the street", "We will rebuild every street.")).toBe(false);
  });
});

describe("keys / longestRun", () => {
  it("compares lowercase words without punctuation", () => {
    expect(keys("“Very, very serious”")).toEqual(["very", "very", "serious"]);
    expect(longestRun(["a", "b", "c", "d"], ["x", "b", "c", "d"])).toBe(3);
    expect(longestRun([], ["a"])).toBe(0);
  });

  it("finds the longest shared run in linear time, however long the quotes", () => {
    expect(longestRun(["a", "a", "b", "a", "a", "b", "c"], ["a", "b", "a", "a", "b", "x"])).toBe(5);
    expect(longestRun(["x", "y"], ["y", "x"])).toBe(1);
    const long = Array.from({ length: 30_000 }, (_, i) => `w${i % 101}`);
    const t0 = performance.now();
    expect(longestRun(long, [...long.slice(0, 9_000), "z", ...long.slice(9_001)])).toBe(20_999);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});

describe("sameWording", () => {
  it("takes spelling, punctuation and a dropped small word for the same words", () => {
    expect(
      sameWording(
        "What makes this so dangerous is it exploits a gaping hole in the browser, the most used",
        "What makes this so dangerous it exploits a gaping hole in the browser the most used",
      ),
    ).toBe(true);
    expect(
      sameWording(
        "The data center is the heart of the business",
        "The datacenter is the heart of the business",
      ),
    ).toBe(true);
  });

  it("takes a name spelled out and its abbreviation for the same words", () => {
    expect(
      sameWording(
        "We urge every Harbor Transit Authority rider to check the timetable",
        "We urge every HTA rider to check the timetable",
      ),
    ).toBe(true);
    // Not when the capitals stand for other words than the other version has.
    expect(
      sameWording(
        "We urge every Harbor Transit Authority rider to check the timetable",
        "We urge every TSA rider to check the timetable",
      ),
    ).toBe(false);
  });

  it("keeps a word of meaning or a negation as a difference", () => {
    expect(sameWording("very, very serious", "very serious")).toBe(false);
    expect(
      sameWording(
        "We will reopen the harbor before the winter",
        "We won't reopen the harbor before the winter",
      ),
    ).toBe(false);
  });
});
