import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_INDEX, ChartIndexSchema } from "../core/model.ts";
import { memoryEffects } from "../pipeline/effects.ts";
import { writeCharts } from "./charts.ts";
import { readCollection } from "./read-content.ts";

// What the pipeline writes for the sample seeds, kept as golden files (charts left out).
const GOLDEN = new URL("../../tests/golden/seeds/content/", import.meta.url).pathname;

function pipelineOutput(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ["claims", "timelines", "entities", "sources"]) {
    for (const name of readdirSync(join(GOLDEN, folder))) {
      files[`content/${folder}/${name}`] = readFileSync(join(GOLDEN, folder, name), "utf8");
    }
  }
  return files;
}

describe("writeCharts", () => {
  it("writes every chart once, as data the pages and embeds read back", async () => {
    const { effects, lines } = memoryEffects(pipelineOutput());
    const { charts: n, diagnostics } = await writeCharts(
      "content",
      "https://news.example.org",
      effects,
    );
    expect(diagnostics).toEqual([]);
    const charts = await readCollection(effects, "content", "charts");
    expect(charts).toHaveLength(n);
    expect(new Set(charts.map((c) => c.id)).size).toBe(n);
    expect(charts.map((c) => c.kind)).toEqual(
      expect.arrayContaining(["timeline", "figures", "coverage", "places", "locator"]),
    );
    expect(lines.at(-1)).toMatch(new RegExp(`^charts +${n} charts to content/charts `));
  });

  it("links each story timeline's embed to its story page at the site's address", async () => {
    const { effects } = memoryEffects(pipelineOutput());
    await writeCharts("content", "https://news.example.org", effects);
    const charts = await readCollection(effects, "content", "charts");
    const timeline = charts.find((c) => c.kind === "timeline" && c.story);
    expect(timeline?.embedded?.svg).toContain(
      `href="https://news.example.org/stories/${timeline?.story?.slug}/#timeline-`,
    );
  });

  it("indexes each chart file's digest, which changes when the file does", async () => {
    const index = async (origin: string) => {
      const { effects, text } = memoryEffects(pipelineOutput());
      await writeCharts("content", origin, effects);
      const read = ChartIndexSchema.parse(JSON.parse(text(`content/${CHART_INDEX}`)));
      return { read, file: (id: string) => text(`content/charts/${id}.json`) };
    };
    const a = await index("https://news.example.org");
    const b = await index("https://other.example.org");
    expect(Object.keys(a.read.digests).sort()).toEqual([...a.read.ids].sort());
    for (const id of a.read.ids) {
      // A chart's file changes with the site's address exactly when its digest does.
      expect(a.read.digests[id] === b.read.digests[id]).toBe(a.file(id) === b.file(id));
    }
    expect(a.read.ids.some((id) => a.file(id) !== b.file(id))).toBe(true);
  });

  it("writes no chart for a site with no content", async () => {
    const { effects } = memoryEffects({ "seeds/.keep": "" });
    await expect(writeCharts("content", "https://news.example.org", effects)).resolves.toEqual({
      charts: 0,
      diagnostics: [],
    });
  });
});
