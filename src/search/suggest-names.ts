import { byCodeUnit } from "../core/text/compare.ts";
import { foldAccents } from "../core/text/fold.ts";
import { editDistance, maxEdits } from "./edit-distance.ts";
import { isParticle } from "./terms.ts";

/**
 * One entry of the list of names the search page suggests from (written at build time as
 * /search-names.json): the name as the site prints it, its page, and every word of every
 * spelling the page is indexed under.
 */
export interface NameEntry {
  name: string;
  url: string;
  words: string[];
}

/**
 * A text's words as search compares them: accents folded, lowercase, split at anything that is
 * not a letter or digit; initials, particles and suffixes dropped ("J.", "van", "III"), which
 * say nothing about which name a query meant.
 */
export function searchWords(text: string): string[] {
  return foldAccents(text.normalize("NFC"))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => Array.from(w).length >= 2 && !isParticle(w));
}

/** The entry for a page called `name` at `url`, indexed under `spellings`: words distinct and sorted. */
export function nameEntry(name: string, url: string, spellings: readonly string[]): NameEntry {
  const words = new Set([name, ...spellings].flatMap(searchWords));
  return { name, url, words: [...words].sort(byCodeUnit) };
}

interface Scored {
  entry: NameEntry;
  matched: number;
  distance: number;
}

/**
 * The names a query was probably meant to spell, best first, at most `limit`. Only a query word
 * that is no word of any name can be a misspelling; a name is suggested when such a word is
 * within maxEdits of one of its words (counted on the shorter of the two). Names matching more
 * of the query's words come first, then those with fewer slips, then by name. Names whose page
 * is in `exclude` (already among the top results) are not suggested.
 */
export function suggestNames(
  query: string,
  entries: readonly NameEntry[],
  exclude: ReadonlySet<string> = new Set(),
  limit = 3,
): NameEntry[] {
  const known = new Set(entries.flatMap((e) => e.words));
  const queryWords = [...new Set(searchWords(query))];
  if (!queryWords.some((w) => !known.has(w))) return [];
  const scored: Scored[] = [];
  for (const entry of entries) {
    if (exclude.has(entry.url)) continue;
    let matched = 0;
    let distance = 0;
    let slipped = false;
    for (const word of queryWords) {
      const best = closest(word, entry.words);
      if (best === null) continue;
      matched++;
      distance += best;
      if (best > 0 && !known.has(word)) slipped = true;
    }
    if (slipped) scored.push({ entry, matched, distance });
  }
  scored.sort(
    (a, b) =>
      b.matched - a.matched || a.distance - b.distance || byCodeUnit(a.entry.name, b.entry.name),
  );
  return scored.slice(0, limit).map((s) => s.entry);
}

/** The smallest distance from `word` to one of `words` within the allowed slips, else null. */
function closest(word: string, words: readonly string[]): number | null {
  let best: number | null = null;
  const length = Array.from(word).length;
  for (const candidate of words) {
    const allowed = maxEdits(Math.min(length, Array.from(candidate).length));
    // Lengths that differ by more than the allowance cannot be within it.
    if (Math.abs(Array.from(candidate).length - length) > allowed) continue;
    const d = editDistance(word, candidate);
    if (d <= allowed && (best === null || d < best)) best = d;
  }
  return best;
}
