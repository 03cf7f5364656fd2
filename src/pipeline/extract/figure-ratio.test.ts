import { describe, expect, it } from "vitest";
import { isRatioPart } from "./figure-ratio.ts";
import { tokenize } from "./number-tokens.ts";

/** Is the number at word `at` (its last occurrence) the second half of a ratio? */
function ratio(text: string, at: string): boolean {
  const tokens = tokenize(text);
  return isRatioPart(tokens, tokens.map((t) => t.lower).lastIndexOf(at));
}

describe("isRatioPart", () => {
  it("recognizes 'one in five' and '3 out of 4'", () => {
    expect(ratio("nearly one in five adults", "five")).toBe(true);
    expect(ratio("1 in 10 people", "10")).toBe(true);
    expect(ratio("3 out of 4 voters", "4")).toBe(true);
  });

  it("leaves 'in' before a number that follows a noun alone", () => {
    expect(ratio("troops in 30 countries", "30")).toBe(false);
    expect(ratio("one of 40 leaders", "40")).toBe(false);
  });
});
