import type { APIRoute } from "astro";
import { byCodeUnit } from "../core/text/compare.ts";
import { entitiesById } from "../lib/site-maps.ts";
import { entityUrl } from "../lib/urls.ts";
import { searchTerms } from "../search/index.ts";
import { nameEntry } from "../search/suggest-names.ts";

/**
 * /search-names.json: every person, place and organization with the spellings its page is
 * indexed under, for the search page's "Did you mean …?" (Pagefind has no typo tolerance).
 * Fetched only by the search page, and only when a search runs.
 */
export const GET: APIRoute = async () => {
  const entities = [...(await entitiesById()).values()];
  const entries = entities
    .map((e) => nameEntry(e.name, entityUrl(e.id), searchTerms(e)))
    .sort((a, b) => byCodeUnit(a.url, b.url));
  return new Response(JSON.stringify(entries), {
    headers: { "Content-Type": "application/json" },
  });
};
