import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeEffects } from "../pipeline/effects.ts";
import { writeContent } from "./content.ts";
import { writeContentInWorker } from "./content-thread.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEEDS = join(ROOT, "tests/fixtures/articles");

async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(path.slice(dir.length), await readFile(path, "utf8"));
  }
  return out;
}

describe("writeContentInWorker", () => {
  let dir: string;
  let cacheSetting: string | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "triangulate-thread-"));
    // The worker would open the project's build cache; these runs compare fresh work.
    cacheSetting = process.env.TRIANGULATE_CACHE;
    process.env.TRIANGULATE_CACHE = "off";
  });
  afterEach(async () => {
    if (cacheSetting === undefined) delete process.env.TRIANGULATE_CACHE;
    else process.env.TRIANGULATE_CACHE = cacheSetting;
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the same content as the pipeline run in the build's own thread", async () => {
    const options = (out: string) => ({
      seedsDir: SEEDS,
      contentDir: join(dir, out),
      latestDate: "2026-12-31",
    });
    const lines: string[] = [];
    const ticks: string[] = [];
    const { diagnostics } = await writeContentInWorker(ROOT, options("thread"), {
      log: (line) => lines.push(line),
      progress: (stage) => ticks.push(stage),
      warn: (message) => lines.push(`warn ${message}`),
    });
    await writeContent(
      options("here"),
      nodeEffects(() => {}),
    );
    const inThread = await files(join(dir, "thread"));
    expect(inThread.size).toBeGreaterThan(20);
    expect(inThread).toEqual(await files(join(dir, "here")));
    expect(diagnostics).toEqual(JSON.parse(inThread.get("/build/diagnostics.json") ?? "[]"));
    // The worker's log reaches the build's: every stage, then the charts.
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(
      expect.arrayContaining(["read", "extract", "cluster", "compare", "emit", "charts"]),
    );
    expect(ticks).toContain("extract");
  });

  it("fails with the worker's own message when the content cannot be made", async () => {
    const missing = join(dir, "no-such-seeds");
    await expect(
      writeContentInWorker(
        ROOT,
        { seedsDir: missing, contentDir: join(dir, "content"), latestDate: "2026-12-31" },
        { log() {}, progress() {}, warn() {} },
      ),
    ).rejects.toThrow(missing);
  });
});
