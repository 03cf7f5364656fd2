/**
 * Spelling normalisation shared by every kind of search term: what a reader's keyboard can type
 * for a name printed with accents, typographic apostrophes or hyphens.
 */

// Letters Unicode does not split into a base letter plus a combining mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  þ: "th",
  Þ: "Th",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
  ŀ: "l",
  Ŀ: "L",
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "gu");

// Only the Latin/Greek/Cyrillic combining diacritics: in other scripts (Devanagari vowel signs,
// Arabic harakat) a mark is part of the spelling, and stripping it would corrupt the word.
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

/** Canonical form of a typed or printed name: NFC, straight apostrophes and hyphens, one space. */
export function normalizeSpelling(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

/** "José" -> "Jose", "Łukasz" -> "Lukasz", "Müller" -> "Muller", "Ærø" -> "Aero". */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_DIACRITICS, "")
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize("NFC");
}

const UMLAUTS: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
};

/**
 * The German way to type an umlaut without one ("Müller" -> "Mueller"), the rest folded; null
 * when the name has no umlaut. Readers of German names type both "Muller" and "Mueller".
 */
export function expandUmlauts(s: string): string | null {
  const nfc = s.normalize("NFC");
  if (!/[äöüÄÖÜ]/u.test(nfc)) return null;
  return foldDiacritics(nfc.replace(/[äöüÄÖÜ]/gu, (c) => UMLAUTS[c] ?? c));
}

/** The accent-free spellings of `s` (folded, then umlauts expanded), each differing from `s`. */
export function foldedForms(s: string): string[] {
  const out: string[] = [];
  for (const f of [foldDiacritics(s), expandUmlauts(s)]) {
    if (f !== null && f !== s && !out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * Hyphenless spellings: "Min-jun" -> "Min jun", and, where the part after a hyphen is a
 * lowercase syllable (romanised Korean or Chinese given names), joined: "Minjun". A capitalised
 * part marks a double-barrelled name ("Example-Smith"), which no one types as one word.
 */
export function hyphenForms(s: string): string[] {
  if (!/\p{L}-\p{L}/u.test(s)) return [];
  const spaced = s.replace(/(?<=\p{L})-(?=\p{L})/gu, " ");
  // Not after an article prefix: "al-example" is never typed "alexample".
  const joined = s.replace(/(?<=\p{L}+)-(?=\p{Ll})/gu, (hyphen, at: number) =>
    /(?:^|[\s-])(?:al|el)$/iu.test(s.slice(0, at)) ? hyphen : "",
  );
  return joined !== s && joined !== spaced ? [spaced, joined] : [spaced];
}
