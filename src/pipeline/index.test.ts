import { describe, expect, it, vi } from "vitest";
import { compare } from "./compare/index.ts";
import { memoryEffects } from "./effects.ts";
import { extract } from "./extract/index.ts";
import { PipelineError, runPipeline } from "./index.ts";

// The real stages, wrapped so that a test can make one call throw.
vi.mock("./compare/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./compare/index.ts")>();
  return { ...real, compare: vi.fn(real.compare) };
});
vi.mock("./extract/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./extract/index.ts")>();
  return { ...real, extract: vi.fn(real.extract) };
});

const { extract: realExtract } =
  await vi.importActual<typeof import("./extract/index.ts")>("./extract/index.ts");

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
      "compare  0 claims: 0 agree, 0 differ, 0 compatible, 0 single-source 0 ms",
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

describe("runPipeline when inputs fail", () => {
  const ok = (topic: string) =>
    `${topic} Reopens After Repairs\n\nThe ${topic.toLowerCase()} reopened on Monday after months of repairs, officials said.`;

  it("names links, pipes and unreadable files, and builds the rest", async () => {
    const { effects, lines } = memoryEffects({ "seeds/good.txt": ok("Bridge") });
    const listed = effects.listFiles.bind(effects);
    effects.listFiles = async (dir) => [
      ...(await listed(dir)),
      { path: "link.txt", kind: "link" },
      { path: "pipe.txt", kind: "special" },
      { path: "locked.txt", kind: "file", size: 10 },
    ];
    const r = await runPipeline(
      { seedsDir: "seeds", contentDir: "content", latestDate: "2026-12-31" },
      effects,
    );
    expect(r.articles.map((a) => a.file)).toEqual(["good.txt"]);
    expect(r.diagnostics.map((d) => [d.file, d.message.split(";")[0]])).toEqual([
      ["link.txt", "a symbolic link"],
      ["locked.txt", expect.stringMatching(/^could not be read \(Error: ENOENT/)],
      ["pipe.txt", "not a regular file (a pipe, socket or device)"],
    ]);
    expect(lines).toContain(
      "warning seeds/link.txt: a symbolic link; links are not followed, so skipped",
    );
  });

  it("fails only when no article at all could be built", async () => {
    const { effects } = memoryEffects({ "seeds/a.txt": "", "seeds/b.md": "---\n---\n" });
    await expect(
      runPipeline({ seedsDir: "seeds", contentDir: "content", latestDate: "2026-12-31" }, effects),
    ).rejects.toThrow(/no article could be built from the 2 article files/);
  });

  it("shows an article whose extraction goes over the time budget without its facts, naming it", async () => {
    const { effects, lines } = memoryEffects({
      "seeds/bridge.txt": ok("Bridge"),
      "seeds/slow.txt": ok("Harbour"),
    });
    // An invented slow input: extracting it moves the injected clock on by 90 s.
    let now = 0;
    effects.elapsed = () => now;
    vi.mocked(extract).mockImplementation((article, places) => {
      if (article.file === "slow.txt") now += 90_000;
      return realExtract(article, places);
    });
    const r = await runPipeline(
      {
        seedsDir: "seeds",
        contentDir: "content",
        latestDate: "2026-12-31",
        articleBudgetMs: 60_000,
      },
      effects,
    ).finally(() => vi.mocked(extract).mockImplementation(realExtract));
    expect(r.articles.map((a) => a.file)).toEqual(["bridge.txt", "slow.txt"]);
    const slow = r.facts.find((f) => f.source === r.articles[1]?.id);
    expect(slow).toEqual({
      source: r.articles[1]?.id,
      names: [],
      dates: [],
      figures: [],
      quotes: [],
    });
    expect(r.facts.find((f) => f.source === r.articles[0]?.id)?.dates.length).toBeGreaterThan(0);
    expect(lines).toContain(
      "warning seeds/slow.txt: extracting its facts took 90 s, over the budget of 60 s per article; the article is shown without its names, dates, figures and quotes",
    );
  });

  it("keeps one article's or one story's failure local, as a warning naming it", async () => {
    const { effects, lines } = memoryEffects({
      "seeds/bridge.txt": ok("Bridge"),
      "seeds/museum.txt": "Museum Opens New Wing\n\nA museum opened a wing of paintings on Friday.",
    });
    vi.mocked(extract).mockImplementationOnce(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    vi.mocked(compare).mockImplementationOnce(() => {
      throw new Error("boom");
    });
    const r = await runPipeline(
      { seedsDir: "seeds", contentDir: "content", latestDate: "2026-12-31" },
      effects,
    );
    expect(r.articles.map((a) => a.file)).toEqual(["bridge.txt", "museum.txt"]);
    expect(r.stories).toHaveLength(2);
    const [first, second] = r.stories;
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: "bridge.txt",
        message: expect.stringMatching(/^extraction failed \(RangeError: Maximum call stack/),
      }),
      expect.objectContaining({
        story: first?.slug,
        message: "comparing its sources failed (Error: boom); skipped for this story",
      }),
    ]);
    expect(r.claims.every((c) => c.story === second?.slug)).toBe(true);
    expect(r.claims.length).toBeGreaterThan(0);
    expect(lines).toContain(
      `warning story ${first?.slug}: comparing its sources failed (Error: boom); skipped for this story`,
    );
  });
});
