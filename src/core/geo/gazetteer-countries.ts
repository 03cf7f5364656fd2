import type { IState } from "country-state-city";
import type { Country } from "world-countries";
import { byCodeUnit } from "../text/compare.ts";
import {
  CONTINENTS,
  type Continent,
  continentOf,
  requirePackageData,
  worldCountries,
} from "./countries.ts";
import type { Place } from "./place.ts";
import {
  abbreviationKey,
  isAbbreviation,
  placeKey,
  regionBaseName,
  withoutArticle,
} from "./place-names.ts";

/**
 * The small half of the gazetteer: continents, countries (world-countries), admin-1 regions
 * (country-state-city) and demonyms. ~5,000 places, built in a few milliseconds, so demonyms and
 * country names never wait for the 135,000 cities.
 */

/** The continents' rough centroids (world-countries has none). */
const CENTROIDS: Readonly<Record<Continent, { lat: number; lon: number }>> = {
  Africa: { lat: 2, lon: 17 },
  Antarctica: { lat: -80, lon: 0 },
  Asia: { lat: 34, lon: 100 },
  Europe: { lat: 50, lon: 15 },
  "North America": { lat: 45, lon: -100 },
  "South America": { lat: -15, lon: -60 },
  Oceania: { lat: -20, lon: 145 },
};

/**
 * Everyday English names and abbreviations world-countries lacks (it has "USA", "UK", "UAE",
 * "DPRK", "DRC", "Holland" but not these). Abbreviations are matched dotted or not.
 */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ["U.S.", "U.S.A.", "America"],
  GB: ["U.K.", "Britain"],
  AE: ["U.A.E."],
  CN: ["PRC"],
  TR: ["Turkey"],
};

/** Two-letter codes that are also written in prose as the country's name. */
const PROSE_CODES = new Set(["US", "UK"]);

export interface CountryTier {
  /** Continents, countries and regions by id. */
  places: Map<string, Place>;
  /** `placeKey` of a name -> ids, in insertion order. */
  names: Map<string, string[]>;
  /** Abbreviation without dots ("US", "DPRK") -> ids. Case-sensitive. */
  abbreviations: Map<string, string[]>;
  /** `placeKey` of a demonym ("north korean") -> country id. */
  demonyms: Map<string, string>;
  /** ISO2 -> the country's regions that have coordinates. */
  regionsByCountry: Map<string, Place[]>;
}

export const continentId = (name: string): string =>
  `continent:${name.toLowerCase().replace(/\s+/g, "-")}`;
export const countryId = (cca2: string): string => `country:${cca2}`;
export const regionId = (cca2: string, code: string): string => `region:${cca2}-${code}`;

/** The gazetteer id of a country's continent. */
function continentIdOf(c: Country): string | undefined {
  const continent = continentOf(c);
  return continent && continentId(continent);
}

export function buildCountryTier(
  countries: readonly Country[],
  states: readonly IState[],
): CountryTier {
  const tier: CountryTier = {
    places: new Map(),
    names: new Map(),
    abbreviations: new Map(),
    demonyms: new Map(),
    regionsByCountry: new Map(),
  };
  const addOne = (name: string, id: string) => {
    if (isAbbreviation(name)) push(tier.abbreviations, abbreviationKey(name), id);
    else {
      const key = placeKey(name);
      if (key !== "") push(tier.names, key, id);
    }
  };
  const addName = (name: string, id: string) => {
    addOne(name, id);
    const bare = withoutArticle(name);
    if (bare !== null) addOne(bare, id);
  };

  for (const name of CONTINENTS) {
    const id = continentId(name);
    tier.places.set(id, { id, name, kind: "continent", ...CENTROIDS[name] });
    addName(name, id);
  }

  // Sorted by code so every index lists ids in the same order on every run.
  const sorted = [...countries].sort((a, b) => byCodeUnit(a.cca2, b.cca2));
  for (const c of sorted) {
    const id = countryId(c.cca2);
    const parent = continentIdOf(c);
    tier.places.set(id, {
      id,
      name: c.name.common,
      kind: "country",
      lat: c.latlng[0],
      lon: c.latlng[1],
      country: c.cca2,
      ...(parent ? { parent } : {}),
    });
    for (const n of countryNames(c)) addName(n, id);
  }

  // A demonym shared by several countries ("American": the United States and the Northern
  // Mariana Islands; "Congolese": both Congos) goes to the most sovereign, then largest.
  const byDemonym = new Map<string, Country>();
  for (const c of sorted) {
    const eng = c.demonyms.eng;
    if (!eng) continue;
    for (const d of new Set([eng.m, eng.f])) {
      if (d === "") continue;
      const key = placeKey(d);
      const held = byDemonym.get(key);
      if (!held || sovereignty(c) > sovereignty(held)) byDemonym.set(key, c);
    }
  }
  for (const [key, c] of byDemonym) tier.demonyms.set(key, countryId(c.cca2));

  const sortedStates = [...states].sort(
    (a, b) => byCodeUnit(a.countryCode, b.countryCode) || byCodeUnit(a.isoCode, b.isoCode),
  );
  for (const s of sortedStates) {
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    // A handful of regions have no coordinates; without a point they cannot be placed.
    if (s.latitude == null || s.longitude == null || !Number.isFinite(lat + lon)) continue;
    const id = regionId(s.countryCode, s.isoCode);
    const parent = countryId(s.countryCode);
    const place: Place = {
      id,
      name: s.name,
      kind: "region",
      lat,
      lon,
      country: s.countryCode,
      ...(tier.places.has(parent) ? { parent } : {}),
    };
    tier.places.set(id, place);
    push(tier.regionsByCountry, s.countryCode, place);
    addName(s.name, id);
    const base = regionBaseName(s.name);
    if (base) addName(base, id);
  }
  // Shared by every caller: frozen so no one can change them for the others.
  for (const place of tier.places.values()) Object.freeze(place);
  return tier;
}

/**
 * Names a country goes by: common and official names, alternate spellings in Latin script (not
 * inverted "Korea, Republic of" forms, not bare ISO codes other than "US"/"UK"), and the
 * everyday extras above.
 */
export function countryNames(c: Country): string[] {
  const out = new Set<string>([c.name.common, c.name.official]);
  for (const a of c.altSpellings) {
    if (a.includes(",") || !/^[\p{Script=Latin}\p{M}\s'’().-]+$/u.test(a)) continue;
    if (/^[A-Z]{2}$/.test(a) && !PROSE_CODES.has(a)) continue;
    out.add(a);
  }
  for (const a of EXTRA_NAMES[c.cca2] ?? []) out.add(a);
  return [...out];
}

function sovereignty(c: Country): number {
  return (c.unMember ? 2e9 : 0) + (c.independent ? 1e9 : 0) + Math.min(c.area, 1e9 - 1);
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Loads world-countries and country-state-city's regions. The regions come from the package's
 * `State` module alone: its main entry would also parse the 8 MB city list (~350 ms) we never use.
 */
export function loadCountryTier(): CountryTier {
  const state = requirePackageData("country-state-city/lib/cjs/state.js") as {
    default: { getAllStates(): IState[] };
  };
  return buildCountryTier(worldCountries(), state.default.getAllStates());
}
