import { createRequire } from "node:module";
import type { Country } from "world-countries";

let names: Map<string, string> | undefined;

/** A country's common English name from its ISO 3166-1 alpha-2 code (world-countries). */
export function countryName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (!names) {
    const countries = createRequire(import.meta.url)("world-countries") as Country[];
    names = new Map(countries.map((c) => [c.cca2, c.name.common]));
  }
  return names.get(code.toUpperCase());
}

/** The countries of the places among a source's names, by common name, sorted, once each. */
export function placeCountries(
  names: readonly { type: string; geo?: { country?: string } | undefined }[],
): string[] {
  const found = names.flatMap((n) => {
    const c = n.type === "place" ? countryName(n.geo?.country) : undefined;
    return c ? [c] : [];
  });
  return [...new Set(found)].sort();
}
