import type { CollectionEntry } from "astro:content";
import { createHash } from "node:crypto";
import { locatorChartId } from "../charts/catalog.ts";
import type { EntityEntry, SourceEntry } from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import { publicOrigin, siteOrigin } from "./embed-urls.ts";
import { marksFor } from "./marks.ts";
import { sourceFilterName } from "./search-meta.ts";
import {
  chartDigest,
  chartIdsOfStory,
  entitiesById,
  entitiesByStory,
  sourcesById,
  storiesBySlug,
} from "./site-maps.ts";
import { storyClaims, storySummary, storyTimeline } from "./story-data.ts";

/*
 * Everything a source, entity or story page shows that is not in its own entry, gathered in
 * getStaticPaths and passed as props, so the page reads nothing else and its cacheKey (pageKey)
 * can hash exactly what it shows. Charts are the one exception: a page reads its charts when it
 * is rendered (held as props, every story's charts would be in memory at once) and gets their
 * digests (CHART_INDEX) instead, which change whenever a chart file does. Astro's incremental
 * build (astro.config.mjs) copies a page from the previous build when its cacheKey and its code
 * (the page's module graph, hashed by Astro) are unchanged; content/ is data, not code, so what
 * the page shows of it must all be in the key. A page that reads anything else must not get a key.
 */

/**
 * A page's cacheKey: a hash of what it shows (`data`, plain JSON: no Maps) and of what every page
 * takes from the environment (the site's addresses, TRIANGULATE_SITE).
 */
export function pageKey(data: unknown, env: NodeJS.ProcessEnv = process.env): string {
  return createHash("sha256")
    .update(JSON.stringify([siteOrigin(env), publicOrigin(env), data]))
    .digest("hex");
}

/** What a source page shows beyond its entry: its story, its highlights, its label there. */
export async function sourcePageData(source: SourceEntry) {
  const story = source.story ? ((await storiesBySlug()).get(source.story) ?? null) : null;
  const entities = await entitiesById();
  const marks = marksFor(source, (id) => entities.get(id)?.name);
  // The name the story gives this source (its outlet, or "Source A" when none is known).
  const label =
    (source.story && (await storyClaims(source.story)).labels.get(source.id)) ||
    source.outlet ||
    "This source";
  return { story, marks, label };
}

/**
 * What an entity page shows beyond its entry: the names of the sources it cites (as [id, name]
 * pairs, sorted), the entities mentioned with it and the titles of its stories, in its own
 * order, and a place's locator map.
 */
export async function entityPageData(entity: EntityEntry) {
  const [all, stories, sources] = await Promise.all([
    entitiesById(),
    storiesBySlug(),
    sourcesById(),
  ]);
  const cited = [
    ...new Set([
      ...entity.mentions.map((m) => m.source),
      ...entity.roles.map((r) => r.source),
      ...entity.quotes.map((q) => q.source),
    ]),
  ].sort();
  const sourceNames = cited.flatMap((id) => {
    const s = sources.get(id);
    return s ? [[id, s.outlet ?? s.title, sourceFilterName(s)] as const] : [];
  });
  const coMentioned = entity.coMentioned.flatMap((c) => {
    const other = all.get(c.id);
    return other ? [{ id: other.id, name: other.name }] : [];
  });
  const storyTitles = entity.stories.map((slug) => stories.get(slug)?.title ?? slug);
  // The locator map is read when the page is rendered; the key takes its digest.
  const mapDigest = entity.type === "place" ? await chartDigest(locatorChartId(entity.id)) : null;
  return { sourceNames, coMentioned, storyTitles, mapDigest };
}

type Story = CollectionEntry<"stories">["data"];
export type StoryName = { id: string; name: string; type: EntityEntry["type"] };

/**
 * What a story page shows beyond its entry: its sources, claims (with their labels), summary,
 * timeline, who and where it names (most mentioned first), and its charts' digests. The page
 * and its components read only these and the charts (when the page is rendered, so that no
 * build holds every story's charts at once), so `storyPageKey` covers all of it.
 */
export async function storyPageData(story: Story) {
  const [all, claims, chartIds, summary, timeline, byStory] = await Promise.all([
    sourcesById(),
    storyClaims(story.slug),
    chartIdsOfStory(story.slug),
    storySummary(story.slug),
    storyTimeline(story.slug),
    entitiesByStory(),
  ]);
  const sources = story.sources.flatMap((id) => all.get(id) ?? []);
  const named = (byStory.get(story.slug) ?? [])
    .slice()
    .sort((a, b) => b.mentions.length - a.mentions.length || byCodeUnit(a.name, b.name))
    .map((e): StoryName => ({ id: e.id, name: e.name, type: e.type }));
  const chartDigests = await Promise.all(
    chartIds.map(async (id) => [id, await chartDigest(id)] as const),
  );
  return { sources, claims, chartDigests, summary: summary ?? null, timeline, named };
}

/**
 * A story page's cacheKey: its entry and what storyPageData gathered, as plain JSON (the claims'
 * label maps are derived from their entry; the summary is its front matter and MDX text).
 */
export function storyPageKey(story: Story, shown: Awaited<ReturnType<typeof storyPageData>>) {
  const { claims, summary, ...rest } = shown;
  return pageKey([
    story,
    rest,
    { story: claims.story, sources: claims.sources, claims: claims.claims },
    summary && { data: summary.data, body: summary.body },
  ]);
}
