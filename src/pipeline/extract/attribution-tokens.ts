import { ABBREVIATIONS } from "../../core/text/abbreviations.ts";
import { isSpaceCode, isWordCode } from "./quote-marks.ts";

/** A word or a single punctuation mark, with offsets into the article text. */
export interface AttributionToken {
  start: number;
  end: number;
  text: string;
  /** Lowercased text, for the word lists. */
  lower: string;
  word: boolean;
  /** A word that starts with a capital letter or a digit. */
  cap: boolean;
}

const JOINERS = new Set(["'", "’", ".", "-", "‐", "&"]);

/**
 * Words and punctuation of text[start, end). A word runs over letters and digits joined by
 * apostrophes, hyphens or dots ("Jong-un", "don’t", "U.S"); a final period joins it when it marks
 * an initial, an acronym or a known abbreviation, so only real sentence ends remain as ".".
 */
export function tokenizeRange(text: string, start: number, end: number): AttributionToken[] {
  const out: AttributionToken[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (!isWordCode(code)) {
      out.push(token(text, i, i + 1, false));
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < end && isWordCode(text.charCodeAt(j))) j++;
      if (j + 1 < end && JOINERS.has(text[j] ?? "") && isWordCode(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (j < end && text[j] === "." && keepsPeriod(text.slice(i, j))) j++;
    out.push(token(text, i, j, true));
    i = j;
  }
  return out;
}

function keepsPeriod(word: string): boolean {
  return word.length === 1 || word.includes(".") || ABBREVIATIONS.has(word.toLowerCase());
}

function token(text: string, start: number, end: number, word: boolean): AttributionToken {
  const t = text.slice(start, end);
  const first = t[0] ?? "";
  return {
    start,
    end,
    text: t,
    lower: t.toLowerCase(),
    word,
    cap: word && (first !== first.toLowerCase() || (first >= "0" && first <= "9")),
  };
}

/** Sentence-ending punctuation (a period left over after abbreviations were joined). */
export function isTerminator(t: AttributionToken): boolean {
  return !t.word && (t.text === "." || t.text === "!" || t.text === "?" || t.text === "…");
}

/** Any quotation mark, as punctuation. */
export function isQuoteToken(t: AttributionToken): boolean {
  return !t.word && /^["“”„«»‘’']$/.test(t.text);
}
