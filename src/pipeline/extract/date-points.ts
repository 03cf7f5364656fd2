/**
 * Calendar dates as written: "March 14, 2024", "14 March", "Mar. 14", "2024-03-14",
 * "August 2023", "Thursday, March 14", "the 1990s", and a bare year or month when the words
 * before it make it a date ("in May", "since 2019").
 */

import { isValidMonthDay } from "../../core/calendar.ts";
import {
  DASHES,
  IRREGULAR_PLURALS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NOT_PLURAL,
  ORDINAL_SUFFIXES,
  WEEKDAYS,
} from "../../core/date-words.ts";
import type { DateExpression, DatePart } from "../../core/model.ts";
import { adjacent, capitalized, type DateMatch, type DateToken, tok } from "./date-tokens.ts";

type Tokens = readonly DateToken[];
export type PointMatch = DateMatch<DateExpression>;

/** A value read at some token, and the index of the token after it. */
export interface Found {
  value: number;
  next: number;
}

/** A capitalized month name at j, with the period of an abbreviation ("Oct."). */
export function monthAt(t: Tokens, j: number): Found | null {
  const x = tok(t, j);
  if (!capitalized(x)) return null;
  const month = MONTHS.get(x.lower);
  if (month === undefined) return null;
  const dot = MONTH_ABBREVIATIONS.has(x.lower) && adjacent(t, j + 1).text === ".";
  return { value: month, next: dot ? j + 2 : j + 1 };
}

/** A capitalized weekday name at j. */
export function weekdayAt(t: Tokens, j: number): Found | null {
  const x = tok(t, j);
  const weekday = capitalized(x) ? WEEKDAYS.get(x.lower) : undefined;
  return weekday === undefined ? null : { value: weekday, next: j + 1 };
}

/** A day of the month, 1–31, with an optional ordinal suffix ("23rd"); not a time ("23:00"). */
export function dayAt(t: Tokens, j: number): Found | null {
  const x = tok(t, j);
  if (x.kind !== "num" || x.text.length > 2 || x.value < 1 || x.value > 31) return null;
  let next = j + 1;
  const suffix = adjacent(t, next);
  if (suffix.kind === "word") {
    if (!ORDINAL_SUFFIXES.has(suffix.lower)) return null;
    next++;
  }
  const after = adjacent(t, next);
  if (after.text === "%" || (after.text === ":" && adjacent(t, next + 1).kind === "num")) {
    return null;
  }
  return { value: x.value, next };
}

/**
 * A lowercase plural noun at j: a four-digit number before it counts things ("1500 troops",
 * "2000 people") rather than naming a year.
 */
export function countsSomething(t: Tokens, j: number): boolean {
  const x = tok(t, j);
  if (x.kind !== "word" || capitalized(x)) return false;
  if (IRREGULAR_PLURALS.has(x.lower)) return true;
  return (
    x.lower.length > 3 &&
    x.lower.endsWith("s") &&
    !x.lower.endsWith("ss") &&
    !NOT_PLURAL.has(x.lower)
  );
}

/** A four-digit year, 1000–2199, that is not glued to a unit or followed by a counted noun. */
export function yearAt(t: Tokens, j: number): Found | null {
  const x = tok(t, j);
  if (x.kind !== "num" || x.text.length !== 4 || x.value < 1000 || x.value > 2199) return null;
  const after = adjacent(t, j + 1);
  if (after.kind === "word" || after.text === "%") return null;
  if (countsSomething(t, j + 1)) return null;
  return { value: x.value, next: j + 1 };
}

/** "1990s", "1990's": the first year of a decade. */
export function decadeAt(t: Tokens, j: number): Found | null {
  const x = tok(t, j);
  if (x.kind !== "num" || x.text.length !== 4 || x.value < 1000 || x.value > 2190) return null;
  if (x.value % 10 !== 0) return null;
  const a = adjacent(t, j + 1);
  if (a.lower === "s") return { value: x.value, next: j + 2 };
  if ((a.text === "'" || a.text === "\u2019") && adjacent(t, j + 2).lower === "s") {
    return { value: x.value, next: j + 3 };
  }
  return null;
}

