import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../fuzz/report.ts";
import { runFuzz } from "../fuzz/run.ts";
import { TMP } from "./sites.ts";

/**
 * A small seeded run of `npm run fuzz`: every generator class at least once (the first entries
 * take each class in turn), built as `npm run build` does, checked file by file and in Chromium.
 */
describe("a seeded fuzz of 40 hostile articles", () => {
  it("builds, shows every text as cleaned, writes nothing outside, runs no script, breaks no link", async () => {
    const dir = join(TMP, "fuzz");
    rmSync(dir, { recursive: true, force: true });
    const report = await runFuzz({ files: 40, seed: 3, pages: 30, dir });
    expect(report.exitCode).toBe(0);
    // Most entries are articles; the rest (links, pipes, empty or binary files) are warned about.
    expect(report.articles).toBeGreaterThan(25);
    expect(report.failures, formatReport(report)).toEqual([]);
  }, 1_500_000);
});
