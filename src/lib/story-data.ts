import { getEntry } from "astro:content";
import { type CatalogChart, storyCharts } from "../charts/catalog.ts";

/** A story's claims and source labels, as emit wrote them to content/claims/<story>.json. */
export async function storyClaims(story: string) {
  const entry = await getEntry("claims", story);
  const data = entry?.data ?? { story, sources: [], claims: [] };
  return { ...data, labels: new Map(data.sources.map((s) => [s.id, s.label])) };
}

/** A story's timeline events and source labels, as emit wrote them to content/timelines/. */
export async function storyTimeline(story: string) {
  const entry = await getEntry("timelines", story);
  return entry?.data ?? { story, title: story, sources: [], events: [] };
}

const chartsOf = new Map<string, Promise<CatalogChart[]>>();

/**
 * A story's charts (src/charts/catalog.ts), built once per build: the story page lists their
 * oEmbed files, and its components draw them and offer their embed code.
 */
export function storyChartList(story: string): Promise<CatalogChart[]> {
  let charts = chartsOf.get(story);
  if (!charts) {
    charts = Promise.all([storyClaims(story), storyTimeline(story)]).then(([c, t]) =>
      storyCharts({
        slug: story,
        title: t.title,
        claims: c.claims,
        sources: c.sources,
        events: t.events,
      }),
    );
    chartsOf.set(story, charts);
  }
  return charts;
}
