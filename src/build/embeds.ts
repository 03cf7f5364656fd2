import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CatalogChart } from "../charts/catalog.ts";
import { themeVariables } from "../embed/theme.ts";
import { nodeEffects } from "../pipeline/effects.ts";
import { embedFiles } from "./embed-files.ts";
import { readCollection } from "./read-content.ts";

/** The stylesheets an embed page and a standalone chart need, in cascade order. */
const CHART_CSS = ["charts.css", "timeline.css", "maps.css"];

/** The charts that have an embed page, as the chart step wrote them to content/charts/. */
export async function embeddableCharts(contentDir: string): Promise<CatalogChart[]> {
  const charts = await readCollection(nodeEffects(), contentDir, "charts");
  return charts.filter((c) => c.embed);
}

/** Writes every chart's embed files under `outDir`; returns how many charts. */
export async function writeEmbeds(o: {
  contentDir: string;
  outDir: string;
  stylesDir: string;
  origin: string;
  /** "" for root-relative links within the site (no public address), else the origin. */
  base?: string;
}): Promise<number> {
  const css = (
    await Promise.all(CHART_CSS.map((n) => readFile(join(o.stylesDir, n), "utf8")))
  ).join("\n");
  const vars = themeVariables(await readFile(join(o.stylesDir, "global.css"), "utf8"));
  const charts = await embeddableCharts(o.contentDir);
  for (const chart of charts) {
    for (const f of await embedFiles(chart, {
      origin: o.origin,
      base: o.base ?? o.origin,
      css,
      vars,
    })) {
      const path = join(o.outDir, f.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.contents);
    }
  }
  return charts.length;
}
