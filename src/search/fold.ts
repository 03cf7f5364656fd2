import { foldAccents } from "../core/text/fold.ts";

/**
 * Spelling normalisation shared by every kind of search term: what a reader's keyboard can type
 * for a name printed with accents, typographic apostrophes or hyphens. The accents themselves
 * are folded by core's foldAccents; what is here is only what typed queries need.
 */

/** Canonical form of a typed or printed name: NFC, straight apostrophes and hyphens, one space. */
export function normalizeSpelling(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\s+/gu, " ")
    .trim();
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
  return foldAccents(nfc.replace(/[äöüÄÖÜ]/gu, (c) => UMLAUTS[c] ?? c));
}

/** The accent-free spellings of `s` (folded, then umlauts expanded), each differing from `s`. */
export function foldedForms(s: string): string[] {
  const out: string[] = [];
  for (const f of [foldAccents(s), expandUmlauts(s)]) {
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
