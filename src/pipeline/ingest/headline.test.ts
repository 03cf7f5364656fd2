import { describe, expect, it } from "vitest";
import { readsLikeHeadline, titleFromLead } from "./headline.ts";

describe("readsLikeHeadline", () => {
  it("accepts short capitalized lines without a final full stop", () => {
    expect(readsLikeHeadline("Talks Collapse as Strike Enters Third Week")).toBe(true);
    expect(readsLikeHeadline("Is the Ceasefire Holding?")).toBe(true);
  });

  it("rejects sentences, fragments and leads", () => {
    expect(readsLikeHeadline("The minister resigned on Monday.")).toBe(false);
    expect(readsLikeHeadline("lowercase start of a line")).toBe(false);
    expect(readsLikeHeadline("Hi")).toBe(false);
    expect(readsLikeHeadline("The vote passed. Critics objected to the timing")).toBe(false);
  });

  it("accepts a headline that ends with an abbreviation", () => {
    expect(readsLikeHeadline("Troops Head North, Say Officials in the U.S.")).toBe(true);
  });
});

describe("titleFromLead", () => {
  it("drops a scene-setting opener and the final full stop", () => {
    expect(
      titleFromLead("In an exclusive interview, the mayor announced a new transit plan.", "x"),
    ).toBe("The mayor announced a new transit plan");
  });

  it("cuts long leads at a word boundary with an ellipsis", () => {
    const t = titleFromLead(`${"word ".repeat(40)}end.`, "x");
    expect(t.length).toBeLessThanOrEqual(91);
    expect(t.endsWith("…")).toBe(true);
    expect(t).not.toMatch(/\s…$/);
  });

  it("never cuts an emoji in half", () => {
    const t = titleFromLead("😀".repeat(200), "x");
    expect(t.toWellFormed()).toBe(t);
  });

  it("falls back to the given name when there is no text", () => {
    expect(titleFromLead("   ", "story.txt")).toBe("story.txt");
  });
});
