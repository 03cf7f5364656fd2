import { describe, expect, it } from "vitest";
import { stem } from "./stem.ts";

describe("stem", () => {
  it("makes the forms of one word meet", () => {
    for (const group of [
      ["floods", "flooded", "flooding", "flood"],
      ["hoped", "hoping", "hopes", "hope"],
      ["injured", "injures", "injuring"],
      ["deployed", "deploys", "deployment"],
      ["election", "elected", "elects"],
      ["impeachment", "impeached"],
      ["presidential", "president"],
      ["declaration", "declared", "declare"],
      ["explosion", "explosive"],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(" ")).toBe(1);
    }
  });

  it("keeps apart words that only look alike", () => {
    expect(stem("hopping")).not.toBe(stem("hoping"));
    expect(stem("preside")).not.toBe(stem("president"));
    expect(stem("nation")).not.toBe(stem("nationalize"));
  });

  it("leaves short words and words without a vowel before the ending alone", () => {
    expect(stem("bus")).toBe("bus");
    expect(stem("sing")).toBe("sing");
    expect(stem("crisis")).toBe("crisis");
  });
});
