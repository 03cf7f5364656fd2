/**
 * The missing year of a month-day ("March 14") in an article with no date of its own, chosen
 * from what the whole story says: a weekday given for the same day, a "since …" that bounds it
 * from below, the configured latest date above, and the other dates the story reports.
 */
import {
  civil,
  dayNumber,
  formatMonthDay,
  isValidMonthDay,
  monthEnd,
  monthStart,
  weekdayOf,
} from "../../core/calendar.ts";
import { WEEKDAY_NAMES } from "../../core/date-words.ts";

export interface YearBounds {
  /** Day number of the configured latest date: nothing reported is later. */
  latest: number;
  /** The latest "since …" start in the story: what it reports happened on or after it. */
  lower: { day: number; text: string } | null;
}

/** A date the story reports, to stay near: days [start, end] and how to name it in a reason. */
export interface KnownDate {
  start: number;
  end: number;
  label: string;
  /** A source's publication or reference date: when the story's sources were written. */
  anchor?: boolean;
}

/** "Wednesday", and why it applies ("the day another source gives for the same event"). */
export interface WeekdayHint {
  weekday: number;
  why: string;
}

export interface YearChoice {
  year: number;
  reason: string;
}

/** How far back a weekday alone may look for a year: the calendar repeats within 28 years. */
const WEEKDAY_LOOKBACK = 28;

/**
 * Days from a reported date within which it tells a month-day's year (or which of a weekday's
 * years is meant): further off, the story's dates are background and the year a guess.
 */
const YEAR_NEAR = 366;

/**
 * The known dates sorted for nearest-date queries in O(log n): a story may report thousands of
 * dates, and every month-day asks which is nearest for each candidate year.
 */
export interface KnownIndex {
  /** Sorted by start. */
  sorted: readonly KnownDate[];
  /** For each prefix of `sorted`, the item with the latest end. */
  latestEnding: readonly KnownDate[];
}

export function indexKnown(known: readonly KnownDate[]): KnownIndex {
  const sorted = [...known].sort((a, b) => a.start - b.start || a.end - b.end);
  const latestEnding: KnownDate[] = [];
  let best: KnownDate | undefined;
  for (const k of sorted) {
    if (!best || k.end > best.end) best = k;
    latestEnding.push(best);
  }
  return { sorted, latestEnding };
}

/** The known date nearest the days [s, e], and how many days away (0 when they overlap). */
export function nearestKnown(
  index: KnownIndex,
  s: number,
  e: number,
): { to: KnownDate; distance: number } | null {
  // Items starting on or before e: the one ending latest is the nearest of them.
  let lo = 0;
  let hi = index.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.sorted[mid]?.start ?? 0) <= e) lo = mid + 1;
    else hi = mid;
  }
  let best: { to: KnownDate; distance: number } | null = null;
  const before = index.latestEnding[lo - 1];
  if (before) best = { to: before, distance: Math.max(0, s - before.end) };
  const after = index.sorted[lo];
  if (after && (!best || after.start - e < best.distance)) {
    best = { to: after, distance: after.start - e };
  }
  return best;
}

function span(year: number, month: number, day: number | undefined): [number, number] {
  return day === undefined
    ? [monthStart(year, month), monthEnd(year, month)]
    : [dayNumber(year, month, day), dayNumber(year, month, day)];
}

/** The candidate nearest any known date; ties go to the later year (news reports the recent). */
function nearest(
  years: readonly number[],
  month: number,
  day: number | undefined,
  known: KnownIndex,
): { year: number; to: KnownDate; distance: number } | null {
  let best: { year: number; to: KnownDate; distance: number } | null = null;
  for (const year of years) {
    const [s, e] = span(year, month, day);
    const k = nearestKnown(known, s, e);
    if (k && (!best || k.distance <= best.distance)) best = { year, ...k };
  }
  return best;
}

