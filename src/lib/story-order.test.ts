import { describe, expect, it } from "vitest";
import { newestFirst, storyDate } from "./story-order.ts";

const sources = new Map([
  ["a1", { published: "2024-03-01", publishedInferred: null }],
  ["a2", { published: "2024-03-04", publishedInferred: null }],
  ["b1", { published: null, publishedInferred: { date: "2024-05-10" } }],
  ["c1", { published: null, publishedInferred: null }],
]);

describe("newestFirst", () => {
  it("puts the story whose newest source is latest first, undated stories last", () => {
    const stories = [
      { slug: "undated", sources: ["c1"] },
      { slug: "harbour", sources: ["a1", "a2"] },
      { slug: "bridge", sources: ["b1"] },
    ];
    expect(newestFirst(stories, sources).map((s) => s.slug)).toEqual([
      "bridge",
      "harbour",
      "undated",
    ]);
    expect(storyDate(stories[1] as (typeof stories)[number], sources)).toBe("2024-03-04");
  });
});
