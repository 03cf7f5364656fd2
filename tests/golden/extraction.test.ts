import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliResult, extractFiles } from "../../src/pipeline/cli.ts";
import { expectGolden, expectNoStaleGolden } from "./golden.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = join(ROOT, "seeds");
const ARTICLES = join(ROOT, "tests/fixtures/articles");
const list = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));

/** Golden files hold paths relative to the repository, so they match on every machine. */
const relative = (r: CliResult) => ({ ...r, file: r.file.slice(ROOT.length + 1) });

describe("golden extraction", async () => {
  // The seeds are one story; the twelve written articles are four stories of three sources.
  const seeds = (await extractFiles(list(SEEDS))).results;
  const articles = (await extractFiles(list(ARTICLES))).results;

  for (const r of [...seeds, ...articles]) {
    const name = r.file.split("/").pop() ?? r.file;
    it(`extracts ${name} as before`, () => {
      expectGolden(`extraction/${name}.json`, `${JSON.stringify(relative(r), null, 2)}\n`);
    });
  }

  it("has no golden file that nothing generates", () => {
    const names = [...seeds, ...articles].map((r) => `${r.file.split("/").pop() ?? r.file}.json`);
    expectNoStaleGolden("extraction", names);
  });

  it("gives offsets that point at the mention's text", () => {
    for (const r of [...seeds, ...articles]) {
      for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
