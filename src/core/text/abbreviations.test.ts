import { describe, expect, it } from "vitest";
import { ABBREVIATIONS, SUFFIX_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "./abbreviations.ts";

describe("ABBREVIATIONS", () => {
  it("holds titles, months, company forms and references, without their period", () => {
    for (const w of ["gen", "mr", "oct", "sept", "inc", "no", "e.g", "jr"]) {
      expect(ABBREVIATIONS.has(w), w).toBe(true);
    }
    for (const w of ["gen.", "may", "the", "us"]) expect(ABBREVIATIONS.has(w), w).toBe(false);
  });

  it("keeps the suffixes, which may end a sentence, apart from the titles", () => {
    expect(SUFFIX_ABBREVIATIONS.has("jr")).toBe(true);
    expect(TITLE_ABBREVIATIONS.has("jr")).toBe(false);
    expect(TITLE_ABBREVIATIONS.has("dr")).toBe(true);
  });
});
