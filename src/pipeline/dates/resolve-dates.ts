/**
 * Places every date mention of a story on the calendar. Called once per story, with all its
 * sources, because one source's words can date another's: a "Thursday" here and a
 * "March 14" there, said of the same event, can only be a year in which March 14 was a
 * Thursday.
 *
 * Each article is read against an anchor: its publication date when given, else the reference
 * date set for the build, else the latest date it reports once its missing years are inferred.
 * The clock is never read; `latest` bounds every inferred year from above.
 */

import { formatDay, isoDate, parseIsoDate, weekdayOf } from "../../core/calendar.ts";
import { WEEKDAY_NAMES } from "../../core/date-words.ts";
import type {
  Article,
  DateExpression,
  DateMention,
  DateValue,
  InferredDate,
} from "../../core/model.ts";
import { type DatedArticle, refKey as key, pairWeekdays, type Ref } from "./date-pairs.ts";
import {
  type Anchor,
  type Base,
  type Resolved,
  resolveOne,
  type Unit,
  type Yearless,
  yearNearAnchor,
} from "./date-read.ts";
import { type Direction, dateDirections } from "./date-tense.ts";
import { calendarSpan, type DaySpan, describeSpan, granularity } from "./date-values.ts";
import {
  chooseYear,
  indexKnown,
  type KnownDate,
  type WeekdayHint,
  type YearBounds,
  type YearChoice,
} from "./date-years.ts";

export interface ResolveDatesOptions {
  /** YYYY-MM-DD: no inferred year may put a date after it. A configured bound, not the clock. */
  latest: string;
  /** YYYY-MM-DD: the anchor for articles with no publication date (set on the command line). */
  referenceDate?: string;
}

export interface ResolvedDates {
  /** Every article's mentions, in the same order, with `value` filled in (or null). */
  dates: Map<string, DateMention[]>;
  /** Per article: the publication date inferred from its text, with why; null when not needed. */
  publishedInferred: Map<string, InferredDate | null>;
}

interface Doc extends DatedArticle {
  values: (Resolved | null)[];
  anchor: Anchor | null;
  /** Per mention: whether its sentence tells of the past or of what is to come. */
  directions: Direction[];
}

export function resolveDates(
  articles: readonly Article[],
  dates: ReadonlyMap<string, DateMention[]>,
  options: ResolveDatesOptions,
): ResolvedDates {
  const latest = parseIsoDate(options.latest);
  if (latest === null) {
    throw new RangeError(`latest date must be YYYY-MM-DD, got "${options.latest}"`);
  }
  const reference =
    options.referenceDate === undefined ? null : parseIsoDate(options.referenceDate);
  if (options.referenceDate !== undefined && reference === null) {
    throw new RangeError(`reference date must be YYYY-MM-DD, got "${options.referenceDate}"`);
  }

  const docs: Doc[] = articles.map((article) => {
    const mentions = dates.get(article.id) ?? [];
    const published = article.published === null ? null : parseIsoDate(article.published);
    const anchor: Anchor | null =
      published !== null
        ? { day: published, label: `the publication date, ${formatDay(published)}`, given: true }
        : reference !== null
          ? { day: reference, label: `the reference date, ${formatDay(reference)}`, given: false }
          : null;
    const directions = dateDirections(article, mentions);
    return { article, mentions, values: mentions.map(() => null), anchor, directions };
  });

  // Dates stated in full need nothing else; they bound and guide everything that follows.
  const known: KnownDate[] = [];
  // One entry per span: a date repeated a thousand times guides the year no more than once.
  const seen = new Set<string>();
  const remember = (k: KnownDate) => {
    const id = `${k.start}:${k.end}`;
    if (seen.has(id)) return;
    seen.add(id);
    known.push(k);
  };
  let lower: { day: number; text: string } | null = null;
  for (const doc of docs) {
    doc.mentions.forEach((m, i) => {
      const span = explicitSpan(m.expression);
      if (span) {
        doc.values[i] = { span, inferred: false };
        remember({ start: span.start, end: span.end, label: `“${m.text}”` });
      }
      if (m.expression.kind === "since") {
        const from = explicitSpan(m.expression.from);
        if (from) {
          remember({ start: from.start, end: from.start, label: `“${m.text}”` });
          if (!lower || from.start > lower.day) lower = { day: from.start, text: m.text };
        }
      }
    });
    if (doc.anchor) {
      const label = `another source’s ${doc.anchor.given ? "publication" : "reference"} date (${formatDay(doc.anchor.day)})`;
      remember({ start: doc.anchor.day, end: doc.anchor.day, label, anchor: true });
    }
  }

  const { hints, links } = pairWeekdays(docs);
  const years = inferYears(docs, hints, { latest, lower }, known, remember);
  docs.forEach((doc, d) => {
    fillDecided(doc, d, years);
  });
  dateWeekdaysBySource(docs, links);

  const publishedInferred = new Map<string, InferredDate | null>();
  docs.forEach((doc) => {
    let inferred: InferredDate | null = null;
    if (!doc.anchor) {
      const found = latestReported(doc, latest);
      if (found) {
        const { day, mention, value } = found;
        const why = value.reason ? `: ${value.reason}` : ", stated in full";
        inferred = {
          date: isoDate(day),
          reason: `not given; the latest date the article reports is ${formatDay(day)} (“${mention.text}”${why})`,
        };
        doc.anchor = {
          day,
          label: `the inferred publication date, ${formatDay(day)}`,
          given: false,
        };
      }
    }
    publishedInferred.set(doc.article.id, inferred);
  });
  docs.forEach((doc, d) => {
    resolveInOrder(doc, d, years);
  });

  const out = new Map<string, DateMention[]>();
  for (const doc of docs) {
    out.set(
      doc.article.id,
      doc.mentions.map((m, i) => ({ ...m, value: toValue(doc.values[i] ?? null) })),
    );
  }
  return { dates: out, publishedInferred };
}