/** A year after a day, with its optional comma: "23, 2024", "23 2024". */
function yearAfterDay(t: Tokens, j: number): Found | null {
  return yearAt(t, tok(t, j).text === "," ? j + 1 : j);
}

function isDash(t: Tokens, j: number): boolean {
  return DASHES.has(tok(t, j).text);
}

/** A date with a month and maybe a day and a year; partial when the year is not given. */
export function calendarDate(
  month: number,
  day: number | undefined,
  year: number | undefined,
  part?: DatePart,
): DateExpression {
  const extra = {
    ...(day === undefined ? {} : { day }),
    ...(part === undefined ? {} : { part }),
  };
  return year === undefined
    ? { kind: "partial", month, ...extra }
    : { kind: "absolute", year, month, ...extra };
}

/** "2024-03-14" or "2024/10/23". */
export function isoAt(t: Tokens, i: number): PointMatch | null {
  const y = tok(t, i);
  const sep = adjacent(t, i + 1).text;
  if (y.kind !== "num" || y.text.length !== 4 || (sep !== "-" && sep !== "/")) return null;
  const m = adjacent(t, i + 2);
  const d = adjacent(t, i + 4);
  if (m.text.length !== 2 || adjacent(t, i + 3).text !== sep || d.text.length !== 2) return null;
  if (m.kind !== "num" || d.kind !== "num" || y.value < 1000) return null;
  // "2024-10-23-7" is a code, not a date.
  const after = adjacent(t, i + 5);
  if ((after.text === "-" || after.text === "/") && adjacent(t, i + 6).kind === "num") return null;
  if (!isValidMonthDay(m.value, d.value, y.value)) return null;
  return {
    first: i,
    last: i + 5,
    expression: { kind: "absolute", year: y.value, month: m.value, day: d.value },
  };
}

/**
 * "10/23/2024" and "23/10/2024": a first number above 12 must be the day; otherwise the
 * American month-first order that English-language news uses.
 */
export function slashAt(t: Tokens, i: number): PointMatch | null {
  const a = tok(t, i);
  const b = adjacent(t, i + 2);
  const y = adjacent(t, i + 4);
  if (a.kind !== "num" || b.kind !== "num" || y.kind !== "num") return null;
  if (adjacent(t, i + 1).text !== "/" || adjacent(t, i + 3).text !== "/") return null;
  if (a.text.length > 2 || b.text.length > 2 || y.text.length !== 4 || y.value < 1000) return null;
  if (adjacent(t, i + 5).text === "/") return null;
  const [month, day] = a.value > 12 ? [b.value, a.value] : [a.value, b.value];
  if (!isValidMonthDay(month, day, y.value)) return null;
  return { first: i, last: i + 5, expression: { kind: "absolute", year: y.value, month, day } };
}

/**
 * "March 14, 2024", "Mar. 14", "March 14th", "March 3-5, 2024", "August 2023",
 * "August of 2023"; a month alone only when `context` says the words before make it a date.
 */
export function monthFirstAt(t: Tokens, i: number, context: boolean): PointMatch | null {
  const m = monthAt(t, i);
  if (!m) return null;
  const month = m.value;
  const d = dayAt(t, m.next);
  if (d) {
    let j = d.next;
    let to: Found | null = null;
    if (isDash(t, j)) {
      to = dayAt(t, j + 1);
      if (to && to.value > d.value) j = to.next;
      else to = null;
    }
    const y = yearAfterDay(t, j);
    if (y) j = y.next;
    if (!isValidMonthDay(month, to?.value ?? d.value, y?.value)) return null;
    const from = calendarDate(month, d.value, y?.value);
    return {
      first: i,
      last: j,
      expression: to ? { kind: "range", from, to: calendarDate(month, to.value, y?.value) } : from,
    };
  }
  let j = m.next;
  if (tok(t, j).lower === "of" || tok(t, j).text === ",") j++;
  const y = yearAt(t, j);
  if (y) return { first: i, last: y.next, expression: calendarDate(month, undefined, y.value) };
  // "in August Wilson's plays": a month name followed by a capitalized word is a name.
  if (!context || capitalized(tok(t, m.next))) return null;
  return { first: i, last: m.next, expression: calendarDate(month, undefined, undefined) };
}

