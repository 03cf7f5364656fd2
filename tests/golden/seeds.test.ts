import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeContent } from "../../src/build/content.ts";
import { JSON_COLLECTIONS } from "../../src/core/model.ts";
import { memoryEffects } from "../../src/pipeline/effects.ts";
import { expectGolden, expectNoStaleGolden } from "./golden.ts";

const SEEDS = resolve(import.meta.dirname, "../../seeds");

describe("golden output for the sample seeds", async () => {
  const initial: Record<string, Uint8Array> = {};
  for (const name of readdirSync(SEEDS)) initial[`seeds/${name}`] = readFileSync(join(SEEDS, name));
  const { effects, files, text } = memoryEffects(initial);
  // What the integration writes before Astro renders: the pipeline's output and every chart.
  await writeContent(
    {
      seedsDir: "seeds",
      contentDir: "content",
      latestDate: "2026-12-31",
    },
    effects,
  );
  const generated = [...files.keys()].filter((p) => p.startsWith("content/")).sort();

  it("emits the same set of files", () => {
    expectGolden("seeds/files.txt", `${generated.join("\n")}\n`);
  });
  it("has no golden file that nothing generates", () => {
    expectNoStaleGolden("seeds", ["files.txt", ...generated]);
  });
  // What each Astro collection checks its files against (src/content.config.ts).
  const schemas = JSON_COLLECTIONS;
  it("writes every collection file in the shape its schema describes, field for field", () => {
    const checked = generated.flatMap((path) => {
      const folder = path.split("/")[1] as keyof typeof schemas;
      if (!(folder in schemas)) return [];
      const data: unknown = JSON.parse(text(path));
      // A failed parse throws; a field the schema does not know would be stripped, so differ.
      expect(schemas[folder].parse(data), path).toEqual(data);
      return [path];
    });
    expect(checked.length).toBeGreaterThan(4);
  });
  for (const path of generated) {
    it(`emits ${path} unchanged`, () => {
      expectGolden(`seeds/${path}`, text(path));
    });
  }
});
