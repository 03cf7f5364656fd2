import { MONTH_ABBREVIATIONS } from "../date-words.ts";
import { HONORIFICS, wordSet } from "./stopwords.ts";

/**
 * Abbreviations whose period belongs to the word ("Gen. Example", "Oct. 5", "Acme Inc."), so
 * that period is not a sentence end. Lowercase, without the period. One list for the sentence
 * splitter (ingest), the attribution tokenizer and the name tokenizer (extract), each taking the
 * groups it needs. General English only.
 */

const list = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean));

/** Titles before a name: the honorifics, and military, political and religious ranks. */
export const TITLE_ABBREVIATIONS = wordSet(
  HONORIFICS,
  list("prof gen lt col maj capt cpt sgt cpl pvt adm cmdr sen rep gov pres rev hon fr"),
);

/** Saint, Mount and Fort before a place's name ("St. Louis", "Mt. Example", "Ft. Example"). */
export const PLACE_ABBREVIATIONS = list("st mt ft");

/**
 * Generational suffixes after a name ("Jane Example Jr."). They end a name, and so may end a
 * sentence too: the sentence splitter does not count on them.
 */
export const SUFFIX_ABBREVIATIONS = list("jr sr");

/** Company forms after a name ("Acme Inc.", "Example Co."). */
export const COMPANY_ABBREVIATIONS = list("inc corp ltd co");

/** Numbering before a figure ("No. 10", "Nos. 3 and 4"). */
export const NUMBER_ABBREVIATIONS = list("no nos");

/** Abbreviations of reference and citation ("vs.", "approx.", "e.g.", "et al.", "vol."). */
export const REFERENCE_ABBREVIATIONS = list("vs v approx dept est fig e.g i.e cf al ca op vol pp");

/** Every abbreviation whose period belongs to the word, months ("Oct.") included. */
export const ABBREVIATIONS = wordSet(
  TITLE_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
  SUFFIX_ABBREVIATIONS,
  COMPANY_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  REFERENCE_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
);
