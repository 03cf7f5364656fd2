import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceHash } from "./code-versions.ts";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-src-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("sourceHash", () => {
  const base = { "a.ts": "export const a = 1;", "sub/b.ts": "export const b = 2;" };

  it("is the same for the same code, and changes with any source file or dependency", () => {
    const same = sourceHash(project(base), ["lock 1"]);
    expect(sourceHash(project(base), ["lock 1"])).toBe(same);
    expect(
      sourceHash(project({ ...base, "sub/b.ts": "export const b = 3;" }), ["lock 1"]),
    ).not.toBe(same);
    expect(sourceHash(project({ ...base, "c.ts": "" }), ["lock 1"])).not.toBe(same);
    expect(sourceHash(project(base), ["lock 2"])).not.toBe(same);
  });

  it("leaves tests out: they make no output", () => {
    const with_ = project({ ...base, "a.test.ts": "it('x', () => {});" });
    expect(sourceHash(with_, [])).toBe(sourceHash(project(base), []));
  });

  it("refuses a folder with no source, rather than a version that matches anything", () => {
    expect(() => sourceHash(project({ "readme.md": "" }), [])).toThrow(/no source files/);
  });
});
