import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { embeddableCharts, fallbackEmbed, writeEmbeds } from "./embeds.ts";

// The content the pipeline writes for the sample seeds, kept as golden files.
const CONTENT = fileURLToPath(new URL("../../tests/golden/seeds/content", import.meta.url));
const STYLES = fileURLToPath(new URL("../styles", import.meta.url));
/** What every chart's embed folder holds. */
const FILES = ["chart.png", "chart.svg", "data.csv", "data.json", "index.html", "oembed.json"];

describe("embeddableCharts", () => {
  it("finds every story's charts and the places map in content/charts/, not the locator maps", async () => {
    const ids = (await embeddableCharts(CONTENT)).map((c) => c.id);
    expect(ids).toContain("places");
    expect(ids.some((id) => id.endsWith("-timeline"))).toBe(true);
    expect(ids.some((id) => id.endsWith("-figures"))).toBe(true);
    expect(ids.some((id) => id.endsWith("-locator"))).toBe(false);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives no charts, rather than failing, for an empty content folder", async () => {
    const empty = await mkdtemp(join(tmpdir(), "triangulate-empty-"));
    await expect(embeddableCharts(empty)).resolves.toEqual([]);
    await rm(empty, { recursive: true });
  });
});

describe("writeEmbeds", () => {
  it("writes one folder per chart with its page and downloads", async () => {
    const out = await mkdtemp(join(tmpdir(), "triangulate-embeds-"));
    const { charts: n, diagnostics } = await writeEmbeds({
      contentDir: CONTENT,
      outDir: out,
      stylesDir: STYLES,
      origin: "http://127.0.0.1:4321",
    });
    const dirs = await readdir(join(out, "embed"));
    expect(dirs).toHaveLength(n);
    expect(diagnostics).toEqual([]);
    const places = await readdir(join(out, "embed", "places"));
    expect(places.sort()).toEqual(FILES);
    expect(await readFile(join(out, "embed", "places", "index.html"), "utf8")).toContain(
      "Content-Security-Policy",
    );
    await rm(out, { recursive: true });
  });
});

describe("fallbackEmbed", () => {
  it("gives every file a page links to, with no script, when a chart's embed fails", async () => {
    const [chart] = await embeddableCharts(CONTENT);
    if (!chart) throw new Error("no chart in the golden content");
    const files = await fallbackEmbed(chart, "http://127.0.0.1:4321");
    expect(files.map((f) => f.path.split("/").pop()).sort()).toEqual(FILES);
    const page = String(files.find((f) => f.path.endsWith("index.html"))?.contents);
    expect(page).not.toContain("<script");
    expect(page).toContain("default-src 'none'");
  });
});
