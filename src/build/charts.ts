/**
 * The chart step: right after the pipeline, before Astro renders a page, every chart of the site
 * is built once (src/charts/catalog.ts) from what the pipeline wrote, and written as data to
 * content/charts/<id>.json. Pages read them through the `charts` collection, the embed step
 * through readCollection; nothing else draws a chart.
 */
import { siteCharts } from "../charts/catalog.ts";
import { json } from "../core/json.ts";
import { entityUrl } from "../lib/urls.ts";
import type { Effects } from "../pipeline/effects.ts";
import { readCollection } from "./read-content.ts";

/** Builds and writes every chart; returns how many. */
export async function writeCharts(
  contentDir: string,
  origin: string,
  effects: Effects,
): Promise<number> {
  const t0 = effects.elapsed();
  const read = <C extends "claims" | "timelines" | "entities" | "sources">(c: C) =>
    readCollection(effects, contentDir, c);
  const [claims, timelines, entities, sources] = await Promise.all([
    read("claims"),
    read("timelines"),
    read("entities"),
    read("sources"),
  ]);
  const charts = siteCharts({ claims, timelines, entities, sources }, { origin, href: entityUrl });
  for (const chart of charts) {
    await effects.writeFile(`${contentDir}/charts/${chart.id}.json`, json(chart));
  }
  effects.log(
    `${"charts".padEnd(8)} ${charts.length} charts to ${contentDir}/charts ${Math.round(effects.elapsed() - t0)} ms`,
  );
  return charts.length;
}
