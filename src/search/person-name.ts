import { isNameSuffix } from "../core/names/lexicon.ts";
import { normalizeSpelling } from "./fold.ts";
import { PARTICLES } from "./terms.ts";

/** A person's name split into the parts readers drop or keep when they search. */
export interface PersonName {
  /** Given names, middle names and initials, in reading order. */
  given: string[];
  /** Particles before the surname: "von", "der" in "Ursula von der Leyen". */
  particles: string[];
  /** The surname proper: "Leyen"; "al-Example" keeps its attached article. */
  surname: string;
  /** "Jr.", "Sr.", "II", "III", "IV", "V", as written (see core isNameSuffix). */
  suffix: string | undefined;
  /** True when the surname comes first ("Park Min-jun"). */
  familyFirst: boolean;
}

// "Q.", "Q", "J.R.", "J.-P.": initials, which readers leave out.
const INITIAL = /^(?:\p{Lu}\.?|(?:\p{Lu}\.-?){2,})$/u;
// A romanised East Asian given name: syllables joined by a hyphen, the second lowercase.
const SYLLABIC_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

export function isInitial(word: string): boolean {
  return INITIAL.test(word);
}

/** The name's words, with the commas of "Example, Jr." removed. */
export function nameWords(name: string): string[] {
  return normalizeSpelling(name)
    .split(" ")
    .map((w) => w.replace(/,+$/, ""))
    .filter((w) => w !== "");
}

/**
 * Particles count only inside a name: lowercase anywhere but first ("Ursula von der Leyen"), or
 * capitalised between a given name and the surname ("Jane Van Example"). A first word is always
 * a given name ("Van Example" is a person called Van).
 */
function isNameParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase()) && word !== "e" && word !== "y";
}

/**
 * Family name first when the aliases show it (the first word stands alone as an alias and the
 * last does not: sources wrote "Park said"), or when the name is a surname and a hyphenated
 * syllabic given name ("Park Min-jun", "Example Kai-shek").
 */
function isFamilyFirst(words: readonly string[], aliases: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (words.some((w) => isInitial(w) || isNameParticle(w))) return false;
  if (words.length === 2 && SYLLABIC_GIVEN.test(words[1] ?? "")) return true;
  const alone = new Set(aliases.map((a) => normalizeSpelling(a).toLowerCase()));
  const first = (words[0] ?? "").toLowerCase();
  const last = (words[words.length - 1] ?? "").toLowerCase();
  return alone.has(first) && !alone.has(last);
}

/** Splits a person's name; `aliases` (the other spellings met) tell the order of the parts. */
export function parsePersonName(name: string, aliases: readonly string[] = []): PersonName {
  const words = nameWords(name);
  let suffix: string | undefined;
  const last = words[words.length - 1];
  if (words.length >= 3 && last !== undefined && isNameSuffix(last)) {
    suffix = last;
    words.pop();
  }
  if (isFamilyFirst(words, aliases)) {
    return {
      given: words.slice(1),
      particles: [],
      surname: words[0] ?? "",
      suffix,
      familyFirst: true,
    };
  }
  const surname = words.pop() ?? "";
  const particles: string[] = [];
  // Keep at least one given name: "Van Example" is a person called Van.
  while (words.length > 1 && isNameParticle(words[words.length - 1] ?? "")) {
    particles.unshift(words.pop() ?? "");
  }
  return { given: words, particles, surname, suffix, familyFirst: false };
}
