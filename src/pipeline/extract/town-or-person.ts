import type { PlaceCandidate } from "../../core/geo/places.ts";
import { isLexiconPersonName } from "../../core/names/lexicon.ts";

/** Words before a name that put it on a map: "in Example", "from Example", "near Example". */
const LOCATIVE_BEFORE =
  /\b(?:in|at|from|near|to|outside|into|across|around|toward|towards|of|via|through|between|and)\s+$/iu;
/** "Example, Examplia", "Example-based", "Example residents": a place by what follows it. */
const LOCATIVE_AFTER =
  /^(?:,\s*\p{Lu}|-based\b|\s+(?:residents?|area|county|city|region|province|state|district)\b)/u;
const BIG_CITY = 1_000_000;

/**
 * A town whose name is also a person's name ("Example" the surname, a town of 20,000 somewhere)
 * is taken for the town only where the text puts it on a map. Capitals and big cities keep their
 * name; a possessive never does ("Example's plan" is a person's plan, not a town's).
 */
export function townNamedLikePerson(
  place: PlaceCandidate,
  word: string,
  before: string,
  after: string,
  possessive: boolean,
): boolean {
  if (place.kind !== "city" || place.capital || (place.population ?? 0) >= BIG_CITY) return false;
  if (!isLexiconPersonName(word)) return false;
  if (possessive) return true;
  return !LOCATIVE_BEFORE.test(before.slice(-30)) && !LOCATIVE_AFTER.test(after);
}
