import { describe, expect, it } from "vitest";
import { cap, cappedNote, clampLines, moreWords } from "./cap.ts";

describe("cap", () => {
  it("keeps the first rows and counts the rest", () => {
    expect(cap([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 });
    expect(cap([1], 3)).toEqual({ shown: [1], more: 0 });
  });

  it("says how many were left out, for the chart and its text alternative", () => {
    expect(moreWords(1, "claim")).toBe("and one more claim, listed in the table");
    expect(moreWords(540, "claim")).toBe("and 540 more claims, listed in the table");
    expect(moreWords(0, "claim")).toBe("");
    expect(
      cappedNote([
        { shown: 60, total: 600, many: "claims" },
        { shown: 3, total: 3, many: "sources" },
      ]),
    ).toBe("The chart shows the first 60 of 600 claims; the table lists them all.");
    expect(cappedNote([{ shown: 3, total: 3, many: "sources" }])).toBe("");
  });

  it("clamps wrapped lines, marking the cut", () => {
    expect(clampLines(["one", "two,", "three"], 2)).toEqual(["one", "two…"]);
    expect(clampLines(["one"], 2)).toEqual(["one"]);
  });
});
