import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openBuildCache } from "../cache/build-cache.ts";
import { openFileMirror } from "../cache/file-mirror.ts";
import { defaultConcurrency, embeddableCharts, fallbackEmbed, writeEmbeds } from "./embeds.ts";

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

/** Every file under `dir`, path -> bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      files.set(
        join(e.parentPath, e.name).slice(dir.length),
        await readFile(join(e.parentPath, e.name)),
      );
  }
  return files;
}

describe("writeEmbeds with several charts at once", () => {
  it("writes the same bytes with one worker as with two", async () => {
    const run = async (concurrency: number) => {
      const out = await mkdtemp(join(tmpdir(), `triangulate-embeds-${concurrency}-`));
      const r = await writeEmbeds({
        contentDir: CONTENT,
        outDir: out,
        stylesDir: STYLES,
        origin: "http://127.0.0.1:4321",
        concurrency,
      });
      const files = await tree(out);
      await rm(out, { recursive: true });
      return { files, diagnostics: r.diagnostics };
    };
    const one = await run(1);
    const two = await run(2);
    expect([...two.files.keys()]).toEqual([...one.files.keys()]);
    const differ = [...one.files].filter(
      ([path, bytes]) => !bytes.equals(two.files.get(path) ?? Buffer.alloc(0)),
    );
    expect(differ.map(([path]) => path)).toEqual([]);
    expect([...one.files.keys()].filter((p) => p.endsWith(".png")).length).toBeGreaterThan(3);
    expect(two.diagnostics).toEqual(one.diagnostics);
  });
});

describe("writeEmbeds with the build cache", () => {
  it("a warm build renders no PNG and writes the same bytes as a cold one", async () => {
    const cacheFile = join(await mkdtemp(join(tmpdir(), "triangulate-embed-cache-")), "c.sqlite");
    const run = async () => {
      const out = await mkdtemp(join(tmpdir(), "triangulate-embeds-cached-"));
      const cache = openBuildCache(cacheFile, { png: "test" }, (m) => {
        throw new Error(m);
      });
      const r = await writeEmbeds({
        contentDir: CONTENT,
        outDir: out,
        stylesDir: STYLES,
        origin: "http://127.0.0.1:4321",
        cache,
      });
      cache.close();
      const files = await tree(out);
      await rm(out, { recursive: true });
      return { files, pngs: r.pngs };
    };
    const cold = await run();
    const warm = await run();
    expect(cold.pngs.fromCache).toBe(0);
    expect(cold.pngs.total).toBeGreaterThan(3);
    expect(warm.pngs).toEqual({ total: cold.pngs.total, fromCache: cold.pngs.total });
    expect([...warm.files.keys()]).toEqual([...cold.files.keys()]);
    const differ = [...cold.files].filter(
      ([path, bytes]) => !bytes.equals(warm.files.get(path) ?? Buffer.alloc(0)),
    );
    expect(differ.map(([path]) => path)).toEqual([]);
  });
});

describe("writeEmbeds with the embed mirror", () => {
  it("puts back every chart's folder on a warm build, the same bytes as a cold build", async () => {
    const dir = await mkdtemp(join(tmpdir(), "triangulate-embed-mirror-"));
    const run = async (origin = "http://127.0.0.1:4321") => {
      const out = await mkdtemp(join(tmpdir(), "triangulate-embeds-mirrored-"));
      const mirror = { files: openFileMirror(dir), version: "test" };
      const r = await writeEmbeds({
        contentDir: CONTENT,
        outDir: out,
        stylesDir: STYLES,
        origin,
        mirror,
      });
      mirror.files.close();
      const files = await tree(out);
      await rm(out, { recursive: true });
      return { files, restored: r.restored, charts: r.charts };
    };
    const cold = await run();
    const warm = await run();
    expect(cold.restored).toBe(0);
    expect(warm.restored).toBe(cold.charts);
    expect([...warm.files.keys()]).toEqual([...cold.files.keys()]);
    const differ = [...cold.files].filter(
      ([path, bytes]) => !bytes.equals(warm.files.get(path) ?? Buffer.alloc(0)),
    );
    expect(differ.map(([path]) => path)).toEqual([]);
    // Another address is another input: every folder is made again, none put back.
    const moved = await run("https://news.example.org");
    expect(moved.restored).toBe(0);
    const oembed = [...moved.files].find(([path]) => path.endsWith("oembed.json"));
    expect(String(oembed?.[1])).toContain("https://news.example.org");
  });
});

describe("defaultConcurrency", () => {
  it("takes TRIANGULATE_WORKERS when it is a whole number, else the cores (at most 4)", () => {
    expect(defaultConcurrency({ TRIANGULATE_WORKERS: "1" })).toBe(1);
    const cores = defaultConcurrency({ TRIANGULATE_WORKERS: "many" });
    expect(cores).toBeGreaterThanOrEqual(1);
    expect(cores).toBeLessThanOrEqual(4);
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
