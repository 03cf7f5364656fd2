import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
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
