import { describe, expect, it } from "vitest";
import type { DateValue } from "../../core/model.ts";
import { conceptOf } from "../../core/text/concepts.ts";
import { weightOf } from "./lexicon.ts";
import { type Matchable, MERGE_THRESHOLD, matchScore } from "./match.ts";

const day = (iso: string): DateValue => ({
  start: iso,
  end: iso,
  precision: "day",
  inferred: false,
});

function report(
  date: string,
  words: string,
  actors: string[] = [],
  places: string[] = [],
  negated = false,
): Matchable {
  const concepts = words.split(" ").map(conceptOf);
  return {
    date: day(date),
    features: {
      actors: new Set(actors),
      places: new Set(places),
      words: new Map(concepts.map((c) => [c, weightOf(c)])),
      negated,
    },
  };
}

describe("matchScore", () => {
  it("never makes a statement and its denial one event", () => {
    const a = report("2024-03-14", "confirmed troops sent", ["person-jane-example"]);
    const b = report("2024-03-14", "confirmed troops sent", ["person-jane-example"], [], true);
    expect(matchScore(a, b)).toBe(0);
  });

  it("does not let the same person, place and day stand in for shared wording", () => {
    const a = report("2024-03-14", "met mayor", ["person-jane-example"], ["lyon"]);
    const b = report(
      "2024-03-14",
      "police arrested complained mayor visit protest",
      ["person-jane-example"],
      ["lyon"],
    );
    expect(matchScore(a, b)).toBe(0);
  });

  it("scores one act told in other words, by the same person, over the threshold", () => {
    const a = report("2024-03-14", "confirmed deployed troops", ["person-jane-example"], ["lyon"]);
    const b = report("2024-03-14", "affirmed dispatched soldiers interview", [
      "person-jane-example",
    ]);
    expect(matchScore(a, b)).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it("never matches two different people's acts, however alike the words", () => {
    const a = report("2024-03-14", "opened bridge", ["person-jane-example"]);
    const b = report("2024-03-14", "opened bridge", ["person-john-sample"]);
    expect(matchScore(a, b)).toBe(0);
  });

  it("never matches dates too far apart, or sentences sharing only a verb of saying", () => {
    const a = report("2024-03-01", "opened bridge", ["person-jane-example"]);
    const b = report("2024-03-14", "opened bridge", ["person-jane-example"]);
    expect(matchScore(a, b)).toBe(0);
    const c = report("2024-03-14", "said budget", ["person-jane-example"]);
    const d = report("2024-03-14", "said weather", ["person-jane-example"]);
    expect(matchScore(c, d)).toBe(0);
  });

  it("asks for most words in common when no actor is shared", () => {
    const a = report("2024-03-14", "bridge collapsed");
    const b = report("2024-03-14", "bridge collapsed killing");
    expect(matchScore(a, b)).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    const c = report("2024-03-14", "bridge reopened traffic delays commuters");
    expect(matchScore(a, c)).toBeLessThan(MERGE_THRESHOLD);
  });

  it("is symmetric", () => {
    const a = report("2024-03-14", "confirmed deployed troops", ["x"], ["lyon"]);
    const b = report("2024-03-16", "troops arrived", [], ["lyon"]);
    expect(matchScore(a, b)).toBeCloseTo(matchScore(b, a), 12);
  });
});
