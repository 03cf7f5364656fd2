import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type BuildCache, openBuildCache } from "../cache/build-cache.ts";
import { codeVersions } from "../cache/code-versions.ts";
import type { Diagnostic } from "../core/model.ts";
import { memoryEffects, nodeEffects } from "../pipeline/effects.ts";
import { addDiagnostics, writeContent } from "./content.ts";

const chartWarning: Diagnostic = {
  level: "warning",
  chart: "story-coverage",
  message: "drawing it failed (boom); the chart was left out",
  outcome: "skipped",
};

describe("addDiagnostics", () => {
  it("adds a later step's warnings to the pipeline's in diagnostics.json and the log", async () => {
    const first: Diagnostic = {
      level: "warning",
      file: "a.txt",
      message: "empty file; skipped",
      outcome: "skipped",
    };
    const { effects, lines, text } = memoryEffects({
      "content/build/diagnostics.json": JSON.stringify([first]),
    });
    const all = await addDiagnostics("content", [chartWarning], effects);
    expect(all).toEqual([first, chartWarning]);
    expect(JSON.parse(text("content/build/diagnostics.json"))).toEqual([first, chartWarning]);
    expect(lines).toEqual([
      "warning chart story-coverage: drawing it failed (boom); the chart was left out",
    ]);
  });

  it("starts the file when the pipeline wrote none", async () => {
    const { effects, text } = memoryEffects({});
    await addDiagnostics("content", [chartWarning], effects);
    expect(JSON.parse(text("content/build/diagnostics.json"))).toEqual([chartWarning]);
  });
});

describe("writeContent with the build cache", () => {
  const ROOT = fileURLToPath(new URL("../..", import.meta.url));
  const SEEDS = join(ROOT, "tests/fixtures/articles");

  /** One build of the fixture articles into a fresh folder: every file written, and the log. */
  async function build(cache: BuildCache | undefined) {
    const dir = await mkdtemp(join(tmpdir(), "triangulate-content-"));
    const lines: string[] = [];
    const options = { seedsDir: SEEDS, contentDir: join(dir, "content"), latestDate: "2026-12-31" };
    await writeContent(
      { ...options, ...(cache ? { cache } : {}) },
      nodeEffects((l) => lines.push(l)),
    );
    cache?.close();
    const files = new Map<string, string>();
    for (const e of await readdir(options.contentDir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const path = join(e.parentPath, e.name);
      files.set(path.slice(options.contentDir.length), await readFile(path, "utf8"));
    }
    await rm(dir, { recursive: true });
    const line = (stage: string) => lines.find((l) => l.startsWith(stage)) ?? "";
    return { files, extractLine: line("extract"), chartsLine: line("charts") };
  }
  const versions = codeVersions(ROOT, {});
  const differences = (a: Map<string, string>, b: Map<string, string>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));

  it("a warm build writes the same bytes as a cold one, extracting nothing", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "triangulate-cache-")), "cache.sqlite");
    const open = () => openBuildCache(file, versions, (m) => expect.fail(m));
    const uncached = await build(undefined);
    const cold = await build(open());
    const warm = await build(open());
    expect(uncached.files.size).toBeGreaterThan(20);
    expect(differences(cold.files, uncached.files)).toEqual([]);
    expect(differences(warm.files, cold.files)).toEqual([]);
    expect(cold.extractLine).toContain(", 0 of 12 articles from cache");
    expect(warm.extractLine).toContain(", 12 of 12 articles from cache");
    expect(uncached.extractLine).not.toContain("from cache");
    // Every story's charts and every locator map came from the cache; the two site-wide charts
    // (places, site timeline), which change with any article, are drawn every time.
    expect(cold.chartsLine).toMatch(/ (\d+) charts to .*, 0 of \1 from cache/);
    const [, drawn, reused] =
      / (\d+) charts to .*, (\d+) of \d+ from cache/.exec(warm.chartsLine) ?? [];
    expect(Number(reused)).toBe(Number(drawn) - 2);
  });

  it("a cache file of garbage is one warning, and the build writes the same content", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "triangulate-cache-")), "cache.sqlite");
    await writeFile(file, Buffer.from([0, 255, 13, 10, 26, 83, 81, 76].join(",").repeat(500)));
    const warnings: string[] = [];
    const uncached = await build(undefined);
    const garbage = await build(openBuildCache(file, versions, (m) => warnings.push(m)));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be used .*runs without it/);
    expect(differences(garbage.files, uncached.files)).toEqual([]);
    expect(garbage.extractLine).toContain(", 0 of 12 articles from cache");
  });
});
