import { describe, expect, it } from "vitest";
import { isFunctionWord, isGivenName, isKnownOrganization, TITLES } from "./lexicon.ts";

describe("lexicon", () => {
  it("knows common given names from many languages", () => {
    for (const n of ["Maria", "John", "Vladimir", "Fatima"]) expect(isGivenName(n)).toBe(true);
    expect(isGivenName("Table")).toBe(false);
  });
  it("knows sentence openers are not names", () => {
    for (const w of ["During", "However", "The", "Despite"]) expect(isFunctionWord(w)).toBe(true);
    expect(isFunctionWord("Maria")).toBe(false);
  });
  it("knows well-known organizations and titles", () => {
    expect(isKnownOrganization("NATO")).toBe(true);
    expect(TITLES.has("president")).toBe(true);
    expect(TITLES.has("spokesperson")).toBe(true);
  });
});
