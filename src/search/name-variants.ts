import { foldedForms, hyphenForms, normalizeSpelling } from "./fold.ts";
import { isInitial, nameWords, type PersonName, parsePersonName } from "./person-name.ts";
import { distinctTerms, MAX_TERMS } from "./terms.ts";
import { type Families, nameFamilies, wordVariants } from "./transliteration.ts";

/**
 * The spellings a reader may type for a person, most wanted first, at most `MAX_TERMS`:
 *
 * 1. the name and every alias, as given;
 * 2. their parts readers keep: without the suffix, without middle initials, both; the surname
 *    with its particles ("von der Leyen"), the bare surname ("Leyen", "Example" for
 *    "al-Example"); for family-name-first names the other order ("Min-jun Park") and the given
 *    name ("Min-jun");
 * 3. keyboard spellings of 1 and 2: accents folded ("Jose", "Mueller"), hyphens dropped
 *    ("Min jun", "Minjun");
 * 4. transliteration variants (see transliteration.ts): the bare surname's first ("Dostoyevsky"),
 *    then the short name with one given name changed ("Evgeny Example"), then the short name
 *    with the surname changed. The index matches words, so a variant word alone already finds
 *    the page; the full-name forms come last.
 *
 * The cap cuts from the end, so the given spellings survive (unless there are more of them).
 */
export function personVariants(name: string, aliases: readonly string[]): string[] {
  const sources = [...new Set([name, ...aliases].map(normalizeSpelling))].filter((s) => s !== "");
  const parsed = sources.map((s) =>
    parsePersonName(
      s,
      sources.filter((o) => o !== s),
    ),
  );
  const structural = parsed.flatMap(structuralForms);
  const keyboard = [...sources, ...structural].flatMap(keyboardForms);
  const families = nameFamilies(sources.flatMap(nameWords));
  const translit = parsed.flatMap((p) => (p.familyFirst ? [] : transliterations(p, families)));
  return distinctTerms([...sources, ...structural, ...keyboard, ...translit], MAX_TERMS);
}

const join = (...parts: (string | undefined)[][]): string =>
  parts
    .flat()
    .filter((p) => p !== undefined && p !== "")
    .join(" ");

/** Given names without initials, unless initials are all there is ("J. Example"). */
function withoutInitials(given: readonly string[]): string[] {
  const kept = given.filter((g) => !isInitial(g));
  return kept.length > 0 ? kept : [...given];
}

/** The bare surname, "al-" or "el-" dropped: what readers type for "al-Example". */
function bareSurname(surname: string): string {
  return surname.replace(/^(?:al|el)-(?=\p{L}{2})/iu, "");
}

function structuralForms(p: PersonName): string[] {
  const { given, particles, surname, suffix } = p;
  if (p.familyFirst) {
    return [
      join([surname], given, [suffix]),
      join([surname], given),
      surname,
      join(given, [surname]),
      // Sources call East Asian public figures by the given name too ("Min-jun said").
      join(given),
    ];
  }
  const short = withoutInitials(given);
  return [
    join(given, particles, [surname], [suffix]),
    join(given, particles, [surname]),
    join(short, particles, [surname], [suffix]),
    join(short, particles, [surname]),
    join(particles, [surname]),
    surname,
    bareSurname(surname),
  ];
}

/** Accent-free and hyphenless spellings of one form. */
function keyboardForms(form: string): string[] {
  const folded = foldedForms(form);
  return [...folded, ...hyphenForms(form), ...folded.flatMap(hyphenForms)];
}

function transliterations(p: PersonName, families: Families): string[] {
  if (!families.slavic && !families.arabic && !/^(?:al|el)-/i.test(p.surname)) return [];
  const given = withoutInitials(p.given);
  const surnames = wordVariants(p.surname, families);
  const bare = bareSurname(p.surname);
  const bareAlts = bare === p.surname ? [] : wordVariants(bare, families);
  const givenAlts = given.flatMap((g, i) =>
    wordVariants(g, families).map((v) =>
      join(
        given.map((h, j) => (j === i ? v : h)),
        p.particles,
        [p.surname],
      ),
    ),
  );
  return [
    ...surnames,
    ...bareAlts,
    ...givenAlts,
    ...surnames.map((s) => join(given, p.particles, [s])),
  ];
}
