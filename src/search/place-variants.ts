import { countryTerms } from "./country-terms.ts";
import { foldedForms, hyphenForms } from "./fold.ts";
import { distinctTerms, MAX_TERMS } from "./terms.ts";

export interface PlaceLike {
  name: string;
  aliases: readonly string[];
  placeKind?: string | undefined;
  /** `country`: ISO 3166-1 alpha-2 code of the country the place is in, or is. */
  geo?: { country?: string | undefined } | undefined;
}

/**
 * The spellings a reader may type for a place, most wanted first, at most `MAX_TERMS`: the name
 * and aliases as given, then their keyboard forms; for a country, then its names and codes from
 * world-countries ("Federal Republic of Germany", "DEU") and their keyboard forms.
 *
 * Only a country gets its country's names: a city page carrying "Germany" would come up for
 * everyone looking for the country.
 */
export function placeVariants(entity: PlaceLike): string[] {
  const own = [entity.name, ...entity.aliases];
  const code = entity.placeKind === "country" ? entity.geo?.country : undefined;
  const official = code ? countryTerms(code) : [];
  return distinctTerms(
    [...own, ...own.flatMap(keyboardForms), ...official, ...official.flatMap(keyboardForms)],
    MAX_TERMS,
  );
}

/**
 * Other ways to type one place name: without a leading "The" ("The Gambia" -> "Gambia"), "St."
 * and "Saint" for each other, hyphens as spaces ("Saint-Example" -> "Saint Example"), each
 * also without accents ("Saint Étienne" -> "Saint Etienne", "München" -> "Munchen", "Muenchen").
 */
export function keyboardForms(name: string): string[] {
  const bases = [name, name.replace(/^the\s+(?=\S)/i, ""), ...saintForms(name)];
  const spaced = bases.flatMap((b) => hyphenForms(b).slice(0, 1));
  const withSpaced = [...bases, ...spaced, ...spaced.flatMap(saintForms)];
  return [...new Set(withSpaced.flatMap((b) => [b, ...foldedForms(b)]))].filter((f) => f !== name);
}

/** "St. Example" <-> "Saint Example", "Ste." <-> "Sainte", as a word at the start or inside. */
function saintForms(name: string): string[] {
  const out = [
    name.replace(/(?<=^|\s)St\.?(?=\s)/g, "Saint"),
    name.replace(/(?<=^|\s)Ste\.?(?=\s)/g, "Sainte"),
    name.replace(/(?<=^|\s)Saint(?=\s)/g, "St."),
    name.replace(/(?<=^|\s)Sainte(?=\s)/g, "Ste."),
  ];
  return out.filter((o) => o !== name);
}
