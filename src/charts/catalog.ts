/**
 * Every chart the site draws, with a stable id. Story pages, the places page and the embed
 * pages (/embed/<id>/) all build their charts from here, so an embed shows exactly the chart
 * its story page shows.
 */
import type { Claim, TimelineEvent } from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import type { ChartResult, SourceRef } from "./chart.ts";
import { coverageMatrix } from "./coverage-matrix.ts";
import { figuresBySource } from "./figures-by-source.ts";
import { type MapPlace, placesMap } from "./places-map.ts";
import { quoteComparison } from "./quote-comparison.ts";
import { timelineChart } from "./timeline.ts";

export type ChartKind = "figures" | "coverage" | "quote" | "timeline" | "places";

export interface CatalogChart {
  /** Unique across the site, URL-safe: "<story>-figures", "<story>-quote-2", "places". */
  id: string;
  kind: ChartKind;
  title: string;
  /** The story the chart belongs to; the places map belongs to none. */
  story: { slug: string; title: string } | null;
  /** The sources the chart draws on, by label, for the credit line. */
  sources: readonly SourceRef[];
  chart: ChartResult & { narrow?: string };
  /** The data behind the chart, published as the embed's JSON download. */
  data: unknown;
}

export interface StoryChartInput {
  slug: string;
  title: string;
  claims: readonly Claim[];
  sources: readonly SourceRef[];
  events: readonly TimelineEvent[];
  /**
   * The story page's address, for charts shown away from it (embeds): the timeline's events
   * link to their entries there instead of to a list the embed does not have.
   */
  storyUrl?: string;
}

/** A story's charts, in page order: timeline, figures, coverage, then one per compared quote. */
export function storyCharts(s: StoryChartInput): CatalogChart[] {
  const story = { slug: s.slug, title: s.title };
  const base = { story, sources: s.sources };
  const out: CatalogChart[] = [];
  if (s.events.length > 0) {
    out.push({
      ...base,
      id: `${s.slug}-timeline`,
      kind: "timeline",
      title: "Timeline",
      // The story page lists the events under ids "timeline-<event>" (StoryTimeline.astro).
      chart: timelineChart(s.events, s.sources, {
        id: "timeline",
        title: `Timeline: ${s.title}`,
        ...(s.storyUrl ? { linkBase: s.storyUrl } : {}),
      }),
      data: s.events,
    });
  }
  const figures = s.claims.filter(
    (c) => c.kind === "figure" && c.values.some((v) => typeof v.number === "number"),
  );
  if (figures.length > 0) {
    out.push({
      ...base,
      id: `${s.slug}-figures`,
      kind: "figures",
      title: "Figures by source",
      chart: figuresBySource(figures, s.sources, { id: "figures" }),
      data: figures,
    });
  }
  // Statements only one source makes are listed on the page; the matrix shows the facts.
  const compared = s.claims.filter((c) => c.status !== "single-source");
  if (compared.length > 0) {
    const matrix = s.claims.filter((c) => c.kind !== "statement");
    out.push({
      ...base,
      id: `${s.slug}-coverage`,
      kind: "coverage",
      title: "Which source reports what",
      chart: coverageMatrix(matrix, s.sources, { id: "coverage" }),
      data: matrix,
    });
  }
  s.claims
    .filter((c) => c.kind === "quote" && c.values.length > 1)
    .forEach((q, i) => {
      out.push({
        ...base,
        id: `${s.slug}-quote-${i + 1}`,
        kind: "quote",
        title: `Quote compared: ${q.topic}`,
        chart: quoteComparison(q, s.sources, { id: `quote-${i + 1}` }),
        data: q,
      });
    });
  return out;
}

/** The map of every place, or null when no place has coordinates. */
export function placesChart(
  places: readonly MapPlace[],
  sources: readonly SourceRef[],
): CatalogChart | null {
  if (places.length === 0) return null;
  return {
    id: "places",
    kind: "places",
    title: "Every place on a map",
    story: null,
    sources,
    chart: placesMap(places, sources, { id: "places" }),
    data: places,
  };
}

/** What the places map needs from the entities and sources (as content/ holds them). */
export function mapPlaces(
  entities: readonly {
    id: string;
    type: string;
    name: string;
    placeKind?: MapPlace["placeKind"] | undefined;
    geo?: MapPlace["geo"] | undefined;
    mentions: readonly { source: string }[];
  }[],
  sources: readonly { id: string; outlet: string | null; title: string }[],
  href: (id: string) => string,
): { places: MapPlace[]; sources: SourceRef[] } {
  const places = entities.flatMap((e) =>
    e.type === "place" && e.geo
      ? [
          {
            id: e.id,
            name: e.name,
            geo: e.geo,
            ...(e.placeKind ? { placeKind: e.placeKind } : {}),
            mentions: e.mentions.length,
            sources: [...new Set(e.mentions.map((m) => m.source))].sort(),
            href: href(e.id),
          },
        ]
      : [],
  );
  const refs = [...sources]
    .sort((a, b) => byCodeUnit(a.id, b.id))
    .map((s) => ({ id: s.id, label: s.outlet ?? s.title }));
  return { places, sources: refs };
}
