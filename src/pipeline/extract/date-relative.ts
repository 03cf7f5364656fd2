/**
 * Dates counted from somewhere else: from the article's own date ("yesterday", "last week",
 * "the past two weeks", "two days ago", "earlier this month") or from the date mentioned just
 * before ("the same day", "the following week", "three days later").
 */

import { type DateUnit, NUMBER_WORDS, UNITS } from "../../core/date-words.ts";
import type { DateExpression } from "../../core/model.ts";
import { monthAt, weekdayAt } from "./date-points.ts";
import { capitalized, type DateMatch, type DateToken, tok } from "./date-tokens.ts";

type Tokens = readonly DateToken[];
type Match = DateMatch<DateExpression>;

const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ["today", 0],
  ["tonight", 0],
  ["yesterday", -1],
  ["tomorrow", 1],
]);

const MODIFIERS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ["last", -1],
  ["this", 0],
  ["next", 1],
]);

const MODIFIER_NAMES = { "-1": "last", "0": "this", "1": "next" } as const;

const PARTS_OF_DAY: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);

/** Words before "last week" that make it "the last week of …", not the week before this one. */
const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "that",
  "its",
  "their",
  "his",
  "her",
  "our",
  "every",
  "each",
]);

/** "the same day" (0), "the following week" (+1), "the previous day" (-1). */
const PREVIOUS_WORDS: ReadonlyMap<string, number> = new Map([
  ["same", 0],
  ["following", 1],
  ["next", 1],
  ["previous", -1],
  ["prior", -1],
  ["preceding", -1],
]);

/** After these, "N days" counts toward the anchor: "past", "last" back; "next", "coming" on. */
const SPAN_WORDS: ReadonlyMap<string, -1 | 1> = new Map([
  ["past", -1],
  ["last", -1],
  ["next", 1],
  ["coming", 1],
]);

interface Unit {
  unit: DateUnit;
  factor: number;
  plural: boolean;
  next: number;
}

function unitAt(t: Tokens, j: number): Unit | null {
  const u = UNITS.get(tok(t, j).lower);
  return u ? { ...u, next: j + 1 } : null;
}

/** A count: "two", "a", "3" (digits up to 999, never "4,700"). */
function countAt(t: Tokens, j: number): { value: number; next: number } | null {
  const x = tok(t, j);
  if (x.kind === "num") {
    return x.value >= 1 && x.value <= 999 && x.text.length <= 3
      ? { value: x.value, next: j + 1 }
      : null;
  }
  const n = x.kind === "word" ? NUMBER_WORDS.get(x.lower) : undefined;
  return n === undefined ? null : { value: n, next: j + 1 };
}

/** The phrase ends here: "the day before." but not "the day before the vote". */
function endsPhrase(t: Tokens, j: number): boolean {
  const x = tok(t, j);
  return x.kind === "end" || x.kind === "punct";
}

/** "today", "yesterday", "tomorrow", "tonight". */
export function dayWordAt(t: Tokens, i: number): Match | null {
  const offset = DAY_WORDS.get(tok(t, i).lower);
  if (offset === undefined) return null;
  return { first: i, last: i + 1, expression: { kind: "relative", unit: "day", offset } };
}

/**
 * "last week", "this year", "next month", "last night", "this morning", "last Friday",
 * "next Monday", "last March".
 */
export function modifiedAt(t: Tokens, i: number): Match | null {
  const offset = MODIFIERS.get(tok(t, i).lower);
  if (offset === undefined || DETERMINERS.has(tok(t, i - 1).lower)) return null;
  const modifier = MODIFIER_NAMES[offset];
  const w = weekdayAt(t, i + 1);
  if (w)
    return { first: i, last: w.next, expression: { kind: "weekday", weekday: w.value, modifier } };
  const m = monthAt(t, i + 1);
  if (m && !capitalized(tok(t, m.next))) {
    return { first: i, last: m.next, expression: { kind: "partial", month: m.value, modifier } };
  }
  const next = tok(t, i + 1);
  if (PARTS_OF_DAY.has(next.lower)) {
    // "last night" is yesterday; "this morning" is today; "next morning" is not a date here.
    if (offset === 1 || (offset === 0) === (next.lower === "night")) return null;
    return { first: i, last: i + 2, expression: { kind: "relative", unit: "day", offset } };
  }
  const u = unitAt(t, i + 1);
  if (!u || u.plural || u.factor !== 1 || tok(t, u.next).lower === "of") return null;
  // "this day" is idiom ("to this day"), not a date.
  if (u.unit === "day") return null;
  return { first: i, last: u.next, expression: { kind: "relative", unit: u.unit, offset } };
}

