import { describe, expect, it } from "vitest";
import { isGivenName, isKnownOrganization, isNonNameWord, TITLES } from "./lexicon.ts";

describe("lexicon", () => {
  it("knows common given names from many languages", () => {
    for (const n of ["Maria", "John", "Vladimir", "Fatima"]) expect(isGivenName(n)).toBe(true);
    expect(isGivenName("Table")).toBe(false);
  });
  it("knows sentence openers are not names", () => {
    for (const w of ["During", "However", "The", "Despite"]) expect(isNonNameWord(w)).toBe(true);
    expect(isNonNameWord("Maria")).toBe(false);
  });
  it("keeps words that open or announce a name: honorifics and outlets' names", () => {
    for (const w of ["Mr", "Dr", "Press", "Times", "Evening"])
      expect(isNonNameWord(w), w).toBe(false);
  });
  it("knows well-known organizations and titles", () => {
    expect(isKnownOrganization("NATO")).toBe(true);
    expect(TITLES.has("president")).toBe(true);
    expect(TITLES.has("spokesperson")).toBe(true);
  });
});
