import { describe, expect, it } from "vitest";
import { generateCorpus } from "./corpus.ts";

describe("generateCorpus", () => {
  it("gives exactly the number of articles asked, the same bytes every time", () => {
    const a = generateCorpus(250, 7);
    expect(a).toHaveLength(250);
    expect(generateCorpus(250, 7)).toEqual(a);
    expect(generateCorpus(250, 8)).not.toEqual(a);
    expect(new Set(a.map((f) => f.path)).size).toBe(250);
  });

  it("writes Markdown articles with a title, an outlet and a date, of news length", () => {
    for (const f of generateCorpus(40)) {
      expect(f.contents).toMatch(
        /^---\ntitle: .+\noutlet: .+\npublished: \d{4}-\d{2}-\d{2}\n---\n/,
      );
      expect(f.contents.length).toBeGreaterThan(500);
    }
  });

  it("tells most events more than once, by different outlets", () => {
    const files = generateCorpus(200);
    const byTitle = Map.groupBy(files, (f) => /title: (.+)/.exec(f.contents)?.[1] ?? "");
    const told = [...byTitle.values()].filter((g) => g.length > 1);
    expect(told.length).toBeGreaterThan(20);
    const outlets = (g: typeof files) =>
      new Set(g.map((f) => /outlet: (.+)/.exec(f.contents)?.[1]));
    // Reports of one event come from different outlets (two events may share a title).
    expect(told.every((g) => outlets(g).size > 1)).toBe(true);
  });
});
