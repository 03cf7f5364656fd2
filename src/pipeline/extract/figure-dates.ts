import { isCapitalizedMonth } from "../../core/date-words.ts";
import { singularNoun } from "./figure-plural.ts";
import { TIME_UNITS } from "./figure-units.ts";
import type { NumberExpr } from "./number-parse.ts";
import { phraseAt, phraseTable } from "./number-phrases.ts";
import type { Token } from "./number-tokens.ts";

/**
 * Numbers that are part of a date or a time ("March 14", "14 March", "5 p.m.", "2024"),
 * and counts of time that are really dates ("two weeks ago", "the past two weeks"). Those
 * belong to the date extractor.
 */

/** A month just before ("March 14", "Mar. 14") or just after ("14 March") the number. */
export function besideMonth(tokens: readonly Token[], expr: NumberExpr): boolean {
  const first = tokens[expr.first];
  const prev = tokens[expr.first - 1];
  const month = prev?.text === "." && prev.adjacent ? tokens[expr.first - 2] : prev;
  if (month && !first?.newline && isCapitalizedMonth(month.text)) return true;
  const next = tokens[expr.last + 1];
  return next !== undefined && !next.newline && isCapitalizedMonth(next.text);
}

const CLOCK = phraseTable(
  [
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "a.m",
    "p.m",
    "o'clock",
    "o’clock",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
  ]
    .concat([
      "est",
      "edt",
      "pst",
      "pdt",
      "cst",
      "cdt",
      "et",
      "pt",
      "local time",
      "hrs",
      "hours gmt",
    ])
    .map((p) => [p, true] as const),
);

/** A clock time: "5 p.m.", "10am" (as a suffix), "1500 GMT". */
export function isClockTime(tokens: readonly Token[], expr: NumberExpr): boolean {
  if (expr.suffix === "am" || expr.suffix === "pm" || expr.suffix === "h") return true;
  const next = tokens[expr.last + 1];
  return next !== undefined && !next.newline && phraseAt(tokens, expr.last + 1, CLOCK) !== null;
}

/** Bare four digits in the range of years: "2024", "1989". */
export function isYearLike(expr: NumberExpr): boolean {
  return expr.plain && expr.digits.length === 4 && expr.value >= 1500 && expr.value <= 2100;
}

// Words before a year: "in 2024", "since 2023", "the 2024 elections", "fiscal 2025".
const YEAR_CONTEXT = new Set(
  `in since by until till from of during before after for to through early late mid the a an
   fiscal year circa summer winter spring autumn fall between end start beginning as this that
   its their his her`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word before the number that makes a year-shaped number a year. */
export function yearContextBefore(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || tokens[first]?.newline) return false;
  return prev.kind === "word" && (YEAR_CONTEXT.has(prev.lower) || isCapitalizedMonth(prev.text));
}

const DURATION_BEFORE = new Set(
  "past last next previous coming following first recent final in within".split(" "),
);
const DURATION_AFTER = new Set(
  "ago later earlier before after prior since old hence from beforehand afterwards".split(" "),
);

// "over four years", "within 24 hours": a period, though "over" also reads as a qualifier.
const PERIOD_BEFORE = new Set(["over", "within", "during", "throughout"]);

/**
 * A count of time that locates an event or a period rather than measuring something: "the past
 * two weeks", "three days later", "in two years", "over four years", "five years old". `start`
 * is the first token of the figure (its qualifier, if any), `number` the first token of the
 * number, `head` the counted noun.
 */
export function isDateDuration(
  tokens: readonly Token[],
  start: number,
  number: number,
  head: number,
): boolean {
  const noun = tokens[head];
  if (!noun || !TIME_UNITS.has(singularNoun(noun.text))) return false;
  const before = tokens[start - 1];
  if (before?.kind === "word" && !tokens[start]?.newline && DURATION_BEFORE.has(before.lower)) {
    return true;
  }
  const period = tokens[number - 1];
  if (period?.kind === "word" && !tokens[number]?.newline && PERIOD_BEFORE.has(period.lower)) {
    return true;
  }
  const after = tokens[head + 1];
  return after?.kind === "word" && !after.newline && DURATION_AFTER.has(after.lower);
}
