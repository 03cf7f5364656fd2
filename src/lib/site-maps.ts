import { type CollectionEntry, type CollectionKey, getCollection } from "astro:content";
import type { ChartEntry } from "../core/model.ts";

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

/** Every source (article) by its id. */
export const sourcesById = () => byKey("sources", (s) => s.id);

/** Every story by its slug. */
export const storiesBySlug = () => byKey("stories", (s) => s.slug);

/** Every person, place and organization by its id. */
export const entitiesById = () => byKey("entities", (e) => e.id);

/** The entities each story names, by story slug. */
export function entitiesByStory(): Promise<ReadonlyMap<string, Data<"entities">[]>> {
  return once("entities:by-story", async () => {
    const out = new Map<string, Data<"entities">[]>();
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

/** Every chart the chart step drew, by id, and each story's charts in page order. */
export function chartIndex(): Promise<{
  byId: ReadonlyMap<string, ChartEntry>;
  byStory: ReadonlyMap<string, ChartEntry[]>;
}> {
  return once("charts", async () => {
    const charts = (await getCollection("charts")).map((c) => c.data);
    const byStory = new Map<string, ChartEntry[]>();
    for (const c of charts) {
      if (!c.story) continue;
      const list = byStory.get(c.story.slug);
      if (list) list.push(c);
      else byStory.set(c.story.slug, [c]);
    }
    for (const list of byStory.values()) list.sort((a, b) => a.order - b.order);
    const byId = new Map<string, ChartEntry>();
    for (const c of charts) if (!byId.has(c.id)) byId.set(c.id, c);
    return { byId, byStory };
  });
}
