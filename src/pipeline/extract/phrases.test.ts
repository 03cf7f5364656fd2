import { describe, expect, it } from "vitest";
import { capitalizedPhrases } from "./phrases.ts";
import { tokenize } from "./tokens.ts";

const phrases = (s: string) =>
  capitalizedPhrases(s, tokenize(s)).map((p) => s.slice(p.start, p.end));

describe("capitalizedPhrases", () => {
  it("keeps connectors inside organization names", () => {
    expect(
      phrases("a scholar at the Center for Strategic and International Studies, he said"),
    ).toEqual(["Center for Strategic and International Studies"]);
  });

  it("does not join two names with a bare 'and'", () => {
    expect(phrases("Russia and China signed")).toEqual(["Russia", "China"]);
  });

  it("stops at punctuation and lowercase words, but not at a possessive", () => {
    expect(phrases("the Example administration’s National Security Council, and Paris")).toEqual([
      "Example",
      "National Security Council",
      "Paris",
    ]);
    expect(phrases("the Democratic People’s Republic of Korea")).toEqual([
      "Democratic People’s Republic of Korea",
    ]);
  });

  it("keeps name particles", () => {
    expect(phrases("said Ursula von der Leyen today")).toEqual(["Ursula von der Leyen"]);
  });
});
