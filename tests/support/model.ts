import type { Places } from "../../src/core/geo/places.ts";
import { gazetteerPlaces } from "../../src/core/geo/places.ts";
import type { Article, ArticleFacts, Entity, Quote } from "../../src/core/model.ts";
import { dateStories } from "../../src/pipeline/dates/index.ts";
import { extract } from "../../src/pipeline/extract/index.ts";
import { resolveFacts } from "../../src/pipeline/resolve/index.ts";

/**
 * The real stages up to resolve, for a stage's tests that need upstream facts: each article
 * extracted, then names and quote speakers resolved across all of them.
 */
export function resolvedFacts(
  articles: readonly Article[],
  places: Places = gazetteerPlaces,
): { facts: ArticleFacts[]; entities: Entity[]; quotes: Quote[] } {
  return resolveFacts(articles.map((a) => extract(a, places)));
}

/** The facts with their dates resolved, all the articles taken as one story. */
export function datedFacts(
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
  latestDate = "2026-12-31",
): ArticleFacts[] {
  const story = { slug: "story", title: "Story", sources: articles.map((a) => a.id) };
  return dateStories(articles, [story], facts, { latestDate }).facts;
}
