import { json } from "../core/json.ts";
import type { Diagnostic } from "../core/model.ts";
import type { Effects } from "../pipeline/effects.ts";
import { type PipelineOptions, runPipeline } from "../pipeline/index.ts";
import { logLine } from "../pipeline/isolate.ts";
import { writeCharts } from "./charts.ts";

export interface ContentOptions extends PipelineOptions {
  /**
   * The site's public address, for the links an embedded chart makes to its story page; without
   * one ("", the default) they are root-relative, which works wherever the site is served.
   */
  origin?: string;
}

/**
 * Everything Astro's pages read, written to the content folder: the pipeline's output, then
 * every chart drawn from it. The integration runs this before the pages (and again on a seed
 * change in dev); the golden tests run it in memory.
 */
export async function writeContent(
  options: ContentOptions,
  effects: Effects,
): Promise<{ diagnostics: Diagnostic[] }> {
  const { diagnostics } = await writePipelineStep(options, effects);
  return writeChartStep(options, effects, diagnostics);
}

/** The pipeline's part of writeContent; only its warnings are kept, not the model. */
export async function writePipelineStep(
  options: ContentOptions,
  effects: Effects,
): Promise<{ diagnostics: Diagnostic[] }> {
  const { diagnostics } = await runPipeline(options, effects);
  return { diagnostics };
}

/**
 * The chart step's part of writeContent: every chart, drawn from what the pipeline wrote (not
 * from its model, so the two need not be held at once), its warnings added to the pipeline's
 * (`found`).
 */
export async function writeChartStep(
  options: ContentOptions,
  effects: Effects,
  found: Diagnostic[],
): Promise<{ diagnostics: Diagnostic[] }> {
  const charts = await writeCharts(
    options.contentDir,
    options.origin ?? "",
    effects,
    options.cache,
  );
  if (charts.diagnostics.length === 0) return { diagnostics: found };
  return { diagnostics: await addDiagnostics(options.contentDir, charts.diagnostics, effects) };
}

/**
 * Adds warnings from a step after the pipeline (charts, embeds) to content/build/diagnostics.json
 * and the log, so every warning of a build is in one place. Returns them all.
 */
export async function addDiagnostics(
  contentDir: string,
  added: readonly Diagnostic[],
  effects: Pick<Effects, "readFile" | "writeFile" | "log">,
): Promise<Diagnostic[]> {
  const path = `${contentDir}/build/diagnostics.json`;
  let before: Diagnostic[] = [];
  try {
    before = JSON.parse(new TextDecoder().decode(await effects.readFile(path))) as Diagnostic[];
  } catch {
    // No file yet: these are the first.
  }
  for (const d of added) effects.log(logLine(d));
  const all = [...before, ...added];
  await effects.writeFile(path, json(all));
  return all;
}
