import { describe, expect, it } from "vitest";
import { distinctTerms, isDistinctiveAlias, isParticle, isUsableTerm, MAX_TERMS } from "./terms.ts";

describe("isParticle", () => {
  it("knows particles and suffixes in any case", () => {
    for (const w of ["van", "Der", "bin", "al", "Jr.", "III", "de"])
      expect(isParticle(w)).toBe(true);
    for (const w of ["Leyen", "Example", "Jane"]) expect(isParticle(w)).toBe(false);
  });
});

describe("isUsableTerm", () => {
  it("rejects empty, one-letter, particle-only and initial-only terms", () => {
    for (const t of ["", " ", "Q", "Q.", "van der", "al-", "Jr.", "J. R."]) {
      expect(isUsableTerm(t), t).toBe(false);
    }
  });
  it("accepts names and short codes", () => {
    for (const t of ["von der Leyen", "Leyen", "DEU", "US", "al-Example"]) {
      expect(isUsableTerm(t), t).toBe(true);
    }
  });
});

describe("isDistinctiveAlias", () => {
  it("refuses generated aliases that are everyday words or two-letter codes", () => {
    for (const t of ["IT", "US", "it", "ARM", "Island", "WHO", "can"]) {
      expect(isDistinctiveAlias(t), t).toBe(false);
    }
  });
  it("keeps codes, acronyms and spellings no one types for anything else", () => {
    for (const t of ["DEU", "DPRK", "NIS", "Deutschland", "Republic of Korea"]) {
      expect(isDistinctiveAlias(t), t).toBe(true);
    }
  });
});

describe("distinctTerms", () => {
  it("keeps the first spelling of each case-insensitive duplicate, in order", () => {
    expect(distinctTerms(["Jane Example", "jane example", "Example", "EXAMPLE", "Jane"])).toEqual([
      "Jane Example",
      "Example",
      "Jane",
    ]);
  });
  it("normalises before comparing and drops unusable terms", () => {
    expect(distinctTerms(["Jose\u0301  Example", "José Example", "", "Q.", "van"])).toEqual([
      "José Example",
    ]);
  });
  it("caps the list, keeping the first ones", () => {
    const many = Array.from({ length: 40 }, (_, i) => `Name${String.fromCharCode(65 + i)}x`);
    const out = distinctTerms(many);
    expect(out).toHaveLength(MAX_TERMS);
    expect(out[0]).toBe("NameAx");
    expect(distinctTerms(many, 3)).toEqual(["NameAx", "NameBx", "NameCx"]);
  });
});
