import { foldedForms, normalizeSpelling } from "./fold.ts";
import { distinctTerms, isDistinctiveAlias, MAX_TERMS } from "./terms.ts";

/** A word already written as an acronym: "NATO", "U.S.", "U.K.". */
const ACRONYM_WORD = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;

/**
 * The acronym of a name of three capitalised words or more, from their initials ("National
 * Intelligence Service" -> "NIS"); words already abbreviated give all their letters ("U.S.
 * Example Survey" -> "USES"). Lowercase words ("of", "and") and a leading "The" are skipped, as
 * acronyms skip them. Null for shorter names: a two-letter acronym matches too much.
 */
export function acronym(name: string): string | null {
  const words = normalizeSpelling(name)
    .replace(/^the\s+/i, "")
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 3) return null;
  return words
    .map((w) => (ACRONYM_WORD.test(w) ? w.replace(/\./g, "") : w.charAt(0)))
    .join("")
    .toUpperCase();
}

/**
 * The spellings a reader may type for an organization, most wanted first, at most `MAX_TERMS`:
 * the name and aliases as given; dotted acronyms without dots ("U.N." -> "UN"); the names
 * without a leading "The"; acronyms of the long names; accent-free forms.
 */
export function organizationVariants(name: string, aliases: readonly string[]): string[] {
  const given = [name, ...aliases].map(normalizeSpelling);
  const undotted = given
    .filter((g) => /^(?:\p{Lu}\.){2,}$/u.test(g))
    .map((g) => g.replace(/\./g, ""));
  const bare = given.map((g) => g.replace(/^the\s+(?=\S)/i, ""));
  // A generated acronym that spells a word ("WHO", "CAN") would answer searches for that word.
  const acronyms = given.flatMap((g) => acronym(g) ?? []).filter(isDistinctiveAlias);
  const folded = [...given, ...bare].flatMap(foldedForms);
  return distinctTerms([...given, ...undotted, ...bare, ...acronyms, ...folded], MAX_TERMS);
}
