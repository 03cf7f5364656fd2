import { isCommonWord } from "../core/text/common-words.ts";
import { normalizeSpelling } from "./fold.ts";

/**
 * Most search strings one entity contributes. The index gives them a high weight, so a long tail
 * of unlikely spellings would only add noise; the lists are built most-wanted first, and the cap
 * drops the least wanted.
 */
export const MAX_TERMS = 24;

/**
 * Name particles and generational suffixes: part of a name, never a name by themselves ("van",
 * "der", "bin", "Jr."). A term that is only these would match every page with a Dutch or Arabic
 * name in it.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  "van",
  "von",
  "der",
  "den",
  "dem",
  "de",
  "del",
  "della",
  "dello",
  "degli",
  "dei",
  "di",
  "da",
  "das",
  "do",
  "dos",
  "du",
  "des",
  "la",
  "le",
  "les",
  "lo",
  "ter",
  "ten",
  "zu",
  "zur",
  "af",
  "av",
  "ap",
  "bin",
  "ibn",
  "bint",
  "ben",
  "binti",
  "al",
  "el",
  "y",
  "e",
  "st",
  "the",
]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** True for a word that is a particle or suffix, never a search term by itself. */
export function isParticle(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]$/, "");
  return PARTICLES.has(w) || SUFFIXES.has(w);
}

/**
 * Whether a generated alias (a code, an acronym, an alternative or native spelling) is safe to
 * index at the highest weight. One that is an everyday word ("it", "arm", "island", "who") or a
 * two-letter code ("IT", "US") would put the entity first for searches about something else.
 * Names as the sources write them are kept whatever they are: "Park" must find Park Min-jun.
 */
export function isDistinctiveAlias(term: string): boolean {
  const t = term.trim();
  if (/\s/u.test(t)) return true;
  return !/^\p{Lu}{2}$/u.test(t) && !isCommonWord(t);
}

/** A term worth indexing: two letters or more, and not only particles, suffixes or initials. */
export function isUsableTerm(term: string): boolean {
  if ((term.match(/\p{L}/gu) ?? []).length < 2) return false;
  return term.split(/[\s-]+/).some((w) => !isParticle(w) && (w.match(/\p{L}/gu) ?? []).length >= 2);
}

/**
 * `values` normalised, unusable ones dropped, deduplicated case-insensitively (the first spelling
 * met wins), in order, at most `cap`.
 */
export function distinctTerms(values: Iterable<string>, cap: number = MAX_TERMS): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (out.length >= cap) break;
    const term = normalizeSpelling(value);
    const key = term.toLowerCase();
    if (seen.has(key) || !isUsableTerm(term)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}
