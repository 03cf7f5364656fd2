/**
 * The chart step: right after the pipeline, before Astro renders a page, every chart of the site
 * is built once (src/charts/catalog.ts) from what the pipeline wrote, and written as data to
 * content/charts/<id>.json, with an index (CHART_INDEX). Pages read a chart's file by id
 * (src/lib/site-maps.ts), the embed step one file at a time; nothing else draws a chart.
 */
import { createHash } from "node:crypto";
import { type CatalogChart, type ChartReuse, siteCharts } from "../charts/catalog.ts";
import { errorText } from "../core/error-text.ts";
import { json } from "../core/json.ts";
import { CHART_INDEX, type ChartIndex, type Diagnostic } from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import { entityUrl } from "../lib/urls.ts";
import { type Effects, type StepCache, writeFolder } from "../pipeline/effects.ts";
import { collectionFiles, readCollection, readEntry } from "./read-content.ts";

/**
 * Builds and writes every chart; returns how many, and a warning for each chart that could not
 * be drawn (it is left out, so no page shows or links it; the others are drawn).
 */
export async function writeCharts(
  contentDir: string,
  origin: string,
  effects: Effects,
  cache?: StepCache,
): Promise<{ charts: number; diagnostics: Diagnostic[] }> {
  const t0 = effects.elapsed();
  const read = <C extends "claims" | "timelines" | "entities">(c: C) =>
    readCollection(effects, contentDir, c);
  const [claims, timelines, entities, sources] = await Promise.all([
    read("claims"),
    read("timelines"),
    read("entities"),
    sourceNames(effects, contentDir),
  ]);
  const diagnostics: Diagnostic[] = [];
  const onError = (chart: string, error: unknown) =>
    diagnostics.push({
      level: "warning",
      chart,
      message: `drawing it failed (${errorText(error)}); the chart was left out`,
      outcome: "skipped",
    });
  const reused = cache ? chartReuse(cache, diagnostics) : undefined;
  // Each entry is let go (undefined) once written.
  const charts: (CatalogChart | undefined)[] = siteCharts(
    { claims, timelines, entities, sources },
    { origin, href: entityUrl, onError, ...(reused ? { reuse: reused.reuse } : {}) },
  );
  // Only changed files are written, and charts no longer drawn are removed. Each chart is made a
  // file only when it is written, and let go then: at 10,000 articles the charts and their files
  // held together set the build's peak.
  const listed: IndexedChart[] = [];
  const digests = new Map<string, string>();
  function* files() {
    for (let i = 0; i < charts.length; i++) {
      const chart = charts[i];
      if (!chart) continue;
      const contents = json(chart);
      digests.set(chart.id, digest(contents));
      listed.push({
        id: chart.id,
        order: chart.order,
        story: chart.story && { slug: chart.story.slug },
      });
      charts[i] = undefined;
      yield { path: `${chart.id}.json`, contents };
    }
  }
  const count = charts.length;
  await writeFolder(effects, `${contentDir}/charts`, files());
  await effects.writeFile(`${contentDir}/${CHART_INDEX}`, json(chartIndex(listed, digests)));
  const fromCache = reused ? `, ${reused.fromCache()} of ${count} from cache` : "";
  effects.log(
    `${"charts".padEnd(8)} ${count} charts to ${contentDir}/charts${fromCache} ${Math.round(effects.elapsed() - t0)} ms`,
  );
  return { charts: count, diagnostics };
}

/**
 * What the charts need of each source (its id, outlet and title, for the places map's legend),
 * read one file at a time so that no source's text is held.
 */
async function sourceNames(effects: Effects, contentDir: string) {
  const out: { id: string; outlet: string | null; title: string }[] = [];
  for (const name of await collectionFiles(effects, contentDir, "sources")) {
    const { id, outlet, title } = await readEntry(effects, contentDir, "sources", name);
    out.push({ id, outlet, title });
  }
  return out;
}

/** What the chart index needs of a chart. */
type IndexedChart = Pick<CatalogChart, "id" | "order"> & { story: { slug: string } | null };

/** A chart file's digest for CHART_INDEX: enough of its SHA-256 to tell two versions apart. */
export function digest(contents: string): string {
  return createHash("sha256").update(contents).digest("hex").slice(0, 32);
}

/** Every chart id, each story's chart ids in page order, and each chart file's digest. */
export function chartIndex(
  charts: readonly IndexedChart[],
  digests: ReadonlyMap<string, string>,
): ChartIndex {
  const stories = new Map<string, string[]>();
  for (const c of charts.toSorted((a, b) => a.order - b.order)) {
    if (!c.story) continue;
    const ids = stories.get(c.story.slug);
    if (ids) ids.push(c.id);
    else stories.set(c.story.slug, [c.id]);
  }
  return {
    ids: charts.map((c) => c.id).toSorted(byCodeUnit),
    // Sorted, so the file is the same bytes whatever order the charts were drawn in.
    stories: Object.fromEntries([...stories].sort(([a], [b]) => byCodeUnit(a, b))),
    digests: Object.fromEntries(
      charts
        .map((c) => [c.id, digests.get(c.id) ?? ""] as const)
        .sort(([a], [b]) => byCodeUnit(a, b)),
    ),
  };
}

/** The build cache's name for the chart step. */
export const CHARTS_STEP = "charts";

/**
 * Charts drawn by an earlier build from the same input (a story's claims, sources and events; a
 * place), by the build cache. Drawings that failed are not kept, so their warning comes again.
 */
export function chartReuse(
  cache: StepCache,
  diagnostics: readonly Diagnostic[],
): { reuse: ChartReuse; fromCache: () => number } {
  let fromCache = 0;
  const reuse: ChartReuse = (input, draw) => {
    const key = JSON.stringify(input);
    const stored = cache.get(CHARTS_STEP, key);
    if (typeof stored === "string") {
      try {
        const charts = JSON.parse(stored) as CatalogChart[];
        fromCache += charts.length;
        return charts;
      } catch {
        // Unreadable: drawn again below.
      }
    }
    const before = diagnostics.length;
    const charts = draw();
    if (diagnostics.length === before) cache.set(CHARTS_STEP, key, JSON.stringify(charts));
    return charts;
  };
  return { reuse, fromCache: () => fromCache };
}