export function chooseYear(
  month: number,
  day: number | undefined,
  hint: WeekdayHint | null,
  bounds: YearBounds,
  known: KnownIndex,
): YearChoice | null {
  const what = formatMonthDay(month, day);
  const upper = civil(bounds.latest).year;
  const lower = bounds.lower;
  const lowerYear = lower ? civil(lower.day).year : null;
  const fits = (year: number): boolean => {
    if (day !== undefined && !isValidMonthDay(month, day, year)) return false;
    const [s, e] = span(year, month, day);
    return s <= bounds.latest && (!lower || e >= lower.day);
  };
  const limit = `${upper} (configured limit)`;
  const from = lower && `${lowerYear} (“${lower.text}”)`;

  if (hint && day !== undefined) {
    const first = lowerYear ?? upper - WEEKDAY_LOOKBACK;
    const years: number[] = [];
    for (let y = first; y <= upper; y++) {
      if (fits(y) && weekdayOf(dayNumber(y, month, day)) === hint.weekday) years.push(y);
    }
    const weekday = WEEKDAY_NAMES[hint.weekday];
    const is = `${what} is a ${weekday}, ${hint.why}`;
    const only = years.length === 1 ? years[0] : undefined;
    if (only !== undefined && from) {
      return {
        year: only,
        reason: `year not given; ${only} is the only year from ${from} to ${limit} in which ${is}`,
      };
    }
    const pick = nearest(years, month, day, known);
    // The weekday recurs every few years: the nearest candidate says which only when a date
    // the story reports lies within a year of it. Further off ("in 1998 he was jailed"), the
    // story's other dates are background, and a year picked by them is a guess.
    if (pick && (pick.distance <= YEAR_NEAR || years.length === 1)) {
      return {
        year: pick.year,
        reason: `year not given; of the years to ${limit} in which ${is}, ${pick.year} is nearest ${pick.to.label}`,
      };
    }
    if (pick) return null;
    const latest = years[years.length - 1];
    if (latest !== undefined) {
      return {
        year: latest,
        reason: `year not given; ${latest} is the latest year ${from ? `from ${from} ` : ""}to ${limit} in which ${is}`,
      };
    }
    // The weekday fits no allowed year: the sources disagree, so it cannot decide.
  }

  // When some sources are dated, a month-day belongs near when the story was written, not
  // near a background date ("in 1991, …") another sentence names.
  const written = known.sorted.filter((k) => k.anchor);
  if (written.length > 0) {
    const first = Math.max(
      lowerYear ?? civil(written[0]?.start ?? bounds.latest).year - 1,
      upper - 200,
    );
    const years: number[] = [];
    for (let y = first; y <= upper; y++) if (fits(y)) years.push(y);
    const pick = nearest(years, month, day, indexKnown(written));
    if (pick) {
      return {
        year: pick.year,
        reason: `year not given; ${pick.year} puts ${what} nearest ${pick.to.label}`,
      };
    }
  }

  const earliest = known.sorted[0];
  if (earliest) {
    // A year before the earliest known date at most, and never an unbounded search.
    const first = Math.max(lowerYear ?? civil(earliest.start).year - 1, upper - 200);
    const years: number[] = [];
    for (let y = first; y <= upper; y++) if (fits(y)) years.push(y);
    const pick = nearest(years, month, day, known);
    // Months away from any date the story gives, the nearest says little about the year.
    if (pick && pick.distance <= YEAR_NEAR) {
      return {
        year: pick.year,
        reason: `year not given; ${pick.year} puts ${what} nearest ${pick.to.label}`,
      };
    }
  }

  if (lower && lowerYear !== null) {
    for (let y = lowerYear; y <= upper; y++) {
      if (fits(y)) {
        return {
          year: y,
          reason: `year not given; ${y} is the first year that fits “${lower.text}” (nothing else in the story narrows it down before ${limit})`,
        };
      }
    }
  }
  return null;
}
