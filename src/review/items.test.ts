import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorrections } from "../pipeline/corrections/read.ts";
import { memoryEffects } from "../pipeline/effects.ts";
import { runPipeline } from "../pipeline/index.ts";
import { reviewItems } from "./items.ts";

const FIXTURE = resolve(import.meta.dirname, "../../tests/fixtures/corrections");

async function model(corrections?: string) {
  const files: Record<string, string> = {};
  for (const n of readdirSync(FIXTURE))
    files[`seeds/${n}`] = readFileSync(`${FIXTURE}/${n}`, "utf8");
  if (corrections) files["seeds/corrections.yml"] = corrections;
  const { effects, lines } = memoryEffects(files);
  const built = await runPipeline(
    { seedsDir: "seeds", contentDir: "content", latestDate: "2031-12-31" },
    effects,
  );
  return Object.assign(built, { warnings: lines.filter((l) => l.startsWith("warning")) });
}

describe("reviewItems", async () => {
  const m = await model();
  const items = reviewItems(m);

  it("lists every claim, merged name, speaker and title", () => {
    const count = (k: string) => items.filter((i) => i.kind === k).length;
    expect(count("claim")).toBe(m.claims.length);
    expect(count("speaker")).toBe(m.quotes.length);
    expect(count("title")).toBe(m.stories.length);
    expect(count("merge")).toBe(m.entities.filter((e) => e.aliases.length > 0).length);
    expect(count("merge")).toBeGreaterThan(0);
  });

  it("puts the aligner's weakest claims first, then what it gives no score", () => {
    const scores = items.map((i) => i.score);
    const scored = scores.filter((s) => s !== null) as number[];
    expect(scored.length).toBeGreaterThan(1);
    expect(scored).toEqual([...scored].sort((a, b) => a - b));
    expect(scores.slice(0, scored.length)).toEqual(scored);
    expect(items[0]?.score).toBe(
      Math.min(...m.claims.flatMap((c) => (c.score === undefined ? [] : [c.score]))),
    );
  });

  it("shows each side's sentence and why the machine decided so", () => {
    const differ = items.find((i) => i.kind === "claim" && i.decision === "differ");
    expect(differ?.evidence).toHaveLength(2);
    for (const e of differ?.evidence ?? []) expect(e.sentence).toContain(e.mark);
    expect(differ?.reason).not.toBe("");
    const speaker = items.find((i) => i.kind === "speaker");
    expect(speaker?.reason).toMatch(/^Attributed because/);
  });

  it("gives snippets that read as valid corrections which apply without a stale warning", async () => {
    const file = `corrections:\n${items.map((i) => i.snippet).join("\n")}\n`;
    const read = readCorrections("corrections.yml", file);
    expect(read.diagnostics).toEqual([]);
    expect(read.corrections).toHaveLength(items.length);
    const checked = await model(file);
    expect(checked.warnings).toEqual([]);
    expect(checked.claims.every((c) => c.correction !== undefined)).toBe(true);
    expect(
      reviewItems(checked)
        .filter((i) => i.kind === "claim")
        .every((i) => i.checked),
    ).toBe(true);
  });
});
