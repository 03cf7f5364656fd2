import { describe, expect, it } from "vitest";
import { countryTerms } from "./country-terms.ts";

describe("countryTerms", () => {
  it("gives common name, official name and codes, most typed first", () => {
    const t = countryTerms("DE");
    expect(t.slice(0, 3)).toEqual(["Germany", "Federal Republic of Germany", "DEU"]);
    expect(t).toContain("Deutschland");
  });
  it("leaves out two-letter codes and spellings that are everyday words", () => {
    expect(countryTerms("DE")).not.toContain("DE");
    expect(countryTerms("IT")).not.toContain("IT");
    expect(countryTerms("IS")).not.toContain("Island");
  });
  it("includes well-known abbreviations from the package", () => {
    expect(countryTerms("US")).toEqual(
      expect.arrayContaining(["United States", "United States of America", "USA"]),
    );
    expect(countryTerms("KP")).toContain("DPRK");
  });
  it("accepts a lowercase code", () => {
    expect(countryTerms("fr")[0]).toBe("France");
  });
  it("leaves out inverted forms and other scripts", () => {
    const t = countryTerms("KR");
    expect(t.some((n) => n.includes(","))).toBe(false);
    expect(t.every((n) => /^[\p{Script=Latin}\p{M}\s'’().-]+$/u.test(n))).toBe(true);
  });
  it("gives nothing for an unknown code", () => {
    expect(countryTerms("ZZ")).toEqual([]);
  });
});
