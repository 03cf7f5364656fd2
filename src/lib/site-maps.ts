import { type CollectionEntry, type CollectionKey, getCollection } from "astro:content";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { contentDir } from "virtual:triangulate/content-dir";
import { readCollection } from "../build/read-content.ts";
import {
  CHART_INDEX,
  type ChartEntry,
  ChartEntrySchema,
  type ChartIndex,
  ChartIndexSchema,
  type EntityEntry,
  type SourceEntry,
} from "../core/model.ts";
import { nodeEffects } from "../pipeline/effects.ts";

/*
 * Lookups that every page of a kind needs (a story page: its sources by id; a person's page:
 * every story and source by id), built once per build instead of once per page. Built per page,
 * they made the build quadratic: 10,000 articles gave 8,000 entity pages that each mapped every
 * entity, story and source. A build renders every page in one process, so a module-level promise
 * is shared by them all. In dev, content changes while the server runs, so nothing is kept.
 */
const kept = new Map<string, Promise<unknown>>();

function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return make();
  let made = kept.get(key) as Promise<T> | undefined;
  if (made === undefined) {
    made = make();
    kept.set(key, made);
  }
  return made;
}

type Data<C extends CollectionKey> = CollectionEntry<C>["data"];

/** A collection's entries' data by a key of each (their id, or a story's slug). */
function byKey<C extends CollectionKey>(
  collection: C,
  key: (data: Data<C>) => string,
): Promise<ReadonlyMap<string, Data<C>>> {
  return once(`${collection}:by-key`, async () => {
    const entries = (await getCollection(collection)) as CollectionEntry<C>[];
    return new Map(entries.map((e) => [key(e.data), e.data]));
  });
}

/** Every story by its slug. */
export const storiesBySlug = () => byKey("stories", (s) => s.slug);

/**
 * Sources and entities are read from their files by the chart step's reader (same schemas), not
 * collected by Astro: its content store holds every entry and is inlined into the server bundle
 * as one string, which for an archive of ten thousand articles was over 100 MB and set the
 * build's peak memory.
 */
const contentFiles = nodeEffects(() => {});
const contentPath = fileURLToPath(contentDir).replace(/\/$/u, "");

/** Every source (article) by its id. */
export function sourcesById(): Promise<ReadonlyMap<string, SourceEntry>> {
  return once("sources", async () => {
    const all = await readCollection(contentFiles, contentPath, "sources");
    return new Map(all.map((s) => [s.id, s]));
  });
}

/** Every person, place and organization by its id. */
export function entitiesById(): Promise<ReadonlyMap<string, EntityEntry>> {
  return once("entities", async () => {
    const all = await readCollection(contentFiles, contentPath, "entities");
    return new Map(all.map((e) => [e.id, e]));
  });
}

/** The entities each story names, by story slug. */
export function entitiesByStory(): Promise<ReadonlyMap<string, EntityEntry[]>> {
  return once("entities:by-story", async () => {
    const out = new Map<string, EntityEntry[]>();
    for (const e of (await entitiesById()).values()) {
      for (const story of e.stories) {
        const list = out.get(story);
        if (list) list.push(e);
        else out.set(story, [e]);
      }
    }
    return out;
  });
}

/** Each story's summary entry (content/summaries/), by story slug. */
export function summariesByStory(): Promise<ReadonlyMap<string, CollectionEntry<"summaries">>> {
  return once("summaries:by-story", async () => {
    const out = new Map<string, CollectionEntry<"summaries">>();
    for (const e of await getCollection("summaries")) {
      if (!out.has(e.data.story)) out.set(e.data.story, e);
    }
    return out;
  });
}

/**
 * What the chart step drew: every id (a set: every place page asks), each story's in order, and
 * each chart file's digest.
 */
function chartIndex(): Promise<{
  ids: ReadonlySet<string>;
  stories: ChartIndex["stories"];
  digests: ReadonlyMap<string, string>;
}> {
  return once("charts", async () => {
    const file = new URL(CHART_INDEX, contentDir);
    if (!existsSync(file)) return { ids: new Set(), stories: {}, digests: new Map() };
    const index = ChartIndexSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    return {
      ids: new Set(index.ids),
      stories: index.stories,
      digests: new Map(Object.entries(index.digests)),
    };
  });
}

/**
 * A chart's digest (a hash of its file), or null when the chart step drew no such chart: what a
 * page's cacheKey takes for a chart the page reads only when it is rendered.
 */
export async function chartDigest(id: string): Promise<string | null> {
  return (await chartIndex()).digests.get(id) ?? null;
}

/** A story's chart ids, in page order. */
export async function chartIdsOfStory(story: string): Promise<readonly string[]> {
  const { stories } = await chartIndex();
  return Object.hasOwn(stories, story) ? (stories[story] ?? []) : [];
}

/**
 * One chart, read from its file when a page shows it (charts are not a content collection; see
 * CHART_INDEX). Only ids the chart step listed are read, so a page never reads another file.
 */
export async function chartById(id: string): Promise<ChartEntry | undefined> {
  if (!(await chartIndex()).ids.has(id)) return undefined;
  const file = new URL(`charts/${encodeURIComponent(id)}.json`, contentDir);
  return ChartEntrySchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** A story's charts, in page order. */
export async function chartsOfStory(story: string): Promise<ChartEntry[]> {
  const charts = await Promise.all((await chartIdsOfStory(story)).map(chartById));
  return charts.filter((c) => c !== undefined);
}
