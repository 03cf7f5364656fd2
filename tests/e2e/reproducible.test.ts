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
  it("two builds of the same seeds give byte-identical sites", () => {
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
