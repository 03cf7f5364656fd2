import { isGivenName, isKnownOrganization, isKnownSurname } from "../../core/names/lexicon.ts";
import { COMPANY_HEADS, NOT_TEAM_PLURALS, OUTLET_HEADS } from "../../core/names/organizations.ts";
import type { Token } from "./tokens.ts";

/**
 * Evidence, from a name's own words, that it names an organization rather than a person: a
 * company's or an outlet's last word ("Advanced Micro Devices", "the Example Reporter"), a
 * team's plural ("the Example Hawks"), a company's shape ("ExampleSoft", "Q-Mobile",
 * "Example.com"), or the lexicon.
 */

const lower = (t: Token) => t.bare.toLowerCase();

/** The phrase ends with a company's or an outlet's head word: "Example Devices", "… Weekly". */
export function endsWithCompanyHead(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  const last = lower(tokens[tokens.length - 1] as Token);
  return COMPANY_HEADS.has(last) || OUTLET_HEADS.has(last);
}

/**
 * One word shaped like a brand, never like a person's name: inner capitals after a word of
 * three letters or more ("ExampleSoft"; "McAllen" and "DeLuca" are names), a capital letter
 * hyphened to a word ("Q-Mobile"), digits in a word ("Example24"), or a web address.
 */
export function brandShaped(t: Token): boolean {
  const w = t.bare;
  if (/\.(?:com|net|org|co|tv)$/iu.test(w)) return true;
  if (/^\p{Lu}-\p{Lu}\p{Ll}/u.test(w)) return true;
  if (/^\p{Lu}\p{Ll}*\d|\d\p{L}*$/u.test(w) && /\p{L}{2}/u.test(w)) return true;
  const hump = /^(\p{Lu}\p{Ll}{2,})\p{Lu}\p{Ll}/u.exec(w);
  return hump !== null && !/^(?:Mac|Van|Von|Des|Del|Della|Las|Los)$/u.test(hump[1] as string);
}

/**
 * A team's or a party's name: a capitalized plural ("Hawks", "Democrats") or a number's plural
 * ("76ers"), not a place word ("Mountains"), an event ("Olympics"), a people ("Americans") or a
 * family ("the Examples").
 */
export function teamPlural(t: Token, isDemonym: (word: string) => boolean): boolean {
  const w = t.bare;
  if (t.possessive && t.bare === t.text) return false;
  if (/^\d+(?:er|ers)$/iu.test(w)) return true;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || /ss$/u.test(w) || w.length < 5) return false;
  const key = w.toLowerCase();
  if (NOT_TEAM_PLURALS.has(key)) return false;
  if (isDemonym(w) || isDemonym(w.slice(0, -1))) return false;
  // A family's name in the plural ("the Examples") is not a team.
  const singular = w.slice(0, -1);
  return !isGivenName(singular) && !isKnownSurname(singular);
}

/** The lexicon knows the phrase, or its last words, as an organization or team. */
export function knownOrganization(text: string): boolean {
  return isKnownOrganization(text);
}
