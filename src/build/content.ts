import type { Effects } from "../pipeline/effects.ts";
import { type Model, type PipelineOptions, runPipeline } from "../pipeline/index.ts";
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
export async function writeContent(options: ContentOptions, effects: Effects): Promise<Model> {
  const model = await runPipeline(options, effects);
  await writeCharts(options.contentDir, options.origin ?? "", effects);
  return model;
}
