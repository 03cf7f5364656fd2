import { describe, expect, it } from "vitest";
import {
  isGivenName,
  isKnownOrganization,
  isNameSuffix,
  isNonNameWord,
  lexiconGender,
  TITLES,
} from "./lexicon.ts";

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
  it("tells a given name's gender, and nothing for other words", () => {
    expect(lexiconGender("Walter")).toBe("male");
    expect(lexiconGender("Margaret")).toBe("female");
    expect(lexiconGender("Zorvath")).toBeNull();
    expect(lexiconGender("table")).toBeNull();
  });
  it("reads a roman numeral in capitals as a generation, and V. with its period as an initial", () => {
    for (const w of ["Jr.", "jr", "Sr", "III", "IV", "V", "Jr.,"])
      expect(isNameSuffix(w), w).toBe(true);
    for (const w of ["V.", "v", "iv", "Example", "I"]) expect(isNameSuffix(w), w).toBe(false);
  });
});
