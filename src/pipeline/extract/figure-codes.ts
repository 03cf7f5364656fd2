import { isCapitalizedMonth } from "../../core/date-words.ts";
import { LABEL_NOUNS, UNIT_ABBREVIATIONS } from "./figure-units.ts";
import { isPossessive, isStopWord } from "./figure-words.ts";
import type { NumberExpr } from "./number-parse.ts";
import { isCapitalized, type Token } from "./number-tokens.ts";

/**
 * Numbers that name rather than count: model numbers and codes ("F-16", "COVID-19", "G7",
 * "Boeing 747"), labels ("page 5", "No. 10"), ordinals and decades ("23rd", "1990s"), list
 * markers, and chains of digits (phone numbers, ISO dates, fractions, clock times).
 */

const DOTTED_LABELS = new Set(["no", "nos", "p", "pp", "vol", "fig", "art", "sec", "ch"]);

const LINKS = new Set(["-", "–", ".", "/", ":", "(", ")"]);

export interface NumberChain {
  /** How many digit groups are linked. */
  count: number;
  /** The link between the first two: " ", "-", ":", "/", "(", … ("" when alone). */
  via: string;
  /** Token indices of the first and last digit group. */
  first: number;
  last: number;
}

/**
 * The digit groups linked to the one at token `i` by a lone symbol or a space:
 * "+1 202 555 0100" and "2024-10-23" have 3 or more; "10:30" and "24/7" have 2.
 */
export function numberChain(tokens: readonly Token[], i: number): NumberChain {
  let count = 1;
  let via = "";
  let last = i;
  for (let step = linkAfter(tokens, last); step; step = linkAfter(tokens, last)) {
    count++;
    if (via === "") via = step.via;
    last = step.next;
  }
  let first = i;
  for (let step = linkBefore(tokens, first); step; step = linkBefore(tokens, first)) {
    count++;
    via = step.via;
    first = step.prev;
  }
  return { count, via, first, last };
}

function plainDigits(t: Token | undefined): boolean {
  return t?.kind === "num" && !t.text.includes(",");
}

function linkAfter(tokens: readonly Token[], k: number): { next: number; via: string } | null {
  const a = tokens[k];
  const b = tokens[k + 1];
  const c = tokens[k + 2];
  if (!plainDigits(a) || !b || b.newline) return null;
  if (b.kind === "num") return plainDigits(b) ? { next: k + 1, via: " " } : null;
  if (b.kind !== "sym" || !LINKS.has(b.text) || !plainDigits(c) || c?.newline) return null;
  // Tight links ("10:30", "555-1234"); brackets and dashes may have spaces ("(555) 123").
  const loose = b.text === "(" || b.text === ")" || b.text === "–";
  return loose || (b.adjacent && c?.adjacent) ? { next: k + 2, via: b.text } : null;
}

function linkBefore(tokens: readonly Token[], k: number): { prev: number; via: string } | null {
  const one = tokens[k - 1];
  if (one?.kind === "num") return linkAfter(tokens, k - 1) ? { prev: k - 1, via: " " } : null;
  const link = linkAfter(tokens, k - 2);
  return link && link.next === k ? { prev: k - 2, via: link.via } : null;
}

/** Phone-number shape: "555-1234". */
export function looksLikePhone(a: string, b: string): boolean {
  return a.length === 3 && b.length === 4;
}

/**
 * True when the digits at `expr` name something: written onto letters ("G7", "F-16"), carrying
 * letters that are not a unit ("1990s", "23rd", "5G"), hyphenated to a word ("45-year-old",
 * "10-day"), after a label ("page 5", "No. 10"), or, when `bare` (no qualifier or currency),
 * after a capitalized name ("Boeing 747", "Windows 11"). A list marker ("1. ") is also a name.
 */
