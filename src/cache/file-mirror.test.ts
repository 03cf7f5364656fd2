import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openFileMirror } from "./file-mirror.ts";

const KEY = "ab12".repeat(16);
const OTHER = "cd34".repeat(16);

/** A folder with the given files, as a build step would have written them. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-mirror-out-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const read = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), "utf8")]));

describe("openFileMirror", () => {
  it("puts back the files kept for a key, in a later build, with the same bytes", () => {
    const cache = mkdtempSync(join(tmpdir(), "triangulate-mirror-"));
    const made = folder({ "index.html": "<p>a</p>", "chart.png": "png bytes" });
    const first = openFileMirror(cache);
    first.keep(KEY, made, ["index.html", "chart.png"]);
    first.close();

    const to = join(mkdtempSync(join(tmpdir(), "triangulate-mirror-to-")), "embed", "x");
    const second = openFileMirror(cache);
    expect(second.restore(KEY, to)).toBe(true);
    expect(read(to)).toEqual({ "index.html": "<p>a</p>", "chart.png": "png bytes" });
    expect(second.restore(OTHER, join(to, "..", "y"))).toBe(false);
    expect(readdirSync(join(to, ".."))).toEqual(["x"]);
  });

  it("never puts back a file that was edited after it was kept, and drops that entry", () => {
    const cache = mkdtempSync(join(tmpdir(), "triangulate-mirror-"));
    const made = folder({ "index.html": "<p>a</p>" });
    const mirror = openFileMirror(cache);
    mirror.keep(KEY, made, ["index.html"]);
    // The output shares the kept bytes (a hard link): editing it in place edits them too.
    writeFileSync(join(made, "index.html"), "<p>edited by hand</p>");
    const to = join(mkdtempSync(join(tmpdir(), "triangulate-mirror-to-")), "x");
    expect(mirror.restore(KEY, to)).toBe(false);
    expect(readdirSync(join(to, ".."))).toEqual([]);
    expect(readdirSync(cache)).toEqual([]);
  });

  it("deletes, on close, the entries this build neither kept nor put back", () => {
    const cache = mkdtempSync(join(tmpdir(), "triangulate-mirror-"));
    const first = openFileMirror(cache);
    first.keep(KEY, folder({ a: "1" }), ["a"]);
    first.keep(OTHER, folder({ b: "2" }), ["b"]);
    first.close();
    expect(readdirSync(cache).sort()).toEqual([KEY, OTHER].sort());

    const second = openFileMirror(cache);
    const to = join(mkdtempSync(join(tmpdir(), "triangulate-mirror-to-")), "x");
    expect(second.restore(KEY, to)).toBe(true);
    second.close();
    expect(readdirSync(cache)).toEqual([KEY]);
  });

  it("fails the restore, leaving no folder, when the destination already has a file", () => {
    const cache = mkdtempSync(join(tmpdir(), "triangulate-mirror-"));
    const mirror = openFileMirror(cache);
    mirror.keep(KEY, folder({ a: "1" }), ["a"]);
    const to = join(mkdtempSync(join(tmpdir(), "triangulate-mirror-to-")), "x");
    mkdirSync(to);
    writeFileSync(join(to, "a"), "written before");
    expect(mirror.restore(KEY, to)).toBe(false);
    expect(readdirSync(join(to, ".."))).toEqual([]);
  });

  it("keeps nothing under a key or a name that could be a path", () => {
    const cache = mkdtempSync(join(tmpdir(), "triangulate-mirror-"));
    const mirror = openFileMirror(cache);
    mirror.keep("../outside", folder({ a: "1" }), ["a"]);
    mirror.keep(KEY, folder({ a: "1" }), ["../a"]);
    mirror.keep(OTHER, folder({}), []);
    expect(readdirSync(cache)).toEqual([]);
  });
});
