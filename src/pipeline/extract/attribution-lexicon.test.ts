import { describe, expect, it } from "vitest";
import { isAttributionVerb, PERSON_PRONOUNS, PREPOSITIONS } from "./attribution-lexicon.ts";

describe("isAttributionVerb", () => {
  it("knows the inflected forms of verbs of saying", () => {
    for (const w of [
      "said",
      "says",
      "told",
      "added",
      "noted",
      "noting",
      "stated",
      "commented",
      "remarked",
      "replied",
      "replies",
      "asked",
      "warned",
      "explained",
      "described",
      "characterized",
      "wrote",
      "affirmed",
      "confirmed",
      "insisted",
      "argued",
      "claimed",
      "declared",
      "announced",
      "acknowledged",
      "agreed",
      "testified",
      "stresses",
      "admitted",
      "quipped",
    ]) {
      expect(isAttributionVerb(w), w).toBe(true);
    }
  });

  it("leaves out ordinary words and bare forms that are mostly nouns", () => {
    for (const w of ["sad", "troops", "call", "report", "claim", "comment", "the", "agreeing2"]) {
      expect(isAttributionVerb(w), w).toBe(false);
    }
  });

  it("keeps safe bare forms for `they say` and `experts warn`", () => {
    expect(isAttributionVerb("say")).toBe(true);
    expect(isAttributionVerb("warn")).toBe(true);
  });
});

describe("word lists", () => {
  it("maps only he and she to people, and knows common prepositions", () => {
    expect([...PERSON_PRONOUNS].sort()).toEqual(["he", "she"]);
    expect(PREPOSITIONS.has("from")).toBe(true);
    expect(PREPOSITIONS.has("said")).toBe(false);
  });
});
