/**
 * Date expressions in an article: every calendar date, weekday, relative phrase ("last week")
 * and range ("since August 2023") with its exact offsets and what it says. Placing them on the
 * calendar is resolve's job, which sees every source of a story at once; here `value` is null.
 *
 * The text is read one line at a time as tokens, left to right; at each token the longest
 * pattern that fits wins and the scan resumes after it, so the work is linear in the text.
 */

import {
  CHANGE_VERBS,
  DASHES,
  DATE_CONTEXT,
  RANGE_TO,
  TIME_NOUNS_BEFORE_OF,
} from "../../core/date-words.ts";
import type { Article, DateExpression, DateMention, DatePart } from "../../core/model.ts";
import {
  calendarDate,
  dayAt,
  dayFirstAt,
  decadeAt,
  decadeExpression,
  monthAt,
  type PointMatch,
  pointAt,
  yearAt,
} from "./date-points.ts";
import { agoAt, dayWordAt, modifiedAt, previousAt, sideAt, spanAt } from "./date-relative.ts";
import { adjacent, type DateToken, tok, tokenizeForDates } from "./date-tokens.ts";
import { isNamedDayOrTitle } from "./named-days.ts";

type Tokens = readonly DateToken[];

const PARTS: ReadonlyMap<string, DatePart> = new Map([
  ["early", "early"],
  ["mid", "mid"],
  ["late", "late"],
]);

const AND: ReadonlySet<string> = new Set(["and"]);

export function extractDates(article: Article): DateMention[] {
  const { text, sentences } = article;
  const out: DateMention[] = [];
  let sentence = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const t = tokenizeForDates(text, lineStart, lineEnd);
    for (let i = 0; i < t.length; ) {
      const m = matchAt(t, i);
      if (!m) {
        i++;
        continue;
      }
      if (m.expression) {
        const start = tok(t, m.first).start;
        const end = tok(t, m.last - 1).end;
        // Mentions come in text order, so the sentence pointer only moves forward.
        while ((sentences[sentence + 1]?.start ?? Number.POSITIVE_INFINITY) <= start) sentence++;
        out.push({
          type: "date",
          start,
          end,
          text: text.slice(start, end),
          sentence,
          expression: m.expression,
          value: null,
        });
      }
      i = Math.max(m.last, i + 1);
    }
    lineStart = lineEnd + 1;
  }
  return out.filter(
    (m, k) =>
      !isNamedDayOrTitle(m, text, sentences[m.sentence]?.start ?? 0) &&
      !glossedBy(m, out[k + 1], text),
  );
}

/**
 * Whether a relative day is glossed by the full date in brackets right after it: "today (14
 * October 2031)". The gloss says which day it is; read alone against the publication date, the
 * relative one could name another (an article quoting last week's announcement).
 */
