import { createRequire } from "node:module";
import { join } from "node:path";
import process from "node:process";
import type { Country } from "world-countries";

/**
 * The one loader of world-countries (and of the other data packages the gazetteer and the maps
 * read), for the gazetteer, the search terms, the pages and the maps.
 *
 * Packages load lazily through `createRequire`, which works unchanged under plain Node and in
 * Astro's (Vite's) server build, where `import.meta.url` is the bundled chunk's and `require`
 * still finds node_modules by walking up. A chunk written outside the project never meets
 * node_modules that way, so the working directory is tried next. It also keeps large data files
 * out of every bundle and out of the type checker.
 */
export function requirePackageData(id: string): unknown {
  try {
    return createRequire(import.meta.url)(id);
  } catch {
    return createRequire(join(process.cwd(), "package.json"))(id);
  }
}

let list: readonly Country[] | undefined;
let byCode: Map<string, Country> | undefined;

/** Every country of world-countries, loaded once. */
export function worldCountries(): readonly Country[] {
  list ??= requirePackageData("world-countries") as Country[];
  return list;
}

/** world-countries by ISO 3166-1 alpha-2 code (any case). */
export function countryByCode(code: string | undefined): Country | undefined {
  if (!code) return undefined;
  byCode ??= new Map(worldCountries().map((c) => [c.cca2, c]));
  return byCode.get(code.toUpperCase());
}

/** A country's common English name from its alpha-2 code. */
export function countryName(code: string | undefined): string | undefined {
  return countryByCode(code)?.name.common;
}

/** The countries of the places among a source's names, by common name, sorted, once each. */
export function placeCountries(
  names: readonly { type: string; geo?: { country?: string | undefined } | undefined }[],
): string[] {
  const found = names.flatMap((n) => {
    const c = n.type === "place" ? countryName(n.geo?.country) : undefined;
    return c ? [c] : [];
  });
  return [...new Set(found)].sort();
}

export type Continent =
  | "Africa"
  | "Antarctica"
  | "Asia"
  | "Europe"
  | "North America"
  | "South America"
  | "Oceania";

/** The seven continents, in the order maps and the gazetteer list them. */
export const CONTINENTS: readonly Continent[] = [
  "Africa",
  "Antarctica",
  "Asia",
  "Europe",
  "North America",
  "South America",
  "Oceania",
];

/** world-countries' region/subregion -> continent; the Americas split at Panama. */
export function continentOf(c: Pick<Country, "region" | "subregion">): Continent | undefined {
  switch (c.region) {
    case "Africa":
    case "Asia":
    case "Europe":
    case "Oceania":
      return c.region;
    case "Antarctic":
      return "Antarctica";
    case "Americas":
      return c.subregion === "South America" ? "South America" : "North America";
    default:
      return undefined;
  }
}
