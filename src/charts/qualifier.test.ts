import { describe, expect, it } from "vitest";
import { qualifierMeaning } from "./qualifier.ts";

describe("qualifierMeaning", () => {
  it('writes "about" and its synonyms as ≈', () => {
    for (const q of ["about", "around", "approximately", "roughly", "An  estimated"]) {
      expect(qualifierMeaning(q)).toMatchObject({ prefix: "≈", approximate: true, bound: null });
    }
  });

  it('puts the true number above the mark for "over", "at least", "more than"', () => {
    for (const q of ["over", "at least", "more than"]) {
      expect(qualifierMeaning(q)).toMatchObject({ prefix: q, words: q, bound: "above" });
    }
  });

  it('puts it below for "under", "up to", "nearly" (which is also approximate)', () => {
    expect(qualifierMeaning("up to")).toMatchObject({ bound: "below", approximate: false });
    expect(qualifierMeaning("nearly")).toMatchObject({ bound: "below", approximate: true });
  });

  it("draws nothing for no qualifier and keeps an unknown one as words", () => {
    expect(qualifierMeaning(null)).toEqual({
      prefix: "",
      words: "",
      approximate: false,
      bound: null,
    });
    expect(qualifierMeaning("a whopping")).toMatchObject({ prefix: "a whopping", bound: null });
  });
});
