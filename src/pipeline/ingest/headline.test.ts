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

  it("ends a long lead at a clause boundary, never mid-clause", () => {
    const t = titleFromLead(
      "Floodwaters cut off three villages in the northern valley on Tuesday morning, forcing hundreds of families to leave their homes as the river kept rising.",
      "x",
    );
    expect(t).toBe("Floodwaters cut off three villages in the northern valley on Tuesday morning");
  });

  it("keeps a lead whole when it ends with who said it", () => {
    const lead =
      "The northern province has recorded more than two hundred new cases of the fever since the start of the month, the regional health ministry said on Friday.";
    expect(titleFromLead(lead, "x")).toBe(lead.replace(/\.$/, ""));
  });

  it("cuts only a sentence too long for any clause boundary, at a word, with an ellipsis", () => {
    const t = titleFromLead(`${"word ".repeat(50)}end.`, "x");
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

describe("readsLikeHeadline: datelines and time stamps", () => {
  it("rejects a line of dates, times and “Updated”", () => {
    for (const line of [
      "APR 28",
      "Updated 8:41 p.m.",
      "Posted: Monday, March 3, 2025 10:45 AM EST",
    ])
      expect(readsLikeHeadline(line)).toBe(false);
    expect(readsLikeHeadline("Floods Close Schools Across the Valley")).toBe(true);
  });
});
