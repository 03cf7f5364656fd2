import { describe, expect, it } from "vitest";
import type { Article, Claim } from "../src/core/model.ts";
import { claimSample } from "./claim-sample.ts";

const article = (id: string, text: string): Article =>
  ({ id, text, sentences: [{ start: 0, end: text.length }] }) as unknown as Article;
const claim = (id: string, status: Claim["status"], sources: string[]): Claim =>
  ({
    id,
    kind: "figure",
    topic: "people evacuated",
    status,
    values: sources.map((source) => ({ source, value: "12", sentence: 0 })),
  }) as unknown as Claim;

describe("claimSample", () => {
  const articles = [
    article("a", "Officials evacuated 12 people from the valley."),
    article("b", "About 12 people left the valley, officials said."),
  ];
  const claims = [
    claim("s-1", "differ", ["a", "b"]),
    claim("s-2", "agree", ["a", "b"]),
    claim("s-3", "agree", ["b", "a"]),
  ];

  it("lists each value with the sentence it comes from, per status", () => {
    const sheet = claimSample(claims, articles, 5);
    expect(sheet).toContain("## differ (1 of 1)");
    expect(sheet).toContain("## agree (2 of 2)");
    expect(sheet).toContain("> Officials evacuated 12 people from the valley.");
  });

  it("takes at most the number asked, the same ones for the same seed", () => {
    const one = claimSample(claims, articles, 1, 7);
    expect(one).toContain("## agree (1 of 2)");
    expect(claimSample(claims, articles, 1, 7)).toBe(one);
  });

  it("gives the story's other sources in full under a single-source claim, to judge it by", () => {
    const third = article("c", "The river rose overnight.");
    const single = { ...claim("s-4", "single-source", ["c"]), story: "s" };
    const sheet = claimSample([single], [...articles, third], 5, 1, [
      { slug: "s", title: "Valley", sources: ["a", "b", "c"] },
    ]);
    expect(sheet).toContain(
      "- other source a:\n  > Officials evacuated 12 people from the valley.",
    );
    expect(sheet).toContain("- other source b:");
    expect(sheet).not.toContain("- other source c:");
  });
});
