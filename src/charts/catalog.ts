/**
 * Every chart the site draws, with a stable id. The chart step (src/build/charts.ts) builds them
 * all from here once per build and writes each to content/charts/<id>.json; story pages, entity
 * pages, the timeline pages and the embed pages (/embed/<id>/) all show those results, so an
 * embed shows exactly the chart its page shows.
 */

import { claimLabels } from "../core/claim-labels.ts";
import type {
  ChartEntry,
  Claim,
  ClaimsEntry,
  EntityEntry,
  SourceEntry,
  TimelineEntry,
  TimelineEvent,
} from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import type { SourceRef } from "./chart.ts";
import { coverageMatrix } from "./coverage-matrix.ts";
import { figuresBySource } from "./figures-by-source.ts";
import { type LocatorPlace, locatorMap } from "./locator-map.ts";
import { type MapPlace, placesMap } from "./places-map.ts";
import { quoteComparison } from "./quote-comparison.ts";
import { latestTimelines, SITE_TIMELINE_STORIES, siteTimeline } from "./site-timeline.ts";
import { timelineChart } from "./timeline.ts";

export type { ChartKind } from "../core/model.ts";
export type CatalogChart = ChartEntry;

export interface StoryChartInput {
  slug: string;
  title: string;
  claims: readonly Claim[];
  sources: readonly SourceRef[];
  events: readonly TimelineEvent[];
  /**
   * The story page's address, for the timeline shown away from it (its embed): that drawing's
   * events link to their entries there instead of to a list the embed does not have.
   */
  storyUrl?: string;
}

/**
 * Told when one chart could not be drawn: that chart is left out (so no page shows or links it)
 * and every other chart is drawn. Without it, the error is thrown.
 */
export type ChartFailure = (chartId: string, error: unknown) => void;

/**
 * Gives back the charts an earlier build drew from the same input, or draws them with `draw`.
 * The chart step passes one backed by the build cache (a story's charts and a place's locator
 * map are each a pure function of their input); without one, every chart is drawn.
 */
export type ChartReuse = (input: unknown, draw: () => CatalogChart[]) => CatalogChart[];

const drawAlways: ChartReuse = (_input, draw) => draw();

/** Draws one chart; on failure, reports it and gives null instead of stopping the others. */
function attempt<T>(id: string, draw: () => T, onError: ChartFailure | undefined): T | null {
  try {
    return draw();
  } catch (error) {
    if (!onError) throw error;
    onError(id, error);
    return null;
  }
}

/** A story's charts, in page order: timeline, figures, coverage, then one per compared quote. */
export function storyCharts(s: StoryChartInput, onError?: ChartFailure): CatalogChart[] {
  const story = { slug: s.slug, title: s.title };
  // Charts name each claim by a label no other claim of the story shares (the page's lists use
  // the same), so two quotes of one speaker never get one row name or one title.
  const names = claimLabels(s.claims);
  const named = new Map(s.claims.map((c) => [c.id, { ...c, topic: names.get(c.id) ?? c.topic }]));
  const drawn = (claims: readonly Claim[]) => claims.map((c) => named.get(c.id) ?? c);
  const base = { story, sources: [...s.sources], embed: true };
  const out: Omit<CatalogChart, "order">[] = [];
  const add = (chart: Omit<CatalogChart, "order" | "story" | "sources" | "embed">) =>
    out.push({ ...base, ...chart });
  if (s.events.length > 0) {
    // The story page (and /timeline/<story>/) lists the events under ids "timeline-<event>".
    const id = `${s.slug}-timeline`;
    const options = { id: "timeline", title: `Timeline: ${s.title}` };
    const timeline = attempt(
      id,
      () => ({
        chart: timelineChart(s.events, s.sources, options),
        embedded: s.storyUrl
          ? timelineChart(s.events, s.sources, { ...options, linkBase: s.storyUrl })
          : undefined,
      }),
      onError,
    );
    if (timeline) {
      const { embedded } = timeline;
      add({
        id,
        kind: "timeline",
        title: "Timeline",
        chart: timeline.chart,
        ...(embedded ? { embedded: { svg: embedded.svg, narrow: embedded.narrow } } : {}),
        data: s.events,
      });
    }
  }
  const figures = s.claims.filter(
    (c) => c.kind === "figure" && c.values.some((v) => typeof v.number === "number"),
  );
  if (figures.length > 0) {
    const id = `${s.slug}-figures`;
    const chart = attempt(
      id,
      () => figuresBySource(drawn(figures), s.sources, { id: "figures" }),
      onError,
    );
    if (chart) add({ id, kind: "figures", title: "Figures by source", chart, data: figures });
  }
  // Statements only one source makes are listed on the page; the matrix shows the facts.
  const compared = s.claims.filter((c) => c.status !== "single-source");
  if (compared.length > 0) {
    const matrix = s.claims.filter((c) => c.kind !== "statement");
    const id = `${s.slug}-coverage`;
    const chart = attempt(
      id,
      () => coverageMatrix(drawn(matrix), s.sources, { id: "coverage" }),
      onError,
    );
    if (chart)
      add({ id, kind: "coverage", title: "Which source reports what", chart, data: matrix });
  }
  s.claims
    .filter((c) => c.kind === "quote" && c.values.length > 1)
    .forEach((q, i) => {
      const id = `${s.slug}-quote-${i + 1}`;
      const chart = attempt(
        id,
        () => quoteComparison(named.get(q.id) ?? q, s.sources, { id: `quote-${i + 1}` }),
        onError,
      );
      const title = `Quote compared: ${names.get(q.id) ?? q.topic}`;
      if (chart) add({ id, kind: "quote", title, chart, data: q });
    });
  return out.map((c, order) => ({ ...c, order }));
}