/** The span of an expression that needs no anchor and no inference, or null. */
function explicitSpan(e: DateExpression): DaySpan | null {
  if (e.kind === "absolute") return calendarSpan(e.year, e.month, e.day);
  if (e.kind === "range") {
    const from = explicitSpan(e.from);
    const to = explicitSpan(e.to);
    return from && to ? { start: from.start, end: to.end, precision: "range" } : null;
  }
  return null;
}

/** The month-day whose year a mention leaves open: "March 14", "since March", "from May 3 to 5". */
function partialOf(e: DateExpression): Yearless | null {
  if (e.kind === "partial") return e.modifier === undefined ? e : null;
  if (e.kind === "since") return partialOf(e.from);
  if (e.kind === "range") return partialOf(e.from) ?? partialOf(e.to);
  return null;
}

/** The longest span (in days, less one) of a date that may guide a missing year: a month. */
const MONTH_DAYS = 30;

/**
 * Years for every month-day: against the anchor where the article has one; otherwise from the
 * story's constraints. Month-days with a weekday hint go first and then guide the rest (an
 * "March 12" next to an "March 14" fixed by its weekday). Within a pass the known dates
 * are fixed, so each distinct month-day is decided once, however often it recurs.
 */
function inferYears(
  docs: readonly Doc[],
  hints: ReadonlyMap<string, WeekdayHint>,
  bounds: YearBounds,
  known: readonly KnownDate[],
  remember: (k: KnownDate) => void,
): Map<string, YearChoice> {
  const years = new Map<string, YearChoice>();
  const hinted: Pending[] = [];
  const plain: Pending[] = [];
  const decide = (d: number, i: number, p: Yearless, choice: YearChoice) => {
    years.set(key(d, i), choice);
    const m = docs[d]?.mentions[i];
    const span = calendarSpan(choice.year, p.month, p.day);
    if (m) {
      remember({ start: span.start, end: span.end, label: `“${m.text}” (${describeSpan(span)})` });
    }
  };
  docs.forEach((doc, d) => {
    doc.mentions.forEach((m, i) => {
      const p = partialOf(m.expression);
      if (!p) return;
      const hint: WeekdayHint | null =
        p.weekday !== undefined
          ? { weekday: p.weekday, why: "as the article says" }
          : (hints.get(key(d, i)) ?? null);
      const told = doc.anchor ? null : narrativeYear(doc, i, p, hint, bounds);
      if (doc.anchor)
        decide(d, i, p, yearNearAnchor(p, hint, doc.anchor, m.text, doc.directions[i] ?? null));
      else if (told) decide(d, i, p, told);
      else (hint ? hinted : plain).push({ d, i, p, hint });
    });
  });
  for (const pass of [hinted, plain]) {
    // A bare year or decade the story names ("the 1973 Act", "in the 1990s") is background far
    // more often than the news's own time: only days and months guide a missing year.
    const index = indexKnown(known.filter((k) => k.anchor || k.end - k.start <= MONTH_DAYS));
    const memo = new Map<string, YearChoice | null>();
    const choices = pass.map(({ p, hint }) => {
      const k = `${p.month}:${p.day}:${hint?.weekday}:${hint?.why}`;
      if (!memo.has(k)) memo.set(k, chooseYear(p.month, p.day, hint, bounds, index));
      return memo.get(k) ?? null;
    });
    pass.forEach(({ d, i, p }, n) => {
      const choice = choices[n];
      if (choice) decide(d, i, p, choice);
    });
  }
  return years;
}

/**
 * The year the narrative gives a month-day: a year named alone in its own sentence or the one
 * before ("Fighting resumed in 2023. On March 3 the town fell."), chosen as chooseYear would
 * with that year as the story's only date and nothing but the configured limit to bound it. Anywhere else in the story a bare year is background
 * ("the 1973 Act") far more often than the news's own time.
 */
