import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type CatalogChart, mapPlaces, placesChart, storyCharts } from "../charts/catalog.ts";
import type { Claim, TimelineEvent } from "../core/model.ts";
import { themeVariables } from "../embed/theme.ts";
import { entityUrl } from "../lib/urls.ts";
import { embedFiles } from "./embed-files.ts";

/** The stylesheets an embed page and a standalone chart need, in cascade order. */
const CHART_CSS = ["charts.css", "timeline.css", "maps.css"];

async function readJsonDir<T>(dir: string): Promise<T[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), "utf8")) as T));
}

/** Every chart of the site, from what the pipeline wrote to content/. */
export async function siteCharts(contentDir: string, origin = ""): Promise<CatalogChart[]> {
  const claims = await readJsonDir<{
    story: string;
    sources: { id: string; label: string }[];
    claims: Claim[];
  }>(join(contentDir, "claims"));
  const timelines = new Map(
    (
      await readJsonDir<{ story: string; title: string; events: TimelineEvent[] }>(
        join(contentDir, "timelines"),
      )
    ).map((t) => [t.story, t]),
  );
  const charts = claims.flatMap((c) => {
    const t = timelines.get(c.story);
    return storyCharts({
      slug: c.story,
      title: t?.title ?? c.story,
      claims: c.claims,
      sources: c.sources,
      events: t?.events ?? [],
      storyUrl: `${origin}/stories/${c.story}/`,
    });
  });
  const entities = await readJsonDir<Parameters<typeof mapPlaces>[0][number]>(
    join(contentDir, "entities"),
  );
  const sources = await readJsonDir<{ id: string; outlet: string | null; title: string }>(
    join(contentDir, "sources"),
  );
  const { places, sources: refs } = mapPlaces(entities, sources, entityUrl);
  const map = placesChart(places, refs);
  return map ? [...charts, map] : charts;
}

/** Writes every chart's embed files under `outDir`; returns how many charts. */
export async function writeEmbeds(o: {
  contentDir: string;
  outDir: string;
  stylesDir: string;
  origin: string;
}): Promise<number> {
  const css = (
    await Promise.all(CHART_CSS.map((n) => readFile(join(o.stylesDir, n), "utf8")))
  ).join("\n");
  const vars = themeVariables(await readFile(join(o.stylesDir, "global.css"), "utf8"));
  const charts = await siteCharts(o.contentDir, o.origin);
  for (const chart of charts) {
    for (const f of await embedFiles(chart, { origin: o.origin, css, vars })) {
      const path = join(o.outDir, f.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.contents);
    }
  }
  return charts.length;
}
