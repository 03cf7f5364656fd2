import { describe, expect, it } from "vitest";
import { shortForms } from "./short-forms.ts";

describe("shortForms", () => {
  it("gives the family name alone for a hyphenated family-name-first name", () => {
    expect(shortForms("Park Min-jun")).toEqual(["Park"]);
  });

  it("keeps a surname's particles, and drops suffixes and initials", () => {
    expect(shortForms("Margit van der Example")).toEqual(["van der Example", "Example"]);
    expect(shortForms("Jane Q. Example Jr.")).toEqual(["Example"]);
    expect(shortForms("Jane Example V")).toEqual(["Example"]);
    expect(shortForms("Jane V. Example")).toEqual(["Example"]);
  });

  it("gives nothing for a single name", () => {
    expect(shortForms("Example")).toEqual([]);
  });
});
