import { countryByCode as country } from "../core/geo/countries.ts";
import { isDistinctiveAlias } from "./terms.ts";

// Latin script only: the site and its index are English, and a reader types Latin letters.
const LATIN = /^[\p{Script=Latin}\p{M}\s'’().-]+$/u;

/**
 * The names a country goes by in world-countries, most typed first: common name, official
 * name, alpha-3 code, the package's alternative spellings (the alpha-2 code, "USA", "DPRK",
 * "Holland"; not the inverted "Korea, Republic of" forms, not other scripts), the Olympic code
 * when it differs, then the native names ("Deutschland"). Empty for an unknown code.
 */
export function countryTerms(code: string): string[] {
  const c = country(code);
  if (!c) return [];
  const alternatives = c.altSpellings.filter((a) => !a.includes(",") && LATIN.test(a));
  const olympic = /^[A-Z]{3}$/.test(c.cioc) && c.cioc !== c.cca3 ? [c.cioc] : [];
  const natives = Object.values(c.name.native)
    .flatMap((n) => [n.common, n.official])
    .filter((n) => LATIN.test(n));
  // The common and official names are the country's own; codes and other spellings must not be
  // everyday words ("IT", "Island").
  const extra = [c.cca3, ...alternatives, ...olympic, ...natives].filter(isDistinctiveAlias);
  return [...new Set([c.name.common, c.name.official, ...extra])];
}
