import { FAMILY_NAME_FIRST, isNameSuffix, NAME_PARTICLES } from "./lexicon.ts";

/** Name parts a later bare mention may use: surname, and family name for family-first names. */
export function shortForms(name: string): string[] {
  const parts = name.split(/\s+/).filter((p) => !isNameSuffix(p) && !/^\p{Lu}\.$/u.test(p));
  if (parts.length < 2) return [];
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (FAMILY_NAME_FIRST.has(first.toLowerCase())) {
    // "Park Min-jun" is "Park" later. Without a hyphenated given name the order is uncertain
    // ("Wang Lihua" or "Kim Example"), so both ends may stand alone, family name first.
    return parts.slice(1).some((p) => /-\p{Ll}/u.test(p)) ? [first] : [first, last];
  }
  // The surname keeps its particles: "Margit van der Example" -> "van der Example".
  let i = parts.length - 1;
  while (i > 1 && NAME_PARTICLES.has((parts[i - 1] as string).toLowerCase())) i--;
  return i < parts.length - 1 ? [parts.slice(i).join(" "), last] : [last];
}
