import { MONTHS, WEEKDAYS } from "../../core/date-words.ts";
import type { Range } from "../../core/model.ts";
import {
  FAMILY_NAME_FIRST,
  isGivenName,
  isKnownSurname,
  isNameSuffix,
  NAME_PARTICLES,
  ORG_HEADS,
  TITLES,
} from "../../core/names/lexicon.ts";
import { isEverydayWord, isPersonNoun } from "../../core/text/word-senses.ts";
import type { Token } from "./tokens.ts";

export const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);
export const isSuffix = (t: Token) => isNameSuffix(t.bare);
export const isParticle = (t: Token) => NAME_PARTICLES.has(t.text.toLowerCase());
export const isAcronym = (t: Token) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(t.bare);
/** A title ("Gen.", "Secretary"), hyphened ones too ("Attorney-General"). */
export const isTitle = (t: Token) => {
  const w = t.bare.toLowerCase();
  return TITLES.has(w) || (w.includes("-") && w.split("-").every((p) => TITLES.has(p)));
};
/**
 * A title, or a capitalized word for a kind of person before a name ("Coroner", "Comedian",
 * "Coach"), unless it is also a given name ("Baker Example").
 */
export const isRoleWord = (t: Token) =>
  isTitle(t) || (t.cap && !isGivenName(t.bare) && isPersonNoun(t.bare));

/** A name shape: capitalized words, initials, particles and a generational suffix. */
export function nameShaped(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  // A name may open with particles ("van der Berg") but must contain a capitalized word.
  const firstCap = tokens.findIndex((t) => t.cap && !isParticle(t));
  if (firstCap < 0 || tokens.slice(0, firstCap).some((t) => !isParticle(t))) return false;
  // After a given name, a title word is a surname: "Jane King", "Jane Bishop".
  const given = isGivenName((tokens[0] as Token).bare);
  return tokens.every(
    (t, i) =>
      (given && i > 0 && t.cap && isTitle(t)) ||
      isInitial(t) ||
      isSuffix(t) ||
      isParticle(t) ||
      (t.cap &&
        !isAcronym(t) &&
        !isTitle(t) &&
        !MONTHS.has(t.bare.toLowerCase()) &&
        !WEEKDAYS.has(t.bare.toLowerCase()) &&
        !ORG_HEADS.has(t.bare.toLowerCase())),
  );
}

/** Evidence that a name-shaped phrase is a person rather than, say, a product or a street. */
export function personEvidence(tokens: readonly Token[]): boolean {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  if (tokens.some(isInitial) || tokens.some(isSuffix)) return tokens.length >= 2;
  if (tokens.length >= 2 && isGivenName(first.bare)) return true;
  // "van der Example", "bin Example": a surname's particles before a capitalized word.
  if (tokens.length >= 2 && tokens.slice(0, -1).every(isParticle) && last.cap) return true;
  if (tokens.length >= 2 && isKnownSurname(last.bare)) return true;
  // "Park Min-jun": a common East Asian family name followed by a hyphenated given name.
  // "Park Min-jun", "Wang Lihua": a common East Asian family name, then one or two given names.
  return (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    FAMILY_NAME_FIRST.has(first.bare.toLowerCase()) &&
    tokens.slice(1).every((t) => t.cap && !isInitial(t))
  );
}

/** Two or more capitalized words, none of them an everyday word: "Jane Kowalski", not "Web Site". */
export const onlyNames = (tokens: readonly Token[]) =>
  tokens.length >= 2 && tokens.every((t) => !t.cap || !isEverydayWord(t.bare));

export const joinText = (text: string, tokens: readonly Token[]) =>
  tokens.length === 0
    ? ""
    : text.slice((tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end);

/** Offsets and surface text of a run of tokens, with a final possessive left out. */
export function span(text: string, tokens: readonly Token[]): Range & { text: string } {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const end = last.possessive && last.bare !== last.text ? last.start + last.bare.length : last.end;
  return { start: first.start, end, text: text.slice(first.start, end) };
}
