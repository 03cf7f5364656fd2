import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import type { StepMirror } from "../cache/open-cache.ts";
import type { CatalogChart } from "../charts/catalog.ts";
import { escapeXml } from "../charts/svg.ts";
import { errorText } from "../core/error-text.ts";
import type { Diagnostic } from "../core/model.ts";
import { dataJson, tableCsv } from "../embed/data-files.ts";
import { placeholderPng } from "../embed/png.ts";
import { themeVariables } from "../embed/theme.ts";
import type { StepCache } from "../pipeline/effects.ts";
import { nodeEffects } from "../pipeline/effects.ts";
import { type EmbedFile, embedFiles, PNG_WIDTH } from "./embed-files.ts";
import { pngCache as makePngCache } from "./png-cache.ts";
import { mapPool } from "./pool.ts";
import { collectionFiles, parseEntry, readEntry } from "./read-content.ts";

/** The stylesheets an embed page and a standalone chart need, in cascade order. */
const CHART_CSS = ["charts.css", "timeline.css", "maps.css"];

/** The charts that have an embed page, as the chart step wrote them to content/charts/. */
export async function embeddableCharts(contentDir: string): Promise<CatalogChart[]> {
  const files = await collectionFiles(nodeEffects(), contentDir, "charts");
  const charts = await Promise.all(files.map((f) => embeddableChart(contentDir, f)));
  return charts.filter((c) => c !== null);
}

/**
 * A chart the chart step wrote, read when its turn comes rather than all at once: charts are
 * most of content/, and at 10,000 articles holding every one made the build's peak memory.
 * Null for a chart with no embed page (a place's locator map).
 */
async function embeddableChart(contentDir: string, file: string): Promise<CatalogChart | null> {
  return embeddable(await readEntry(nodeEffects(), contentDir, "charts", file));
}

const embeddable = (chart: CatalogChart): CatalogChart | null => (chart.embed ? chart : null);

/**
 * Writes every chart's embed files under `outDir`; returns how many charts, and a warning for
 * each chart whose files could not all be made as asked. One chart's failure stays local: its
 * folder gets a plain page that says so and links to the story, so every link to it resolves.
 */
export async function writeEmbeds(o: {
  contentDir: string;
  outDir: string;
  stylesDir: string;
  origin: string;
  /** "" for root-relative links within the site (no public address), else the origin. */
  base?: string;
  /** How many charts are rendered at once (default: the machine's cores, at most 4). */
  concurrency?: number;
  /** Told how many charts are done, for the build's progress line. */
  onProgress?: (done: number, total: number) => void;
  /** PNGs of earlier builds (src/cache/): a chart whose drawing did not change is not rendered. */
  cache?: StepCache | null;
  /**
   * Embed folders of earlier builds (src/cache/file-mirror.ts), by a hash of the chart's file,
   * the stylesheets, the addresses and the code: a chart with the same inputs is put back.
   */
  mirror?: StepMirror | null;
}): Promise<{
  charts: number;
  /** Charts whose folder was put back from the mirror. */
  restored: number;
  diagnostics: Diagnostic[];
  pngs: { total: number; fromCache: number };
}> {
  const css = (
    await Promise.all(CHART_CSS.map((n) => readFile(join(o.stylesDir, n), "utf8")))
  ).join("\n");
  const vars = themeVariables(await readFile(join(o.stylesDir, "global.css"), "utf8"));
  const chartFiles = await collectionFiles(nodeEffects(), o.contentDir, "charts");
  // Charts with the same card (placeholders, twin charts) are rendered once.
  const pngCache = makePngCache(o.cache);
  let done = 0;
  let embedded = 0;
  let restored = 0;
  const concurrency = o.concurrency ?? defaultConcurrency();
  const ctx = { origin: o.origin, base: o.base ?? o.origin, css, vars, pngCache };
  // Everything a chart's embed folder is made from but the chart's own file.
  const fixed = o.mirror ? JSON.stringify([o.mirror.version, ctx.origin, ctx.base, css, vars]) : "";
  const perChart = await mapPool(chartFiles, concurrency, async (file) => {
    const path = `${o.contentDir}/charts/${file}`;
    // Read at once, not through the thread pool: on a warm build this and the restore are all
    // the work there is, and they are small files.
    const bytes = readFileSync(path);
    const key = o.mirror ? mirrorKey(fixed, file, bytes) : null;
    const dir = join(o.outDir, "embed", file.slice(0, -".json".length));
    if (key !== null && o.mirror?.files.restore(key, dir)) {
      embedded++;
      restored++;
      o.onProgress?.(++done, chartFiles.length);
      return [];
    }
    const chart = embeddable(parseEntry("charts", path, bytes));
    if (chart === null) {
      o.onProgress?.(++done, chartFiles.length);
      return [];
    }
    embedded++;
    const found: Diagnostic[] = [];
    const warn = (message: string) =>
      found.push({ level: "warning", chart: chart.id, message, outcome: "fallback" });
    let files: EmbedFile[];
    try {
      files = await embedFiles(chart, { ...ctx, onProblem: warn });
    } catch (error) {
      warn(`its embed files could not be made (${errorText(error)}); a plain page says so`);
      files = await fallbackEmbed(chart, o.origin);
    }
    await writeFolder(o.outDir, files);
    // Kept only when made as asked (a fallback's warning comes again) and filed where a
    // restore puts it (the chart's folder is named after its file).
    const names = files.map((f) => f.path.slice(`embed/${chart.id}/`.length));
    if (key !== null && found.length === 0 && file === `${chart.id}.json`)
      o.mirror?.files.keep(key, dir, names);
    o.onProgress?.(++done, chartFiles.length);
    return found;
  });
  // In chart order, whatever order the charts finished in.
  const diagnostics = perChart.flat();
  return { charts: embedded, restored, diagnostics, pngs: pngCache.counts() };
}

