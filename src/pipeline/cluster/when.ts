import { civil, dayNumber, dayOfYear, parseIsoDate, yearlessGap } from "../../core/calendar.ts";
import type { Article, ArticleFacts } from "../../core/model.ts";

/**
 * When an article says things happened, as far as can be told before dates are resolved (that
 * runs after clustering): its publication date, and the days it names outright ("June 2,
 * 2031", or "June 2" with the year taken from the publication date, else left open).
 * Weekdays and "last week" need an anchor and are not used; nor are bare years and months,
 * which in news are mostly background ("the quake of decades ago").
 */
export interface When {
  /** Day numbers (see core/calendar.ts) with a known year. */
  days: number[];
  /** Days of the year (see dayOfYear) of days named without a year. */
  yearless: number[];
  /** True when `days` includes a publication date. */
  published: boolean;
}

export const UNDATED: When = { days: [], yearless: [], published: false };

export function articleWhen(article: Article, facts: ArticleFacts | undefined): When {
  const pub = article.published ?? article.publishedInferred?.date ?? null;
  const anchor = pub ? parseIsoDate(pub) : null;
  const days: number[] = anchor === null ? [] : [anchor];
  const yearless: number[] = [];
  for (const m of facts?.dates ?? []) {
    // Resolved already (the CLI re-clusters after dating): trust only what was not guessed.
    if (m.value?.precision === "day" && !m.value.inferred) {
      const day = parseIsoDate(m.value.start);
      if (day !== null) days.push(day);
      continue;
    }
    const e = m.expression;
    if (e.kind === "absolute" && e.month && e.day) days.push(dayNumber(e.year, e.month, e.day));
    else if (e.kind === "partial" && e.day && !e.modifier) {
      if (anchor === null) yearless.push(dayOfYear(e.month, e.day));
      else days.push(latestNotAfter(anchor, e.month, e.day));
    }
  }
  return { days: unique(days), yearless: unique(yearless), published: anchor !== null };
}

/**
 * Days between the closest pair of dates two articles name, or null when they name none that
 * can be compared. When either names a day without a year, days are compared by day of the
 * year only.
 */
export function gapDays(a: When, b: When): number | null {
  let best: number | null = null;
  const take = (d: number) => {
    if (best === null || d < best) best = d;
  };
  for (const x of a.days) for (const y of b.days) take(Math.abs(x - y));
  if (a.yearless.length > 0 || b.yearless.length > 0) {
    const ya = [...a.yearless, ...a.days.map(yearDay)];
    const yb = [...b.yearless, ...b.days.map(yearDay)];
    for (const x of ya) for (const y of yb) take(yearlessGap(x, y));
  }
  return best;
}

/**
 * How much closeness in time keeps of a pair's similarity: all of it within a few days (the
 * event and the next days' follow-ups), then less and less. Dates only count against a pair,
 * never for it: two events in the same week are no more alike for that. Publication dates are
 * trusted; when either article has none, the days it names may all be background ("two months
 * after the March flood"), so the penalty is mild.
 */
export function timeFactor(a: When, b: When): number {
  const gap = gapDays(a, b);
  if (gap === null || gap <= 3) return 1;
  const decay = 1 / (1 + ((gap - 3) / 14) ** 2);
  return a.published && b.published ? Math.max(0.1, decay) : Math.max(0.8, decay);
}

function yearDay(n: number): number {
  const { month, day } = civil(n);
  return dayOfYear(month, day);
}

/**
 * "March 14" in the year of the anchor, or in the year before when that would be more than
 * two months after the anchor: news reports what happened, seldom what is months away.
 */
function latestNotAfter(anchor: number, month: number, day: number): number {
  const { year } = civil(anchor);
  const same = dayNumber(year, month, day);
  return same - anchor > 60 ? dayNumber(year - 1, month, day) : same;
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}