/**
 * "the past two weeks", "the last three days", "the past week", "the next two months",
 * "past 10 years": a range that ends (or starts) at the anchor.
 */
export function spanAt(t: Tokens, i: number): Match | null {
  const the = tok(t, i).lower === "the";
  const j = the ? i + 1 : i;
  const sign = SPAN_WORDS.get(tok(t, j).lower);
  if (sign === undefined) return null;
  // "the past two weeks"; "a"/"an" here would be "the past a…", never a count.
  const article = tok(t, j + 1).lower === "a" || tok(t, j + 1).lower === "an";
  const count = article ? null : countAt(t, j + 1);
  const u = unitAt(t, count ? count.next : j + 1);
  if (!u || tok(t, u.next).lower === "of") return null;
  if (count) {
    if (!u.plural && count.value !== 1) return null;
  } else {
    // Without a count: "the past week" back, "the coming week" on. "The next week" narrates
    // (read as "the following week"), and "last week" alone is the calendar week.
    const word = tok(t, j).lower;
    if (u.plural || word === "next" || (word === "last" && !the) || u.unit === "day") return null;
  }
  const n = (count?.value ?? 1) * u.factor;
  return {
    first: i,
    last: u.next,
    expression: { kind: "relative", unit: u.unit, offset: sign * n, span: n },
  };
}

/** "two days ago", "a week ago", "three years ago". */
export function agoAt(t: Tokens, i: number): Match | null {
  const count = countAt(t, i);
  if (!count) return null;
  const u = unitAt(t, count.next);
  if (!u || tok(t, u.next).lower !== "ago") return null;
  if (count.value > 1 && !u.plural) return null;
  return {
    first: i,
    last: u.next + 1,
    expression: { kind: "relative", unit: u.unit, offset: -count.value * u.factor },
  };
}

/** "earlier this month", "later this year", "earlier today". */
export function sideAt(t: Tokens, i: number): Match | null {
  const word = tok(t, i).lower;
  const side = word === "earlier" ? "before" : word === "later" ? "after" : null;
  if (!side) return null;
  if (DAY_WORDS.get(tok(t, i + 1).lower) === 0) {
    return { first: i, last: i + 2, expression: { kind: "relative", unit: "day", offset: 0 } };
  }
  if (tok(t, i + 1).lower !== "this") return null;
  const u = unitAt(t, i + 2);
  if (!u || u.plural || u.factor !== 1 || u.unit === "day") return null;
  return {
    first: i,
    last: u.next,
    expression: { kind: "relative", unit: u.unit, offset: 0, side },
  };
}

/**
 * Counted from the date before: "the same day", "that day", "that same week", "the next day",
 * "the following week", "the previous month", "the day before.", "three days later",
 * "a week earlier".
 */
export function previousAt(t: Tokens, i: number): Match | null {
  const word = tok(t, i).lower;
  if (word === "the" || word === "that") {
    let j = i + 1;
    let offset = 0;
    const shift = PREVIOUS_WORDS.get(tok(t, j).lower);
    if (shift !== undefined && (word === "the" || shift === 0)) {
      offset = shift;
      j++;
    } else if (word === "the") {
      // "the day before." / "the week after,"
      const u = unitAt(t, j);
      const dir = tok(t, j + 1).lower;
      if (!u || u.plural || u.factor !== 1 || (dir !== "before" && dir !== "after")) return null;
      if (!endsPhrase(t, j + 2)) return null;
      return {
        first: i,
        last: j + 2,
        expression: { kind: "previous", unit: u.unit, offset: dir === "before" ? -1 : 1 },
      };
    }
    const u = unitAt(t, j);
    if (!u || u.plural || u.factor !== 1) return null;
    // "that day-to-day work", "the same day of the week": not a reference to a date.
    const after = tok(t, u.next);
    if ((!after.spaced && after.text === "-") || after.lower === "of") return null;
    return { first: i, last: u.next, expression: { kind: "previous", unit: u.unit, offset } };
  }
  const count = countAt(t, i);
  if (!count) return null;
  const u = unitAt(t, count.next);
  if (!u) return null;
  if (count.value > 1 && !u.plural) return null;
  const dir = tok(t, u.next).lower;
  const sign =
    dir === "later" || dir === "after" ? 1 : dir === "earlier" || dir === "before" ? -1 : 0;
  if (sign === 0) return null;
  if ((dir === "before" || dir === "after") && !endsPhrase(t, u.next + 1)) return null;
  return {
    first: i,
    last: u.next + 1,
    expression: { kind: "previous", unit: u.unit, offset: sign * count.value * u.factor },
  };
}
