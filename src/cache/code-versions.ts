import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Each cached step's code version: a hash of the code that makes its results, so a cached
 * result is only ever reused by the same code.
 *
 * - extract: every source file under src/ (tests left out: they make no output), the
 *   package-lock (any dependency's version) and Node's version. Coarse on purpose: any code
 *   change invalidates every article, which costs one full extraction and is never wrong.
 * - charts: the same (a story's charts, a place's locator map: d3, drawn by src/charts/).
 * - png: the code that turns a chart's SVG into a PNG (src/embed/) and the renderer's versions
 *   (sharp, libvips, librsvg). The SVG with its CSS is the input, so a PNG survives edits to the
 *   rest of the code, which is what makes the slowest step of a rebuild cheap. (The system fonts
 *   librsvg finds are not in it: after installing fonts, delete the cache.)
 * - embeds: a chart's whole embed folder (src/cache/file-mirror.ts), made by much of src/ and the
 *   PNG renderer: the code version and the png version together.
 *
 * Computed once per process: the files are read on the first call.
 */
export function codeVersions(
  root: string,
  renderer: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const key = `${root}\0${JSON.stringify(renderer)}`;
  let found = memo.get(key);
  if (found === undefined) {
    const src = join(root, "src");
    const lock = readOr(join(root, "package-lock.json"));
    const code = sourceHash(src, [lock, process.version]);
    const png = sourceHash(join(src, "embed"), [JSON.stringify(renderer)]);
    const embeds = createHash("sha256").update(`${code}\0${png}`).digest("hex");
    found = { extract: code, charts: code, png, embeds };
    memo.set(key, found);
  }
  return found;
}

const memo = new Map<string, Record<string, string>>();

/** SHA-256 over every non-test .ts file below `dir` (path and contents, sorted by path) and `extra`. */
export function sourceHash(dir: string, extra: readonly string[]): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) throw new Error(`no source files in ${dir}`);
  const hash = createHash("sha256");
  for (const f of files)
    hash
      .update(`${relative(dir, f)}\0`)
      .update(readFileSync(f))
      .update("\0");
  for (const e of extra) hash.update(e).update("\0");
  return hash.digest("hex");
}

function readOr(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
