/**
 * "Did you mean …?" for the search page. Pagefind matches whole words and prefixes, so a
 * misspelled name finds nothing or only pages that share some other word. The build writes the
 * site's names and their spellings to /search-names.json; this compares the query with them.
 */

import { type NameEntry, suggestNames } from "../search/suggest-names.ts";
import { filterQuery } from "./search-filters.ts";

/** A suggestion is not worth showing when its page is already this high in the results. */
const TOP_RESULTS = 5;

let namesPromise: Promise<readonly NameEntry[]> | null = null;

/** The site's names, fetched once; none when the file is missing (suggestions just stay off). */
export function loadNames(): Promise<readonly NameEntry[]> {
  namesPromise ??= fetch("/search-names.json")
    .then((r) => (r.ok ? (r.json() as Promise<NameEntry[]>) : []))
    .catch(() => []);
  return namesPromise;
}

/** The names to offer for `query` given the result addresses in rank order. */
export function suggestionsFor(
  query: string,
  names: readonly NameEntry[],
  resultUrls: readonly string[],
): NameEntry[] {
  return suggestNames(query, names, new Set(resultUrls.slice(0, TOP_RESULTS)));
}

/**
 * " Did you mean A, B or C?", each name a link that runs a search for it, as nodes to append to
 * the status line (a polite live region, so the offer is read out with the count). None for no
 * suggestion.
 */
export function suggestionNodes(doc: Document, suggestions: readonly NameEntry[]): Node[] {
  if (suggestions.length === 0) return [];
  const out: Node[] = [doc.createTextNode(" Did you mean ")];
  suggestions.forEach((s, i) => {
    if (i > 0) out.push(doc.createTextNode(i === suggestions.length - 1 ? " or " : ", "));
    const a = doc.createElement("a");
    a.href = `/search/${filterQuery(s.name, {})}`;
    a.textContent = s.name;
    out.push(a);
  });
  out.push(doc.createTextNode("?"));
  return out;
}
