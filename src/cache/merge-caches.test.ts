import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openBuildCache } from "./build-cache.ts";
import { mergeCaches } from "./merge-caches.ts";

const versions = { extract: "code-1" };

describe("mergeCaches", () => {
  it("puts every shard's results into one cache a build then finds", () => {
    const dir = mkdtempSync(join(tmpdir(), "triangulate-merge-"));
    const shard = (name: string, rows: Record<string, string>) => {
      const path = join(dir, name);
      const c = openBuildCache(path, versions, () => {});
      for (const [input, value] of Object.entries(rows)) c.set("extract", input, value);
      c.close();
      return path;
    };
    const a = shard("a.sqlite", { one: "1", two: "2" });
    const b = shard("b.sqlite", { two: "2", three: "3" });
    const into = join(dir, "merged/cache.sqlite");
    expect(mergeCaches(into, [a, b])).toEqual([2, 1]);
    const merged = openBuildCache(into, versions, () => {});
    expect(["one", "two", "three"].map((k) => merged.get("extract", k))).toEqual(["1", "2", "3"]);
    merged.close();
  });

  it("refuses a target that is not a cache instead of overwriting it", () => {
    const dir = mkdtempSync(join(tmpdir(), "triangulate-merge-"));
    const into = join(dir, "garbage.sqlite");
    writeFileSync(into, "not a database ".repeat(100));
    expect(() => mergeCaches(into, [])).toThrow(/could not be used/);
  });
});
