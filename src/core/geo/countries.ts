import { createRequire } from "node:module";
import type { Country } from "world-countries";

let byCode: Map<string, Country> | undefined;

/** world-countries by ISO 3166-1 alpha-2 code, loaded once for pages, search terms and maps. */
export function countryByCode(code: string | undefined): Country | undefined {
  if (!code) return undefined;
  byCode ??= new Map(
    (createRequire(import.meta.url)("world-countries") as Country[]).map((c) => [c.cca2, c]),
  );
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