/** The mirror's key of a chart's embed folder: its file (name and bytes) and what all share. */
function mirrorKey(fixed: string, file: string, bytes: Uint8Array): string {
  return createHash("sha256")
    .update(fixed)
    .update("\0")
    .update(file)
    .update("\0")
    .update(bytes)
    .digest("hex");
}

/** Writes one chart's files; its folder is made anew, so no file of an earlier write is written into. */
async function writeFolder(outDir: string, files: readonly EmbedFile[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => dirname(join(outDir, f.path))))];
  for (const d of dirs) {
    await rm(d, { recursive: true, force: true });
    await mkdir(d, { recursive: true });
  }
  await Promise.all(files.map((f) => writeFile(join(outDir, f.path), f.contents)));
}

/**
 * Charts rendered at once: TRIANGULATE_WORKERS, else one per core (at most 4; PNG rendering is
 * CPU-bound, so more only queues). The output is the same bytes whatever the number.
 */
export function defaultConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.TRIANGULATE_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.min(4, Math.max(1, availableParallelism()));
}

/**
 * The files every link to a chart's embed expects, when the real ones could not be made: a
 * page with no script that links to the story, a placeholder SVG and PNG, and the data.
 */
export async function fallbackEmbed(chart: CatalogChart, origin: string): Promise<EmbedFile[]> {
  const dir = `embed/${chart.id}`;
  const title = escapeXml(chart.title);
  const story = chart.story ? `/stories/${chart.story.slug}/` : "/places/";
  const note = "This chart could not be drawn here. Its story page has what it shows.";
  const page =
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">\n` +
    `<title>${title}</title>\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n` +
    `<p>${note} <a href="${escapeXml(origin + story)}" target="_blank" rel="noopener">Read the story</a>.</p>\n` +
    "</main>\n</body>\n</html>\n";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 40"><text x="10" y="24" font-size="13">${note}</text></svg>\n`;
  const safe = <T>(make: () => T, otherwise: T): T => {
    try {
      return make();
    } catch {
      return otherwise;
    }
  };
  return [
    { path: `${dir}/index.html`, contents: page },
    { path: `${dir}/chart.svg`, contents: svg },
    { path: `${dir}/chart.png`, contents: await placeholderPng(note, PNG_WIDTH) },
    { path: `${dir}/data.csv`, contents: safe(() => tableCsv(chart.chart.table), "") },
    {
      path: `${dir}/data.json`,
      contents: safe(
        () => dataJson({ id: chart.id, title: chart.title, data: chart.data }),
        "{}\n",
      ),
    },
    { path: `${dir}/oembed.json`, contents: "{}\n" },
  ];
}
