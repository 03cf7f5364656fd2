import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/fixture.ts";
import { runTriangulate } from "./pipeline-output.ts";

describe("runTriangulate", () => {
  it("runs the real pipeline on in-memory seeds and reads back what it wrote", async () => {
    const { seeds } = await fixture();
    const lines: string[] = [];
    const p = await runTriangulate(seeds, {
      latestDate: "2014-12-31",
      onLog: (l) => lines.push(l),
    });
    expect(p.articles.map((a) => a.file).sort()).toEqual([
      "1_1ecb.md",
      "1_1ecbplus.md",
      "1_2ecb.md",
    ]);
    const plus = p.articles.find((a) => a.file === "1_1ecbplus.md");
    expect(plus?.url).toBe("http://www.example.org/news/prize-winner");
    expect(plus?.outlet).toBe("example.org");
    // The headline became the title; the text starts with the next sentence.
    expect(plus?.title).toBe("Dov Petrakis wins Tollbridge Prize");
    expect(plus?.text.startsWith("Dov Petrakis won the Tollbridge Prize")).toBe(true);
    for (const a of p.articles) {
      expect(p.stories.some((s) => s.id === a.story && s.sources.includes(a.id))).toBe(true);
      for (const n of a.names) expect(a.text.slice(n.start, n.end)).toBe(n.text);
      for (const d of a.dates) expect(a.text.slice(d.start, d.end)).toBe(d.text);
    }
    expect(plus?.names.map((n) => [n.type, n.text])).toContainEqual(["person", "Dov Petrakis"]);
    for (const g of p.groups) {
      expect(g.spans.length).toBeGreaterThan(0);
      for (const s of g.spans) expect(s.sentence.start).toBeLessThanOrEqual(s.start);
    }
    expect(lines.some((l) => l.startsWith("cluster"))).toBe(true);
    expect(p.log).toEqual(lines);
  });
});
