import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect } from "vitest";

const GOLDEN_DIR = resolve(import.meta.dirname);

/**
 * Compares generated output with the checked-in golden file. `npm run golden:update` rewrites
 * the files (review the diff before committing); in CI a missing or different file fails.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const update = process.env.UPDATE_GOLDEN === "1";
  if (update && process.env.CI) throw new Error("UPDATE_GOLDEN is refused in CI");
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${name} is missing: run "npm run golden:update" and review it`);
  }
  expect(actual, `${name} differs from its golden file`).toBe(readFileSync(path, "utf8"));
}

/**
 * Fails on a golden file under `dir` that nothing generates any more (a page renamed, a story
 * dropped), so a stale file cannot pass unnoticed, as Observable Framework's golden tests do.
 * `npm run golden:update` deletes such files.
 */
export function expectNoStaleGolden(dir: string, generated: readonly string[]): void {
  const root = join(GOLDEN_DIR, dir);
  const expected = new Set(generated);
  const stale = existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(root, join(e.parentPath, e.name)).split("\\").join("/"))
        .filter((f) => !expected.has(f))
        .sort()
    : [];
  if (process.env.UPDATE_GOLDEN === "1" && !process.env.CI) {
    for (const f of stale) rmSync(join(root, f));
    return;
  }
  expect(stale, `golden files under ${dir}/ that nothing generates any more`).toEqual([]);
}