/** "23 October 2024", "23rd October", "3-5 March 2024"; "23rd of October" when `of` is allowed. */
export function dayFirstAt(t: Tokens, i: number, allowOf: boolean): PointMatch | null {
  const d = dayAt(t, i);
  if (!d) return null;
  let j = d.next;
  let to: Found | null = null;
  if (isDash(t, j)) {
    to = dayAt(t, j + 1);
    if (!to || to.value <= d.value) return null;
    j = to.next;
  }
  if (allowOf && tok(t, j).lower === "of") j++;
  const m = monthAt(t, j);
  if (!m) return null;
  j = m.next;
  const y = yearAfterDay(t, j);
  if (y) j = y.next;
  if (!isValidMonthDay(m.value, to?.value ?? d.value, y?.value)) return null;
  const from = calendarDate(m.value, d.value, y?.value);
  return {
    first: i,
    last: j,
    expression: to ? { kind: "range", from, to: calendarDate(m.value, to.value, y?.value) } : from,
  };
}

/** "Wednesday", or "Thursday, March 14" with the weekday kept on the date. */
export function weekdayFirstAt(t: Tokens, i: number): PointMatch | null {
  const w = weekdayAt(t, i);
  if (!w) return null;
  const j = tok(t, w.next).text === "," ? w.next + 1 : w.next;
  const date = monthFirstAt(t, j, false) ?? dayFirstAt(t, j, false);
  const e = date?.expression;
  if (date && e && (e.kind === "absolute" || e.kind === "partial") && e.day !== undefined) {
    return { first: i, last: date.last, expression: { ...e, weekday: w.value } };
  }
  return { first: i, last: w.next, expression: { kind: "weekday", weekday: w.value } };
}

/** "1990s" -> the ten years it names. */
export function decadeExpression(first: number, part?: DatePart): DateExpression {
  const p = part === undefined ? {} : { part };
  return {
    kind: "range",
    from: { kind: "absolute", year: first, ...p },
    to: { kind: "absolute", year: first + 9, ...p },
  };
}

/**
 * A bare year, or a year range "2019–2021", only in date context ("in 2019", "since 2019").
 * A year right after "$" or glued to other marks is not a year.
 */
export function bareYearAt(t: Tokens, i: number, context: boolean): PointMatch | null {
  if (!context) return null;
  const y = yearAt(t, i);
  if (!y) return null;
  if (isDash(t, y.next)) {
    const to = yearAt(t, y.next + 1);
    if (to && to.value > y.value) {
      return {
        first: i,
        last: to.next,
        expression: {
          kind: "range",
          from: { kind: "absolute", year: y.value },
          to: { kind: "absolute", year: to.value },
        },
      };
    }
    if (tok(t, y.next + 1).kind === "num") return null;
  }
  return { first: i, last: y.next, expression: { kind: "absolute", year: y.value } };
}

/** Any calendar point starting at token i. */
export function pointAt(t: Tokens, i: number, context: boolean): PointMatch | null {
  const x = tok(t, i);
  if (x.kind === "num") {
    const decade = decadeAt(t, i);
    if (decade) {
      return { first: i, last: decade.next, expression: decadeExpression(decade.value) };
    }
    return isoAt(t, i) ?? slashAt(t, i) ?? dayFirstAt(t, i, false) ?? bareYearAt(t, i, context);
  }
  if (x.kind !== "word") return null;
  return weekdayFirstAt(t, i) ?? monthFirstAt(t, i, context);
}
