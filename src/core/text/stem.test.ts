import { describe, expect, it } from "vitest";
import { stem } from "./stem.ts";

describe("stem", () => {
  it("makes the forms of one word meet", () => {
    for (const group of [
      ["floods", "flooded", "flooding", "flood"],
      ["hoped", "hoping", "hopes", "hope"],
      ["injured", "injures", "injuring"],
      ["deployed", "deploys"],
      ["election", "elected", "elects"],
      ["presidential", "president"],
      ["declaration", "declared", "declare"],
      ["explosion", "explosive"],
      ["deployed", "deploys", "deploying", "deploy"],
      ["estimated", "estimate", "estimating"],
      ["casualties", "casualty"],
      ["confirmation", "confirmed"],
      ["planned", "plans"],
      ["killed", "killing"],
      ["minister's", "ministers’", "minister"],
    ]) {
      expect(new Set(group.map((w) => stem(w))).size, group.join(" ")).toBe(1);
    }
  });

  it("keeps apart words that only look alike", () => {
    expect(stem("hopping")).not.toBe(stem("hoping"));
    expect(stem("preside")).not.toBe(stem("president"));
    expect(stem("nation")).not.toBe(stem("nationalize"));
    expect(stem("opened")).not.toBe(stem("closed"));
    expect(stem("troop")).not.toBe(stem("trip"));
    expect(stem("train")).not.toBe(stem("rain"));
  });

  it("leaves short words and words without a vowel before the ending alone", () => {
    expect(stem("bus")).toBe("bus");
    expect(stem("sing")).toBe("sing");
    expect(stem("crisis")).toBe("crisis");
  });
  it("only folds possessives and plurals when asked to", () => {
    expect(stem("troops", { pluralsOnly: true })).toBe(stem("troop", { pluralsOnly: true }));
    expect(stem("injured", { pluralsOnly: true })).not.toBe(
      stem("injuring", { pluralsOnly: true }),
    );
  });
  it("keeps words that only end like a plural whole", () => {
    expect(stem("press")).toBe("press");
    expect(stem("status")).toBe("status");
    expect(stem("analysis")).toBe("analysis");
  });
});
