/**
 * One date expression read against what is known of its article: the anchor day, the year
 * decided for a month-day, the date mentioned before it. Each value says why when any part of
 * it was deduced.
 */

import {
  civil,
  formatDay,
  formatMonthDay,
  isValidMonthDay,
  weekdayOf,
} from "../../core/calendar.ts";
import { WEEKDAY_NAMES } from "../../core/date-words.ts";
import type { DateExpression } from "../../core/model.ts";
import type { Direction } from "./date-tense.ts";
import {
  calendarSpan,
  type DaySpan,
  describeSpan,
  previousSpan,
  relativeSpan,
  weekdayDay,
} from "./date-values.ts";
import type { WeekdayHint, YearChoice } from "./date-years.ts";

export interface Anchor {
  day: number;
  /** "the publication date, 23 October 2024", for reasons. */
  label: string;
  /** The article's own metadata: reading against it infers nothing about the anchor. */
  given: boolean;
}

export interface Resolved {
  span: DaySpan;
  inferred: boolean;
  reason?: string;
  open?: boolean;
}

/** A month or month-day without its year. */
export type Yearless = DateExpression & { kind: "partial" };

/** A resolved mention that later ones may count from ("the same day", "a week later"). */
export interface Base {
  span: DaySpan;
  text: string;
}

export type Unit = "day" | "week" | "month" | "year";

export interface Context {
  anchor: Anchor | null;
  /** The year decided for the mention's month-day, if it has one. */
  choice: YearChoice | null;
  /** The nearest earlier date fine enough to count a unit from. */
  base: (unit: Unit) => Base | null;
  /** Which way from the writing the sentence points: past, future, or it does not say. */
  direction?: Direction;
}

export const COUNTED = (offset: number) =>
  offset < 0 ? "counted back from" : offset > 0 ? "counted forward from" : "read against";

/** One expression's value, or null when nothing places it. */
export function resolveOne(e: DateExpression, text: string, ctx: Context): Resolved | null {
  const { anchor } = ctx;
  switch (e.kind) {
    case "absolute":
      return { span: calendarSpan(e.year, e.month, e.day), inferred: false };
    case "partial": {
      const choice =
        ctx.choice ?? (anchor ? yearNearAnchor(e, null, anchor, text, ctx.direction) : null);
      if (!choice) return null;
      return {
        span: calendarSpan(choice.year, e.month, e.day),
        inferred: true,
        reason: choice.reason,
      };
    }
    case "weekday": {
      if (!anchor) return null;
      // "will meet on Tuesday": a bare weekday in a sentence about what is to come lies ahead.
      const ahead = e.modifier === undefined && ctx.direction === "future";
      const day = ahead
        ? anchor.day + ((e.weekday - weekdayOf(anchor.day) + 7) % 7)
        : weekdayDay(e.weekday, e.modifier, anchor.day);
      const how = ahead
        ? "on or after"
        : e.modifier === "next"
          ? "after"
          : e.modifier === "last"
            ? "before"
            : e.modifier === "this"
              ? "in the week of"
              : "on or before";
      return {
        span: { start: day, end: day, precision: "day" },
        inferred: true,
        reason: `“${text}” taken as ${formatDay(day)}, the ${WEEKDAY_NAMES[e.weekday]} ${how} ${anchor.label}`,
      };
    }
    case "relative":
      if (!anchor) return null;
      return {
        span: relativeSpan(e, anchor.day),
        inferred: true,
        reason: `“${text}” ${COUNTED(e.offset)} ${anchor.label}`,
      };
    case "previous": {
      const b = ctx.base(e.unit);
      if (b) {
        return {
          span: previousSpan(e, b.span.start),
          inferred: true,
          reason: `“${text}” ${COUNTED(e.offset)} the date given before it, ${describeSpan(b.span)} (“${b.text}”)`,
        };
      }
      if (!anchor) return null;
      return {
        span: previousSpan(e, anchor.day),
        inferred: true,
        reason: `“${text}”: no earlier date in the article, so ${COUNTED(e.offset)} ${anchor.label}`,
      };
    }
    case "since": {
      const from = resolveOne(e.from, text, ctx);
      if (!from || !anchor) return null;
      const inferred = from.inferred || !anchor.given;
      const why = from.reason ? `; ${from.reason}` : "";
      return {
        span: {
          start: from.span.start,
          end: Math.max(anchor.day, from.span.end),
          precision: "range",
        },
        inferred,
        reason: `“${text}” gives no end; it runs from ${describeSpan(from.span)} to ${anchor.label}${why}`,
        open: true,
      };
    }
    case "range": {
      const from = resolveOne(e.from, text, ctx);
      if (!from) return null;
      let toCtx = ctx;
      if (e.to.kind === "partial" && e.from.kind === "partial" && ctx.choice) {
        // "from December 28 to January 3": the end wraps into the next year.
        const end = calendarSpan(ctx.choice.year, e.to.month, e.to.day);
        const year = end.end < from.span.start ? ctx.choice.year + 1 : ctx.choice.year;
        toCtx = { ...ctx, choice: { year, reason: ctx.choice.reason } };
      }
      const to = resolveOne(e.to, text, toCtx);
      if (!to) return null;
      let end = to.span.end;
      // "from Monday to Wednesday" read against a Tuesday: the Wednesday after that Monday.
      if (e.to.kind === "weekday" && end < from.span.start) end += 7;
      const reasons = [from.reason, to.reason].filter((r): r is string => r !== undefined);
      return {
        span: { start: from.span.start, end, precision: "range" },
        inferred: from.inferred || to.inferred,
        ...(reasons.length > 0 ? { reason: [...new Set(reasons)].join("; ") } : {}),
      };
    }
  }
}

