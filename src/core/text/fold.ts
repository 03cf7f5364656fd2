/**
 * Accent folding, the one answer for every place that matches, keys or slugs a name: "José" ->
 * "Jose", "Łódź" -> "Lodz", "Straße" -> "Strasse". Used by slugs, file ids, person-name keys,
 * place keys, search terms, the search-result highlighter and the chart text-width estimate.
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

// Only the combining diacritics of Latin, Greek and Cyrillic: in other scripts a mark is part of
// the spelling (Devanagari vowel signs, the Japanese voicing mark), and stripping it would turn
// one word into another.
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

export interface FoldOptions {
  /**
   * Also fold compatibility forms (NFKD): ligatures, full-width letters, super- and subscript
   * digits ("ﬁ" -> "fi", "CO₂" -> "CO2"). For URL slugs and ids, which keep only ASCII letters
   * and digits and would otherwise lose those characters. Off by default because NFKD also turns
   * a spacing accent ("O´Brien") into a space, which splits a name in two.
   */
  compatibility?: boolean;
}

/** `s` without accents, composed (NFC): "José" -> "Jose", "Łódź" -> "Lodz". */
export function foldAccents(s: string, options: FoldOptions = {}): string {
  return s
    .normalize(options.compatibility ? "NFKD" : "NFD")
    .replace(COMBINING_DIACRITICS, "")
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize("NFC");
}
