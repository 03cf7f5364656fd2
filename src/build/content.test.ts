import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../core/model.ts";
import { memoryEffects } from "../pipeline/effects.ts";
import { addDiagnostics } from "./content.ts";

const chartWarning: Diagnostic = {
  level: "warning",
  chart: "story-coverage",
  message: "drawing it failed (boom); the chart was left out",
  outcome: "skipped",
};

describe("addDiagnostics", () => {
  it("adds a later step's warnings to the pipeline's in diagnostics.json and the log", async () => {
    const first: Diagnostic = {
      level: "warning",
      file: "a.txt",
      message: "empty file; skipped",
      outcome: "skipped",
    };
    const { effects, lines, text } = memoryEffects({
      "content/build/diagnostics.json": JSON.stringify([first]),
    });
    const all = await addDiagnostics("content", [chartWarning], effects);
    expect(all).toEqual([first, chartWarning]);
    expect(JSON.parse(text("content/build/diagnostics.json"))).toEqual([first, chartWarning]);
    expect(lines).toEqual([
      "warning chart story-coverage: drawing it failed (boom); the chart was left out",
    ]);
  });

  it("starts the file when the pipeline wrote none", async () => {
    const { effects, text } = memoryEffects({});
    await addDiagnostics("content", [chartWarning], effects);
    expect(JSON.parse(text("content/build/diagnostics.json"))).toEqual([chartWarning]);
  });
});
