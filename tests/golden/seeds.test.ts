import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "vitest";
import { memoryEffects } from "../../src/pipeline/effects.ts";
import { runPipeline } from "../../src/pipeline/index.ts";
import { expectGolden, expectNoStaleGolden } from "./golden.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");

describe("golden output for the sample seeds", async () => {
  const initial: Record<string, Uint8Array> = {};
  for (const name of readdirSync(SEEDS)) initial[`seeds/${name}`] = readFileSync(join(SEEDS, name));
  const { effects, files, text } = memoryEffects(initial);
  await runPipeline(
    { seedsDir: "seeds", contentDir: "content", latestDate: "2026-12-31" },
    effects,
  );
  const generated = [...files.keys()].filter((p) => p.startsWith("content/")).sort();

  it("emits the same set of files", () => {
    expectGolden("seeds/files.txt", `${generated.join("\n")}\n`);
  });
  it("has no golden file that nothing generates", () => {
    expectNoStaleGolden("seeds", ["files.txt", ...generated]);
  });
  for (const path of generated) {
    it(`emits ${path} unchanged`, () => {
      expectGolden(`seeds/${path}`, text(path));
    });
  }
});