export function namesSomething(tokens: readonly Token[], expr: NumberExpr, bare: boolean): boolean {
  const t = tokens[expr.first];
  if (!t) return true;
  const prev = tokens[expr.first - 1];
  const prev2 = tokens[expr.first - 2];
  if (t.adjacent && prev) {
    if (prev.kind === "word") return true;
    if (prev.text === "#" || prev.text === "'" || prev.text === "’") return true;
    if ((prev.text === "-" || prev.text === "‑") && prev.adjacent && prev2?.kind === "word") {
      return true;
    }
  }
  if (expr.suffix !== "" && !UNIT_ABBREVIATIONS.has(expr.suffix)) return true;
  const after = tokens[expr.last + 1];
  const afterWord = tokens[expr.last + 2];
  if (after?.adjacent && after.text === "-" && afterWord?.adjacent && afterWord.kind === "word") {
    return true;
  }
  if (
    (t.newline || expr.first === 0) &&
    after?.adjacent &&
    (after.text === "." || after.text === ")")
  ) {
    const next = tokens[expr.last + 2];
    if (next?.kind !== "num") return true;
  }
  // A scale reading names its event rather than counting anything: "a magnitude 6.8 quake",
  // "a category 4 hurricane".
  if (prev?.kind === "word" && (prev.lower === "magnitude" || prev.lower === "category"))
    return true;
  // A scale letter written onto a model's number after its name ("GeForce GT 650M", "Tiger
  // 4K"): money would have its currency, and a count its scale word.
  const onto = expr.last === expr.first + 1 && tokens[expr.last]?.adjacent === true;
  if (bare && expr.scaled && onto && /^\d+$/u.test(expr.digits)) {
    if (namedBefore(prev, t)) return true;
  }
  if (!expr.plain) return false;
  // Digits with a leading zero ("007", "09") are a code or a clipped decimal, never a count.
  if (/^0\d/u.test(expr.digits)) return true;
  if (bare && isStreetNumber(tokens, expr.last + 1)) return true;
  // A radio station's band and frequency: "AM 830", "FM 101".
  if (prev?.kind === "word" && (prev.text === "AM" || prev.text === "FM") && !t.newline)
    return true;
  // "page 5"; "No. 5", "p. 12" (only short labels: "the building. 500 people" is two sentences)
  const dotted = prev?.text === "." && prev.adjacent && DOTTED_LABELS.has(prev2?.lower ?? "");
  const label = dotted ? prev2 : prev;
  if (label?.kind === "word" && !t.newline && LABEL_NOUNS.has(label.lower)) return true;
  return bare && namedBefore(prev, t);
}

/** Whether the word before a number is a name it belongs to ("Boeing 747"), not a sentence's first word. */
function namedBefore(prev: Token | undefined, t: Token): boolean {
  if (prev?.kind !== "word" || t.newline || !isCapitalized(prev)) return false;
  return !isStopWord(prev.lower) && !isPossessive(prev.text) && !isCapitalizedMonth(prev.text);
}

/** Words that end a street's name: "Dahlia Ave.", "Main Street", "Ocean Blvd". */
const STREET_ENDS = new Set(
  `street st avenue ave road rd boulevard blvd drive dr lane ln way court ct place pl parkway pkwy
  terrace circle highway hwy square sq`.split(/\s+/u),
);
const COMPASS = new Set(
  "n s e w ne nw se sw north south east west northeast northwest southeast southwest".split(" "),
);

/**
 * Whether the tokens from `k` read as the rest of a street address after its house number: an
 * optional compass point, one to three capitalized words, then a street word ("325 E. Dahlia
 * Ave.", "1600 Pennsylvania Avenue"). The number names a building; it counts nothing.
 */
function isStreetNumber(tokens: readonly Token[], k: number): boolean {
  let i = k;
  const compass = tokens[i];
  if (compass?.kind === "word" && isCapitalized(compass) && COMPASS.has(compass.lower)) {
    i++;
    if (tokens[i]?.text === "." && tokens[i]?.adjacent) i++;
  }
  for (let names = 0; names < 4; names++) {
    const t = tokens[i];
    if (!t || t.newline || t.kind !== "word" || !isCapitalized(t)) return false;
    if (names > 0 && STREET_ENDS.has(t.lower)) return true;
    i++;
  }
  return false;
}