/**
 * The year of a month-day read against an anchor: "last March" the March before the anchor's
 * month, "next March" the one after; otherwise the year that puts it nearest the anchor, days
 * after the anchor counting double because news mostly reports the past ("April 2" read in
 * October is the April before, "November 5" the one to come). A weekday hint picks among the
 * nearby years when one of them has it.
 */
export function yearNearAnchor(
  p: Yearless,
  hint: WeekdayHint | null,
  anchor: Anchor,
  text: string,
  direction: Direction = null,
): YearChoice {
  const a = civil(anchor.day);
  if (p.modifier !== undefined) {
    const year =
      p.modifier === "last"
        ? a.year - (p.month < a.month ? 0 : 1)
        : p.modifier === "next"
          ? a.year + (p.month > a.month ? 0 : 1)
          : a.year;
    return { year, reason: `“${text}” ${COUNTED(year - a.year)} ${anchor.label}` };
  }
  const around = (reach: number) => {
    const years: number[] = [];
    for (let y = a.year - reach; y <= a.year + reach; y++) {
      if (p.day === undefined || isValidMonthDay(p.month, p.day, y)) years.push(y);
    }
    return years;
  };
  // 29 February may be up to four years away.
  const candidates = around(1).length > 0 ? around(1) : around(4);
  const distance = (y: number) => {
    const s = calendarSpan(y, p.month, p.day);
    return s.end < anchor.day
      ? anchor.day - s.end
      : s.start > anchor.day
        ? 2 * (s.start - anchor.day)
        : 0;
  };
  const day = p.day;
  const what = formatMonthDay(p.month, p.day);
  // "whom he fired in February": a past clause names a date not after the writing; "will
  // decide by June", one not before it. The nearest of those is the latest or the next.
  const sided =
    direction === null
      ? []
      : candidates.filter((y) => {
          const s = calendarSpan(y, p.month, p.day);
          return direction === "past" ? s.start <= anchor.day : s.end >= anchor.day;
        });
  const tense =
    sided.length === 0
      ? ""
      : direction === "past"
        ? ", as the sentence tells of the past"
        : ", as the sentence tells of what is to come";
  if (sided.length > 0) candidates.splice(0, candidates.length, ...sided);
  const onWeekday =
    hint && day !== undefined
      ? candidates.filter((y) => weekdayOf(calendarSpan(y, p.month, day).start) === hint.weekday)
      : [];
  const pool = onWeekday.length > 0 ? onWeekday : candidates;
  let year = pool[0] ?? a.year;
  let best = Number.POSITIVE_INFINITY;
  for (const y of pool) {
    const dist = distance(y);
    if (dist < best) {
      best = dist;
      year = y;
    }
  }
  const weekday =
    onWeekday.length > 0 && hint ? `, a ${WEEKDAY_NAMES[hint.weekday]} (${hint.why}),` : "";
  return {
    year,
    reason: tense
      ? `year not given; ${year} gives the ${direction === "past" ? "latest" : "next"} ${what}${weekday} ${direction === "past" ? "not after" : "not before"} ${anchor.label}${tense}`
      : `year not given; ${year} puts ${what}${weekday} nearest ${anchor.label} (earlier dates preferred)`,
  };
}