/** The chart id of the map of every place (/places/, and its embed). */
export const PLACES_CHART_ID = "places";

/** The map of every place, or null when no place has coordinates. */
export function placesChart(
  places: readonly MapPlace[],
  sources: readonly SourceRef[],
  onError?: ChartFailure,
): CatalogChart | null {
  if (places.length === 0) return null;
  const chart = attempt(
    PLACES_CHART_ID,
    () => placesMap(places, sources, { id: "places" }),
    onError,
  );
  if (!chart) return null;
  return {
    id: PLACES_CHART_ID,
    kind: "places",
    title: "Every place on a map",
    story: null,
    order: 0,
    embed: true,
    sources: [...sources],
    chart,
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

/** The chart id of a place's locator map, shown on its page (no embed). */
export const locatorChartId = (entityId: string) => `${entityId}-locator`;

/** A locator map for every place with coordinates. */
export function locatorCharts(
  entities: readonly EntityEntry[],
  onError?: ChartFailure,
  reuse: ChartReuse = drawAlways,
): CatalogChart[] {
  return entities.flatMap((e) => {
    if (e.type !== "place" || !e.geo) return [];
    const place = { id: e.id, name: e.name, geo: e.geo, ...pickKind(e) };
    return reuse({ locator: place }, () => locatorChart(place, onError));
  });
}

/** One place's locator map, as a list (empty when it could not be drawn) for ChartReuse. */
function locatorChart(place: LocatorPlace, onError?: ChartFailure): CatalogChart[] {
  const id = locatorChartId(place.id);
  const chart = attempt(id, () => locatorMap(place, { id: "locator" }), onError);
  if (!chart) return [];
  return [
    {
      id,
      kind: "locator" as const,
      title: `Where ${place.name} is`,
      story: null,
      order: 0,
      embed: false,
      sources: [],
      chart,
      data: place,
    },
  ];
}

function pickKind(e: EntityEntry) {
  return e.placeKind ? { placeKind: e.placeKind } : {};
}

/** The chart id of the newest stories' events on one timeline (/timeline/; no embed). */
export const SITE_TIMELINE_ID = "timeline";

/**
 * The newest stories' events on one timeline (latestTimelines: a fixed number of stories, so
 * the chart and /timeline/ stay the same size as the archive grows), or null when none has a
 * dated event.
 */
export function siteTimelineChart(
  timelines: readonly TimelineEntry[],
  onError?: ChartFailure,
): CatalogChart | null {
  const title = timelines.length > SITE_TIMELINE_STORIES ? "The newest stories" : "All stories";
  const drawn = attempt(
    SITE_TIMELINE_ID,
    () => {
      const { events, sources, storyTitles } = siteTimeline(latestTimelines(timelines));
      if (events.length === 0) return null;
      // /timeline/ lists the events under ids "timeline-all-<event>".
      const chart = timelineChart(events, sources, { id: "timeline-all", title, storyTitles });
      return { events, sources, chart };
    },
    onError,
  );
  if (!drawn) return null;
  const { events, sources, chart } = drawn;
  return {
    id: SITE_TIMELINE_ID,
    kind: "timeline",
    title,
    story: null,
    order: 0,
    embed: false,
    sources,
    chart,
    data: events,
  };
}

/** What the site's charts are drawn from: content/ as emit wrote it. */
export interface SiteChartInput {
  claims: readonly ClaimsEntry[];
  timelines: readonly TimelineEntry[];
  entities: readonly EntityEntry[];
  /** What the places map's legend needs of each source. */
  sources: readonly Pick<SourceEntry, "id" | "outlet" | "title">[];
}

/**
 * Every chart of the site: each story's, the places map, the site's timeline and each place's
 * locator map. `origin` is the site's address (for the timeline embeds' links to their story);
 * `href` gives an entity's page (the places map links each place to it).
 */
export function siteCharts(
  content: SiteChartInput,
  o: {
    origin: string;
    href: (entityId: string) => string;
    onError?: ChartFailure;
    reuse?: ChartReuse;
  },
): CatalogChart[] {
  const reuse = o.reuse ?? drawAlways;
  const timelines = new Map(content.timelines.map((t) => [t.story, t]));
  const stories = content.claims.flatMap((c) => {
    const t = timelines.get(c.story);
    const input: StoryChartInput = {
      slug: c.story,
      title: t?.title ?? c.story,
      claims: c.claims,
      sources: c.sources,
      events: t?.events ?? [],
      storyUrl: `${o.origin}/stories/${c.story}/`,
    };
    return reuse({ story: input }, () => storyCharts(input, o.onError));
  });
  const { places, sources } = mapPlaces(content.entities, content.sources, o.href);
  return [
    ...stories,
    ...[
      placesChart(places, sources, o.onError),
      siteTimelineChart(content.timelines, o.onError),
    ].flatMap((c) => (c ? [c] : [])),
    ...locatorCharts(content.entities, o.onError, reuse),
  ];
}
