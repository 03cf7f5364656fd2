import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.ts";

const words = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps initials, dotted acronyms and title abbreviations with their period", () => {
    expect(words("Gen. Jane Q. Example of the U.S. Army.")).toEqual([
      "Gen.",
      "Jane",
      "Q.",
      "Example",
      "of",
      "the",
      "U.S.",
      "Army",
    ]);
  });

  it("keeps a month's period out of a name's tokens", () => {
    expect(words("Fr. Example spoke on Oct. 5.")).toEqual([
      "Fr.",
      "Example",
      "spoke",
      "on",
      "Oct",
      "5",
    ]);
  });

  it("keeps hyphenated and apostrophe names whole", () => {
    expect(words("Kim Jong-un met O’Neil")).toEqual(["Kim", "Jong-un", "met", "O’Neil"]);
  });

  it("splits a demonym hyphenated to a name", () => {
    expect(words("Russian-North Korean relations")).toEqual([
      "Russian",
      "North",
      "Korean",
      "relations",
    ]);
    expect(words("Jean-Luc spoke")).toEqual(["Jean-Luc", "spoke"]);
  });

  it("marks possessives and gives the bare form", () => {
    const [kim, allies] = tokenize("Kim’s plan and the Allies’ view").filter((t) => t.cap);
    expect(kim).toMatchObject({ text: "Kim’s", bare: "Kim", possessive: true });
    expect(allies).toMatchObject({ text: "Allies", possessive: true });
  });

  it("gives offsets into the original text", () => {
    const text = "  Hello, World.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
