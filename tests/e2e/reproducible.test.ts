import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, inject, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("reproducible builds", () => {
  it("a rebuild from the first build's cache gives a byte-identical site", () => {
    // The rebuild was warm: every article's facts and every chart's embed folder came from the
    // cache (the PNG cache alone is tested warm and cold in src/build/embeds.test.ts).
    const log = inject("rebuiltLog").replace(/\x1b\[[0-9;]*m/g, "");
    expect(log).toMatch(/extract {2}.*, (\d+) of \1 articles? from cache/);
    expect(log).toMatch(/embeds {3}(\d+) charts, \1 of \1 from cache/);
    expect(log).not.toContain("ExperimentalWarning");
    const a = inject("siteDir");
    const b = inject("rebuiltDir");
    const listA = files(a);
    expect(listA.length).toBeGreaterThan(10);
    expect(files(b)).toEqual(listA);
    const different = listA.filter(
      (f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))),
    );
    expect(different).toEqual([]);
  });
});
