import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "./cli.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "triangulate-cli-"));
  await writeFile(
    join(dir, "a.txt"),
    "Vote Passes in Council\n\nMayor Ana Lucia Ferreira said on Tuesday that about 1,200 people voted.",
  );
  await writeFile(
    join(dir, "b.txt"),
    "Storm Closes Schools\n\nHeavy rain closed 40 schools on March 3, 2024.",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI with a console that records what it printed. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    log: (s: string) => out.push(s),
    error: (s: string) => err.push(s),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("triangulate extract", () => {
  it("prints one object for one file, with offsets into the text the site shows", async () => {
    const r = await run([
      "extract",
      join(dir, "a.txt"),
      "--json",
      "--reference-date",
      "2024-05-10",
    ]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.file).toBe(join(dir, "a.txt"));
    expect(result.title).toBe("Vote Passes in Council");
    expect(result.text).toBe(
      "Mayor Ana Lucia Ferreira said on Tuesday that about 1,200 people voted.",
    );
    for (const m of result.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
    expect(result.mentions).toContainEqual(
      expect.objectContaining({ type: "person", text: "Ana Lucia Ferreira" }),
    );
    // "Tuesday" counted back from the reference date.
    expect(result.mentions).toContainEqual(
      expect.objectContaining({
        type: "date",
        text: "Tuesday",
        value: { start: "2024-05-07", end: "2024-05-07", precision: "day" },
      }),
    );
  });

  it("prints an array for several files, and a table without --json", async () => {
    const json = await run(["extract", join(dir, "a.txt"), join(dir, "b.txt"), "--json"]);
    expect(JSON.parse(json.out)).toHaveLength(2);
    const table = await run(["extract", join(dir, "b.txt")]);
    expect(table.out).toMatch(/figure\s+\d+-\d+\s+40 schools/);
  });

  it("explains its usage and rejects bad options", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["extract", "--reference-date", "yesterday", "x.txt"])).err).toMatch(
      /YYYY-MM-DD/,
    );
    expect((await run(["extract", "--nope", "x.txt"])).code).toBe(2);
  });

  it("names a file it cannot read", async () => {
    const r = await run(["extract", join(dir, "missing.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("missing.txt");
  });
});

describe("triangulate extract --shard and cache merge", () => {
  it("fills a shard of the seeds folder into the cache, and a second run finds it there", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "triangulate-cli-cache-"));
    vi.stubEnv("TRIANGULATE_CACHE", cacheDir);
    try {
      const first = await run(["extract", "--shard", "1/1", dir]);
      expect(first.err).toBe("");
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/shard 1\/1: 2 articles of 2, 0 already in the cache/);
      const again = await run(["extract", "--shard", "1/1", dir]);
      expect(again.out).toMatch(/2 already in the cache/);

      const merged = join(cacheDir, "merged.sqlite");
      const m = await run(["cache", "merge", merged, join(cacheDir, "triangulate.sqlite")]);
      expect(m.code).toBe(0);
      expect(m.out).toContain(`2 results added to ${merged}`);
    } finally {
      vi.unstubAllEnvs();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it("refuses a shard that is not I/N, and a merge without files", async () => {
    for (const args of [
      ["extract", "--shard", "3/2", dir],
      ["extract", "--shard"],
      ["cache", "merge", "only-into.sqlite"],
      ["cache", "split"],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain("Usage: triangulate extract --shard");
    }
  });
});
