/**
 * Charts as the chart step writes them to content/charts/<id>.json: drawn once per build by
 * src/charts/catalog.ts, then read by the pages (by id, src/lib/site-maps.ts) and the embed step.
 */
import { z } from "zod";
import { SourceRefSchema } from "./content.ts";

/** A data table a page renders next to the chart, as a real <table>. */
export const TableModelSchema = z.object({
  caption: z.string(),
  head: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type TableModel = z.infer<typeof TableModelSchema>;

/** What every chart builder returns. */
export const ChartResultSchema = z.object({
  /** One <svg> element, safe to inline in HTML: every string from the data is escaped. */
  svg: z.string(),
  /** The text alternative: the same text as the SVG's <desc>. */
  alt: z.string(),
  table: TableModelSchema,
});
export type ChartResult = z.infer<typeof ChartResultSchema>;

export const ChartKindSchema = z.enum([
  "figures",
  "coverage",
  "quote",
  "timeline",
  "places",
  "locator",
]);
export type ChartKind = z.infer<typeof ChartKindSchema>;

/** The SVG (and, for the timeline, its narrow-screen layout) of one way to show a chart. */
const DrawingSchema = z.object({ svg: z.string(), narrow: z.string().optional() });

export const ChartEntrySchema = z.object({
  /** Unique across the site, URL-safe: "<story>-figures", "<story>-quote-2", "places". */
  id: z.string(),
  kind: ChartKindSchema,
  title: z.string(),
  /** The story the chart belongs to; the site-wide charts and the locator maps belong to none. */
  story: z.object({ slug: z.string(), title: z.string() }).nullable(),
  /** Where the chart stands among its story's charts, in page order (0 when it has no story). */
  order: z.number().int(),
  /** True when the chart has an embed page, /embed/<id>/, and its downloads. */
  embed: z.boolean(),
  /** The sources the chart draws on, by label, for the credit line. */
  sources: z.array(SourceRefSchema),
  /** The chart as pages show it. */
  chart: ChartResultSchema.extend(DrawingSchema.shape),
  /**
   * The drawing the embed page shows instead, when the page's would not work away from its page
   * (the timeline's events link to their entries on the story page rather than on this page).
   */
  embedded: DrawingSchema.optional(),
  /** The data behind the chart, published as the embed's JSON download. */
  data: z.unknown(),
});
export type ChartEntry = z.infer<typeof ChartEntrySchema>;

/**
 * Where the chart step lists what it drew: pages read a chart's file by id when they show it
 * (src/lib/site-maps.ts), and this index says which ids exist and which are a story's. Charts are
 * most of content/ (every SVG twice), so they are not a content collection: Astro's data store
 * would hold every one in memory at once, which at 10,000 articles ran Node out of its heap.
 */
export const CHART_INDEX = "build/chart-index.json";

/** The chart step's files in content/ (content/charts/<id>.json and CHART_INDEX), by path. */
export const isChartFile = (path: string): boolean =>
  path.startsWith("charts/") || path === CHART_INDEX;

/** What the chart step drew (CHART_INDEX): every id, each story's in order. */
export const ChartIndexSchema = z.object({
  ids: z.array(z.string()),
  /** Story slug -> its charts' ids, in page order. */
  stories: z.record(z.string(), z.array(z.string())),
  /**
   * Chart id -> a hash of its file: what a page's cacheKey takes for a chart it shows, so the
   * page need not hold the chart itself until it is rendered.
   */
  digests: z.record(z.string(), z.string()),
});
export type ChartIndex = z.infer<typeof ChartIndexSchema>;
