import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openBuildCache } from "./build-cache.ts";

const temp = () => join(mkdtempSync(join(tmpdir(), "triangulate-cache-")), "cache.sqlite");
const v1 = { extract: "code-1", png: "png-1" };

describe("openBuildCache", () => {
  it("gives back in a later build what an earlier one set, text as text and bytes as bytes", () => {
    const path = temp();
    const first = openBuildCache(path, v1, () => {});
    expect(first.get("extract", "article a")).toBeUndefined();
    first.set("extract", "article a", '{"facts":1}');
    first.set("png", "<svg/>", new Uint8Array([137, 80, 78, 71]));
    first.close();
    const second = openBuildCache(path, v1, () => {});
    expect(second.get("extract", "article a")).toBe('{"facts":1}');
    expect(second.get("png", "<svg/>")).toEqual(new Uint8Array([137, 80, 78, 71]));
    expect(second.get("extract", "article b")).toBeUndefined();
    // The same input for another step is another result.
    expect(second.get("png", "article a")).toBeUndefined();
    second.close();
  });

  it("misses after a code change, and the old version's rows are dropped", () => {
    const path = temp();
    const first = openBuildCache(path, v1, () => {});
    first.set("extract", "article a", "old");
    first.set("png", "<svg/>", "picture");
    first.close();
    const changed = openBuildCache(path, { ...v1, extract: "code-2" }, () => {});
    expect(changed.get("extract", "article a")).toBeUndefined();
    changed.close();
    const back = openBuildCache(path, v1, () => {});
    // Pruned by the newer build; the PNG, whose code did not change, is still there.
    expect(back.get("extract", "article a")).toBeUndefined();
    expect(back.get("png", "<svg/>")).toBe("picture");
    back.close();
  });

  it("never caches a step that has no code version", () => {
    const path = temp();
    const cache = openBuildCache(path, v1, () => {});
    cache.set("charts", "input", "drawn");
    cache.close();
    expect(openBuildCache(path, { ...v1, charts: "x" }, () => {}).get("charts", "input")).toBe(
      undefined,
    );
  });

  it("a file of garbage is one warning and a cache that misses, never an error", () => {
    const path = temp();
    writeFileSync(
      path,
      Buffer.from("this is not a database at all, just bytes \u0000\u00ff".repeat(200)),
    );
    const warnings: string[] = [];
    const cache = openBuildCache(path, v1, (m) => warnings.push(m));
    expect(cache.get("extract", "article a")).toBeUndefined();
    cache.set("extract", "article a", "facts");
    expect(cache.get("extract", "article a")).toBeUndefined();
    cache.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toContain("runs without it");
  });
});
