import { describe, expect, it } from "vitest";
import { memoryEffects } from "./effects.ts";
import { PipelineError, runPipeline } from "./index.ts";

describe("runPipeline", () => {
  it("reads seeds, writes content/ and logs each stage with counts and time", async () => {
    const { effects, files, lines } = memoryEffects({
      "seeds/a.txt": "Vote Passes\n\nThe vote passed on Monday.",
      "seeds/empty.txt": "",
      "content/stale.json": "{}",
    });
    const result = await runPipeline(
      { seedsDir: "seeds", contentDir: "content", latestDate: "2026-12-31" },
      effects,
    );
    expect(result.articles).toHaveLength(1);
    expect(files.has("content/stale.json")).toBe(false);
    expect(files.has("content/sources/a.json")).toBe(true);
    expect(lines).toEqual([
      "read     2 files from seeds 0 ms",
      "ingest   1 article, 1 warning 0 ms",
      "warning seeds/empty.txt: empty file; skipped",
      "extract  0 names, 1 date, 0 figures, 0 quotes 0 ms",
      "resolve  0 entities, 0 quotes attributed 0 ms",
      "cluster  1 story 0 ms",
      "dates    0 publication dates inferred 0 ms",
      "events   0 happenings, 0 reported by several sources 0 ms",
      "compare  1 claim: 0 agree, 0 differ, 0 compatible, 1 single-source 0 ms",
      "timeline 0 events: 0 reported by several sources, 0 date conflicts 0 ms",
      "emit     13 files to content 0 ms",
    ]);
  });

  it("fails with a clear error when the seeds folder is missing", async () => {
    const { effects } = memoryEffects({});
    await expect(
      runPipeline({ seedsDir: "nope", contentDir: "content", latestDate: "2026-12-31" }, effects),
    ).rejects.toThrow(PipelineError);
    await expect(
      runPipeline({ seedsDir: "nope", contentDir: "c", latestDate: "2026-12-31" }, effects),
    ).rejects.toThrow(/nope/);
  });

  it("builds an empty site, with a warning, from an empty folder", async () => {
    const { effects, lines } = memoryEffects({ "seeds/.gitkeep": "" });
    const r = await runPipeline(
      { seedsDir: "seeds", contentDir: "content", latestDate: "2026-12-31" },
      effects,
    );
    expect(r.stories).toEqual([]);
    expect(lines.some((l) => l.includes("no articles"))).toBe(true);
  });
});
