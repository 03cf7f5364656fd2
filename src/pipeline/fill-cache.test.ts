import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openBuildCache } from "../cache/build-cache.ts";
import { mergeCaches } from "../cache/merge-caches.ts";
import { memoryEffects } from "./effects.ts";
import { fillCache, inShard, parseShard } from "./fill-cache.ts";
import { runPipeline } from "./index.ts";

const SEEDS = {
  "seeds/a.txt":
    "Vote Passes in Council\n\nMayor Ana Lucia Ferreira said on Tuesday that 1,200 people voted.",
  "seeds/b.txt": "Storm Closes Schools\n\nHeavy rain closed 40 schools in Lisbon on March 3, 2024.",
  "seeds/c.md":
    "# Bridge Reopens\n\nThe Harbour Bridge reopened on Friday after two weeks of repairs.",
  "seeds/d/e.txt":
    "Port Strike Ends\n\nDock workers in Rotterdam returned to work on Monday, the union said.",
};

describe("parseShard", () => {
  it("reads I/N with 1 <= I <= N and nothing else", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("1/1")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/4", "5/4", "2/0", "2", "a/b", "-1/3", "1/2/3"]) {
      expect(parseShard(bad)).toBeNull();
    }
  });
});

describe("inShard", () => {
  it("puts every file in exactly one of the n shards", () => {
    const files = Array.from({ length: 200 }, (_, i) => `folder/article-${i}.txt`);
    const count = 3;
    const sizes = [1, 2, 3].map(
      (index) => files.filter((f) => inShard(f, { index, count })).length,
    );
    for (const f of files) {
      expect([1, 2, 3].filter((index) => inShard(f, { index, count }))).toHaveLength(1);
    }
    // Roughly even: no shard is empty or holds most of the work.
    for (const n of sizes) expect(n).toBeGreaterThan(40);
  });
});

describe("fillCache", () => {
  it("shards filled apart and merged give a build that extracts nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "triangulate-shards-"));
    const versions = { extract: "code" };
    const paths = [1, 2].map((index) => {
      const path = join(dir, `shard-${index}.sqlite`);
      const cache = openBuildCache(path, versions, (m) => expect.fail(m));
      return { path, cache, index };
    });
    const filled: number[] = [];
    for (const { cache, index } of paths) {
      const r = await fillCache(
        { seedsDir: "seeds", shard: { index, count: 2 }, cache },
        memoryEffects(SEEDS).effects,
      );
      cache.close();
      filled.push(r.articles);
    }
    expect(filled.reduce((a, b) => a + b, 0)).toBe(4);
    const merged = join(dir, "merged.sqlite");
    mergeCaches(
      merged,
      paths.map((p) => p.path),
    );
    const cache = openBuildCache(merged, versions, (m) => expect.fail(m));
    const { effects, lines } = memoryEffects(SEEDS);
    await runPipeline(
      { seedsDir: "seeds", contentDir: "content", latestDate: "2026-12-31", cache },
      effects,
    );
    cache.close();
    expect(lines.find((l) => l.startsWith("extract"))).toContain("4 of 4 articles from cache");
  });
});
