import { describe, expect, it } from "vitest";
import { editDistance, maxEdits } from "./edit-distance.ts";

describe("editDistance", () => {
  it("is 0 for the same word and the length of the other for an empty one", () => {
    expect(editDistance("brunhold", "brunhold")).toBe(0);
    expect(editDistance("", "ovaro")).toBe(5);
    expect(editDistance("ovaro", "")).toBe(5);
  });

  it("counts a missing, an extra and a wrong letter as one slip each", () => {
    expect(editDistance("quenby", "quenb")).toBe(1);
    expect(editDistance("quenby", "quennby")).toBe(1);
    expect(editDistance("quenby", "quinby")).toBe(1);
  });

  it("counts two neighbouring letters swapped as one slip, not two", () => {
    expect(editDistance("tavrinsky", "tavrisnky")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
  });

  it("adds up separate slips and is symmetric", () => {
    expect(editDistance("marlowe", "mralow")).toBe(2);
    expect(editDistance("mralow", "marlowe")).toBe(2);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("compares letters, not UTF-16 units", () => {
    expect(editDistance("a𝔅c", "abc")).toBe(1);
  });
});

describe("maxEdits", () => {
  it("allows no slip in short words and more in longer ones, at most three", () => {
    expect(maxEdits(3)).toBe(0);
    expect(maxEdits(4)).toBe(1);
    expect(maxEdits(7)).toBe(1);
    expect(maxEdits(8)).toBe(2);
    expect(maxEdits(12)).toBe(3);
    expect(maxEdits(40)).toBe(3);
  });
});