function glossedBy(m: DateMention, next: DateMention | undefined, text: string): boolean {
  return (
    m.expression.kind === "relative" &&
    next !== undefined &&
    next.expression.kind === "absolute" &&
    next.expression.day !== undefined &&
    /^\s*[([]\s*$/u.test(text.slice(m.end, next.start))
  );
}

/** The longest date starting at token i, composite forms first. */
function matchAt(t: Tokens, i: number): PointMatch | null {
  const x = tok(t, i);
  if (x.kind === "punct") return null;
  switch (x.lower) {
    case "since":
      return sinceAt(t, i);
    case "from":
      return rangeAt(t, i, RANGE_TO);
    case "between":
      return rangeAt(t, i, AND);
  }
  return simpleAt(t, i, dateContext(t, i));
}

/** Any date that is not itself "since …" or a "from … to …" range. */
function simpleAt(t: Tokens, i: number, context: boolean): PointMatch | null {
  return (
    dayWordAt(t, i) ??
    modifiedAt(t, i) ??
    spanAt(t, i) ??
    sideAt(t, i) ??
    agoAt(t, i) ??
    previousAt(t, i) ??
    partAt(t, i) ??
    theDateAt(t, i) ??
    pointAt(t, i, context)
  );
}

/**
 * Whether the words before token i make a bare year or month a date: "in 2019", "since May",
 * "the end of 2023". Not "rose by 2000" or "a total of 1500".
 */
export function dateContext(t: Tokens, i: number): boolean {
  const p = tok(t, i - 1);
  if (p.kind !== "word" || !DATE_CONTEXT.has(p.lower)) return false;
  if (p.lower === "by") return !CHANGE_VERBS.has(tok(t, i - 2).lower);
  if (p.lower === "of") return TIME_NOUNS_BEFORE_OF.has(tok(t, i - 2).lower);
  return true;
}

/** "early 2024", "late October", "mid-October 2024", "mid-1990s". */
function partAt(t: Tokens, i: number): PointMatch | null {
  const part = PARTS.get(tok(t, i).lower);
  if (part === undefined) return null;
  let j = i + 1;
  if (DASHES.has(adjacent(t, j).text)) j++;
  else if (part === "mid") return null; // "mid" alone is not a word news writes before dates
  const decade = decadeAt(t, j);
  if (decade)
    return { first: i, last: decade.next, expression: decadeExpression(decade.value, part) };
  const y = yearAt(t, j);
  if (y) return { first: i, last: y.next, expression: { kind: "absolute", year: y.value, part } };
  const m = monthAt(t, j);
  if (!m) return null;
  const k = tok(t, m.next).lower === "of" || tok(t, m.next).text === "," ? m.next + 1 : m.next;
  const my = yearAt(t, k);
  return {
    first: i,
    last: my ? my.next : m.next,
    expression: calendarDate(m.value, undefined, my?.value, part),
  };
}

/** "the 1990s", "the early 2000s", "the mid-1980s", "the 23rd of October". */
function theDateAt(t: Tokens, i: number): PointMatch | null {
  if (tok(t, i).lower !== "the") return null;
  let j = i + 1;
  const part = PARTS.get(tok(t, j).lower);
  if (part !== undefined) {
    j++;
    if (DASHES.has(adjacent(t, j).text)) j++;
  }
  const decade = decadeAt(t, j);
  if (decade)
    return { first: i, last: decade.next, expression: decadeExpression(decade.value, part) };
  if (part !== undefined) return null;
  const d = dayFirstAt(t, j, true);
  return d ? { ...d, first: i } : null;
}

/** "since August 2023", "since 2019", "since Monday", "since last week". */
function sinceAt(t: Tokens, i: number): PointMatch | null {
  const inner = simpleAt(t, i + 1, true);
  if (!inner?.expression) return inner;
  return { first: i, last: inner.last, expression: { kind: "since", from: inner.expression } };
}

const RANGE_ENDS: ReadonlySet<DateExpression["kind"]> = new Set(["absolute", "partial", "weekday"]);

/**
 * "from March to May 2024", "from 2019 through 2021", "between 2019 and 2021", "from March 3
 * to 5". A year given once belongs to both ends. "from 1500 to 2000 troops" is a quantity: the
 * whole phrase is vetoed so neither number is read as a year.
 */
function rangeAt(t: Tokens, i: number, connectors: ReadonlySet<string>): PointMatch | null {
  const a = simpleAt(t, i + 1, true);
  if (!a?.expression || !RANGE_ENDS.has(a.expression.kind)) return null;
  const c = tok(t, a.last);
  if (!connectors.has(c.lower) && !(connectors === RANGE_TO && DASHES.has(c.text))) return null;
  const j = a.last + 1;
  let b: PointMatch | null = pointAt(t, j, true);
  const from = a.expression;
  if (!b && (from.kind === "partial" || from.kind === "absolute") && from.day !== undefined) {
    const d = dayAt(t, j);
    const month = from.month ?? 0;
    if (d && d.value > from.day) {
      const y = yearAt(t, tok(t, d.next).text === "," ? d.next + 1 : d.next);
      const year = y?.value ?? (from.kind === "absolute" ? from.year : undefined);
      b = { first: j, last: y ? y.next : d.next, expression: calendarDate(month, d.value, year) };
    }
  }
  if (!b?.expression) {
    return tok(t, j).kind === "num" ? { first: i, last: j + 1, expression: null } : null;
  }
  const range = joinRange(from, b.expression);
  return range ? { first: i, last: b.last, expression: range } : null;
}

/** Both ends of a range, each given the year the other states when it has none. */
export function joinRange(a: DateExpression, b: DateExpression): DateExpression | null {
  if (!RANGE_ENDS.has(a.kind) || !RANGE_ENDS.has(b.kind)) return null;
  if ((a.kind === "weekday") !== (b.kind === "weekday")) return null;
  let from = a;
  let to = b;
  if (from.kind === "partial" && to.kind === "absolute" && to.month !== undefined) {
    // "from December to March 2024": December of the year before.
    from = withYear(from, from.month > to.month ? to.year - 1 : to.year);
  }
  if (to.kind === "partial" && from.kind === "absolute" && from.month !== undefined) {
    to = withYear(to, to.month < from.month ? from.year + 1 : from.year);
  }
  if (from.kind === "absolute" && to.kind === "absolute" && from.year > to.year) return null;
  return { kind: "range", from, to };
}

function withYear(e: DateExpression & { kind: "partial" }, year: number): DateExpression {
  const { kind: _kind, modifier: _modifier, month, ...rest } = e;
  return { kind: "absolute", year, month, ...rest };
}
