import type { QuoteSpan } from "./quote-doubles.ts";
import {
  canClose,
  canOpen,
  isSpaceCode,
  isWordCode,
  SINGLE_CLOSE,
  SINGLE_OPEN,
  STRAIGHT_SINGLE,
} from "./quote-marks.ts";

// Words that begin with an apostrophe standing for dropped letters, not with a quotation mark.
const ELISIONS = new Set(["em", "til", "tis", "twas", "cause", "cos", "n", "bout", "round", "s"]);

/**
 * Single-quoted passages in text[lo, hi) (one paragraph). The same marks are apostrophes, so a
 * passage counts only when it is clearly a quotation: an opening mark after a space and before a
 * word that is not an elision (‘90s, ’em, rock ’n’ roll), a closing mark after a word and not
 * before a letter (so “don’t” never closes), and both in the same paragraph. Unlike double quotes,
 * an unclosed single quote is dropped: it is more likely an apostrophe than a quotation.
 *
 * Linear: the candidate marks are collected first, then paired left to right, each opening mark
 * replacing an earlier unpaired one.
 */
export function findSingleQuotes(text: string, lo: number, hi: number): QuoteSpan[] {
  const marks: { at: number; opens: boolean }[] = [];
  for (let i = lo; i < hi; i++) {
    const code = text.charCodeAt(i);
    if (code !== SINGLE_OPEN && code !== SINGLE_CLOSE && code !== STRAIGHT_SINGLE) continue;
    if (code !== SINGLE_CLOSE && canOpen(text, i, lo, hi) && opensWord(text, i + 1, hi)) {
      marks.push({ at: i, opens: true });
    } else if (code !== SINGLE_OPEN && closesHere(text, i, lo, hi)) {
      marks.push({ at: i, opens: false });
    }
  }
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k];
    if (!mark) continue;
    if (mark.opens) {
      open = mark.at;
      continue;
    }
    if (open < 0) continue;
    // "the soldiers’ families": a plural possessive, when a later mark can close instead.
    if (pluralPossessive(text, mark.at, hi) && marks[k + 1]?.opens === false) continue;
    out.push({ start: open, end: mark.at + 1, closed: true });
    open = -1;
  }
  return out;
}

function closesHere(text: string, i: number, lo: number, hi: number): boolean {
  if (!canClose(text, i, lo, hi)) return false;
  return i + 1 >= hi || !isWordCode(text.charCodeAt(i + 1));
}

/** A word follows at `i` and it is not an elision such as ’90s or ’em. */
function opensWord(text: string, i: number, hi: number): boolean {
  if (i >= hi || !isWordCode(text.charCodeAt(i))) return false;
  let end = i;
  while (end < hi && end - i < 8 && isWordCode(text.charCodeAt(end))) end++;
  const word = text.slice(i, end).toLowerCase();
  if (/^\d\ds?$/.test(word)) return false;
  return !ELISIONS.has(word);
}

/** An apostrophe after an s, followed by a space and a lowercase word. */
function pluralPossessive(text: string, i: number, hi: number): boolean {
  const prev = text[i - 1];
  if (prev !== "s" && prev !== "S") return false;
  let j = i + 1;
  if (j >= hi || !isSpaceCode(text.charCodeAt(j))) return false;
  while (j < hi && isSpaceCode(text.charCodeAt(j))) j++;
  const next = text[j] ?? "";
  return next !== next.toUpperCase();
}
