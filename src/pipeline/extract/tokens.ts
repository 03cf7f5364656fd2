import type { Range } from "../../core/model.ts";
import {
  COMPANY_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
  SUFFIX_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from "../../core/text/abbreviations.ts";
import { wordSet } from "../../core/text/stopwords.ts";

export interface Token extends Range {
  text: string;
  /** Starts with a capital letter (or is an initial or acronym). */
  cap: boolean;
  /** Ends in a possessive ("Kim’s", "Allies’"); `text` keeps it, `bare` drops it. */
  possessive: boolean;
  bare: string;
}

// Letters and digits joined by internal apostrophes, hyphens or dots ("Jong-un", "U.S", "O’Neil").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
// Abbreviations whose period joins a name's token: titles, "St.", suffixes, company forms, "No.".
// Not months ("Oct." is a date, not part of a name) nor reference abbreviations.
const NAME_ABBREVIATIONS = wordSet(
  TITLE_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
  SUFFIX_ABBREVIATIONS,
  COMPANY_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
);

/** "Gen", "St", "Jr", "Inc" as written in a name: capitalized, never "GEN" or "gen". */
function isNameAbbreviation(word: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(word) && NAME_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Word tokens of `text[start, end)` with offsets into `text`. A period joins the token when it
 * belongs to an initial ("J."), a dotted acronym ("U.S.") or a title abbreviation ("Gen.").
 * The name detector's own tokenizer, not core's words(): it needs what a comparison key throws
 * away (capitals, initials' periods, possessives) and no punctuation stuck to a word.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let t = m[0];
    let e = m.index + t.length;
    // "Russian-North Korean": a demonym hyphenated to a name is two words; "Jean-Luc" stays one.
    const joined = /^(\p{Lu}\p{Ll}{3,}(?:an|ese|ish|i))-(?=\p{Lu})/u.exec(t);
    if (joined?.[1]) {
      t = joined[1];
      e = m.index + t.length;
      WORD.lastIndex = e + 1;
    }
    if (
      text[e] === "." &&
      (/^\p{Lu}$/u.test(t) || /^(?:\p{L}\.)+\p{L}$/u.test(t) || isNameAbbreviation(t))
    ) {
      t += ".";
      e += 1;
      WORD.lastIndex = e;
    }
    // "Kim’s" (the apostrophe is inside the token) or "Allies’" (it follows a final s).
    const possessive =
      /['’]s$/u.test(t) ||
      (t.endsWith("s") && /['’]/u.test(text[e] ?? "") && !/\p{L}/u.test(text[e + 1] ?? ""));
    const bare = t.replace(/['’]s$/u, "");
    out.push({
      text: t,
      start: m.index,
      end: e,
      // A number's plural names a team as a capitalized word would: "the Example City 76ers".
      cap: /^\p{Lu}/u.test(t) || /^\d+ers$/u.test(t),
      possessive,
      bare,
    });
  }
  return out;
}
