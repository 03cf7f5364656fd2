import { sameGivenName } from "../../core/names/hypocorisms.ts";
import { isNameSuffix, TITLES } from "../../core/names/lexicon.ts";
import { foldAccents } from "../../core/text/fold.ts";

/**
 * When two written forms of a person's name are one person: the surname agrees (the caller has
 * checked), the given names agree in order — the same name, a familiar form of it ("Jim" and
 * "James"), or its initial — and generations agree: "Jr." is never the father, and a name
 * without a suffix is not the son.
 */

export const normalName = (s: string) =>
  foldAccents(s).replace(/[’']/g, "'").replace(/-/g, " ").replace(/\s+/g, " ").trim().toLowerCase();

/** The generational suffix of a name, "" when none: "Jane Example Jr." -> "jr". */
export function generation(name: string): string {
  const last = name.trim().split(/\s+/).pop() ?? "";
  return isNameSuffix(last) ? normalName(last).replace(/[.,]/g, "") : "";
}

/** Given-name parts of a full name, initials reduced to their letter: "Lloyd J. Example" -> [lloyd, j]. */
function givenParts(name: string, surname: string): string[] {
  const sur = normalName(surname).split(" ");
  const withoutSuffix = name
    .split(/\s+/)
    .filter((w) => !isNameSuffix(w))
    .join(" ");
  const parts = normalName(withoutSuffix)
    .split(" ")
    .map((p) => p.replace(/\.$/, ""));
  // Drop the surname (and its particles) from the end.
  while (parts.length > 0 && sur.includes(parts[parts.length - 1] as string)) parts.pop();
  return parts;
}

const sameGiven = (a: string, b: string) =>
  a === b ||
  (a.length === 1 && b.startsWith(a)) ||
  (b.length === 1 && a.startsWith(b)) ||
  sameGivenName(a, b);

/** Whether two full names with this surname can be one person. */
export function compatibleNames(a: string, b: string, surname: string): boolean {
  const ga = generation(a);
  const gb = generation(b);
  // "Jr." only with "Jr."; other suffixes ("Sr.", "III") go with a name that has none.
  if (ga !== gb && (ga === "jr" || gb === "jr" || (ga !== "" && gb !== ""))) return false;
  const pa = givenParts(a, surname);
  const pb = givenParts(b, surname);
  if (pa.length === 0 || pb.length === 0) return true;
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  // Every given part of the shorter name, in order, in the longer one. The longer may open with
  // names the shorter leaves out, initials or not: a person may go by a middle name ("J. Jane
  // Example", "Jon Jane Example" and "Jane Example"). It may have more names after.
  let j = 0;
  for (const [i, part] of short.entries()) {
    if (i === 0) while (j < long.length && !sameGiven(part, long[j] as string)) j++;
    if (j >= long.length || !sameGiven(part, long[j] as string)) return false;
    j++;
  }
  return true;
}

/** Modifiers that say when or how, not which office: "former", "acting". */
const NOT_OFFICE = new Set(
  "former acting interim deputy senior first then outgoing incoming late elder younger".split(" "),
);

/** The office words of a role: "Former Example Vice President" -> {vice, president}. */
export function officeWords(role: string): Set<string> {
  return new Set(
    normalName(role)
      .split(/[\s,]+/)
      .map((w) => w.replace(/\.$/, ""))
      .filter((w) => TITLES.has(w) && !NOT_OFFICE.has(w)),
  );
}

/** Whether two roles name the same office ("Vice President" and "former vice president"). */
export function sameOffice(a: string, b: string): boolean {
  const x = officeWords(a);
  const y = officeWords(b);
  if (x.size === 0 || y.size === 0) return false;
  return [...x].every((w) => y.has(w)) || [...y].every((w) => x.has(w));
}