function narrativeYear(
  doc: Doc,
  i: number,
  p: Yearless,
  hint: WeekdayHint | null,
  bounds: YearBounds,
): YearChoice | null {
  const m = doc.mentions[i];
  if (!m) return null;
  for (let j = i - 1; j >= 0; j--) {
    const o = doc.mentions[j];
    if (!o || o.sentence < m.sentence - 1) break;
    if (o.expression.kind !== "absolute" || o.expression.month !== undefined) continue;
    const span = calendarSpan(o.expression.year);
    const told = indexKnown([{ start: span.start, end: span.end, label: `“${o.text}”` }]);
    // The sentence's own year outranks a "since …" elsewhere in the story, so only the limit binds.
    return chooseYear(p.month, p.day, hint, { ...bounds, lower: null }, told);
  }
  return null;
}

interface Pending {
  d: number;
  i: number;
  p: Yearless;
  hint: WeekdayHint | null;
}

/** A weekday matched to another source's dated report of the same event takes that date. */
function dateWeekdaysBySource(docs: readonly Doc[], links: ReadonlyMap<string, Ref>): void {
  docs.forEach((doc, d) => {
    if (doc.anchor) return; // an anchored weekday is read against its own article's date
    doc.mentions.forEach((w, i) => {
      const e = w.expression;
      const target = links.get(key(d, i));
      if (e.kind !== "weekday" || !target) return;
      const other = docs[target.d];
      const p = other?.mentions[target.i];
      const value = other?.values[target.i];
      if (!p || !value || value.span.precision !== "day") return;
      if (weekdayOf(value.span.start) !== e.weekday) return;
      const day = formatDay(value.span.start);
      doc.values[i] = {
        span: value.span,
        inferred: true,
        reason: `another source dates the same event “${p.text}” (${day}, a ${WEEKDAY_NAMES[e.weekday]})`,
      };
    });
  });
}

/**
 * Month-days whose year is now decided, and ranges of them, get their values before anchors
 * are inferred: they are what an article without a date is dated by.
 */
function fillDecided(doc: Doc, d: number, years: ReadonlyMap<string, YearChoice>): void {
  doc.mentions.forEach((m, i) => {
    const choice = years.get(key(d, i));
    const kind = m.expression.kind;
    if (!choice || doc.values[i] || (kind !== "partial" && kind !== "range")) return;
    doc.values[i] = resolveOne(m.expression, m.text, { anchor: null, choice, base: () => null });
  });
}

/** The latest single day the article reports (not after `latest`): its anchor when it has none. */
function latestReported(
  doc: Doc,
  latest: number,
): { day: number; mention: DateMention; value: Resolved } | null {
  let found: { day: number; mention: DateMention; value: Resolved } | null = null;
  doc.mentions.forEach((mention, i) => {
    const value = doc.values[i];
    if (!value || value.span.end > latest) return;
    // What is to come, and a birth or a founding, say nothing of when the article was written.
    if (doc.directions[i] === "future" || BACKGROUND_BEFORE.test(before(doc, mention))) return;
    const oneDay = value.span.precision === "day";
    const dayRange = mention.expression.kind === "range" && endsOnDay(mention.expression.to);
    if (!oneDay && !dayRange) return;
    if (!found || value.span.end > found.day) found = { day: value.span.end, mention, value };
  });
  return found;
}

/** "born April 2, 1950", "founded on …": a date that dates a life or an institution. */
const BACKGROUND_BEFORE =
  /\b(?:born|birth|founded|established|incorporated|married)\b[^.;]{0,20}$/iu;

/** The sentence text before a mention. */
function before(doc: Doc, m: DateMention): string {
  const s = doc.article.sentences[m.sentence];
  return doc.article.text.slice(s?.start ?? 0, m.start);
}

function endsOnDay(e: DateExpression): boolean {
  return (e.kind === "absolute" || e.kind === "partial") && e.day !== undefined;
}

/** Everything left, in reading order, so "the same day" finds the date said before it. */
function resolveInOrder(doc: Doc, d: number, years: ReadonlyMap<string, YearChoice>): void {
  // The latest mention resolved at each granularity: day, week, month, year.
  const bases: ({ base: Base; index: number } | null)[] = [null, null, null, null];
  const base = (unit: Unit): Base | null => {
    let best: { base: Base; index: number } | null = null;
    for (let g = 0; g <= granularity(unit); g++) {
      const b = bases[g];
      if (b && (!best || b.index > best.index)) best = b;
    }
    return best?.base ?? null;
  };
  doc.mentions.forEach((m, i) => {
    if (!doc.values[i]) {
      const choice = years.get(key(d, i)) ?? null;
      const direction = doc.directions[i] ?? null;
      doc.values[i] = resolveOne(m.expression, m.text, {
        anchor: doc.anchor,
        choice,
        base,
        direction,
      });
    }
    const v = doc.values[i];
    const g = v ? granularity(v.span.precision) : 4;
    if (v && !v.open && g < 4) bases[g] = { base: { span: v.span, text: m.text }, index: i };
  });
}

function toValue(r: Resolved | null): DateValue | null {
  if (!r) return null;
  return {
    start: isoDate(r.span.start),
    end: isoDate(r.span.end),
    precision: r.span.precision,
    inferred: r.inferred,
    ...(r.inferred && r.reason ? { reason: r.reason } : {}),
    ...(r.open ? { open: true } : {}),
  };
}
