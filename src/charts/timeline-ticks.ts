/**
 * Axis ticks for each segment of the broken time scale, labelled for the segment's span: days
 * ("21 Oct", the year on the first tick and where it changes), months ("Aug 2023", then "Sep"; the
 * year again each January), or years ("2024"). The finest unit that suits the span is tried first
 * and made coarser until the labels stand apart; every segment keeps at least one tick.
 */
import { type TimeInterval, utcDay, utcMonth, utcYear } from "d3";
import { MONTH_NAMES } from "../core/date-words.ts";
import { dateOfDay, dayOfDate } from "./timeline-days.ts";
import type { ScalePiece } from "./timeline-scale.ts";

export type TickUnit = "day" | "month" | "year";

export interface Tick {
  unit: TickUnit;
  /** Where the tick is, in days (a day's tick is at its middle, a month's at its first day). */
  day: number;
  along: number;
  /** "21 Oct", "Aug", "2024". */
  main: string;
  /** The year, when the label should carry it ("2024"); null otherwise. */
  year: string | null;
  /** The first tick of its segment. */
  first: boolean;
}

interface Step {
  unit: TickUnit;
  every: number;
}

const STEPS: readonly Step[] = [
  { unit: "day", every: 1 },
  { unit: "day", every: 2 },
  { unit: "day", every: 7 },
  { unit: "day", every: 14 },
  { unit: "month", every: 1 },
  { unit: "month", every: 2 },
  { unit: "month", every: 3 },
  { unit: "month", every: 6 },
  { unit: "year", every: 1 },
  { unit: "year", every: 2 },
  { unit: "year", every: 5 },
  { unit: "year", every: 10 },
  { unit: "year", every: 25 },
  { unit: "year", every: 50 },
  { unit: "year", every: 100 },
];

/** "Aug", "Sep": the month's name cut to three letters. */
export function shortMonth(month: number): string {
  return (MONTH_NAMES[month] ?? "").slice(0, 3);
}

/** A tick's label on one line: "21 Oct 2024", "21 Oct", "Aug 2023", "2024". */
export function tickText(t: Tick): string {
  return t.year && t.unit !== "year" ? `${t.main} ${t.year}` : t.main;
}

/** A tick's label in lines for a narrow axis: a day's year goes under it. */
export function tickLines(t: Tick): string[] {
  if (t.unit === "day" && t.year) return [t.main, t.year];
  return [tickText(t)];
}

function interval(step: Step): TimeInterval | null {
  const base = step.unit === "day" ? utcDay : step.unit === "month" ? utcMonth : utcYear;
  return base.every(step.every);
}

function ticksAt(piece: ScalePiece, at: (day: number) => number, step: Step): Tick[] {
  const every = interval(step);
  if (!every) return [];
  // A day's tick sits at its middle; month and year ticks at their first day.
  const offset = step.unit === "day" ? 0.5 : 0;
  const lo = Math.ceil(piece.from - offset);
  const hi = Math.floor(piece.to - offset);
  if (hi < lo) return [];
  const dates = every.range(dateOfDay(lo), dateOfDay(hi + 1));
  let previousYear: number | null = null;
  return dates.map((date, i) => {
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth();
    const day = dayOfDate(date) + offset;
    const newYear = y !== previousYear;
    previousYear = y;
    const main =
      step.unit === "day"
        ? `${date.getUTCDate()} ${shortMonth(m)}`
        : step.unit === "month"
          ? shortMonth(m)
          : String(y);
    const showYear = step.unit !== "year" && (i === 0 || newYear);
    return {
      unit: step.unit,
      day,
      along: at(day),
      main,
      year: showYear ? String(y) : null,
      first: i === 0,
    };
  });
}

/** The first step worth trying for a span of days. */
function firstStep(span: number): number {
  if (span <= 62) return 0;
  if (span <= 3 * 366) return STEPS.findIndex((s) => s.unit === "month");
  return STEPS.findIndex((s) => s.unit === "year");
}

/**
 * Ticks for one piece of the scale. `apart(a, b)` says whether two neighbouring ticks' labels
 * stand clear of each other.
 */
export function pieceTicks(
  piece: ScalePiece,
  at: (day: number) => number,
  apart: (a: Tick, b: Tick) => boolean,
): Tick[] {
  let fallback: Tick[] = [];
  for (let s = firstStep(piece.to - piece.from); s < STEPS.length; s++) {
    const step = STEPS[s] as Step;
    const ticks = ticksAt(piece, at, step);
    if (ticks.length === 0) continue;
    if (ticks.every((t, i) => i === 0 || apart(ticks[i - 1] as Tick, t))) return ticks;
    if (fallback.length === 0) fallback = ticks;
  }
  if (fallback.length > 0) return fallback.slice(0, 1);
  // A segment too short for any tick inside its padding: label its middle day.
  const mid = Math.floor((piece.from + piece.to) / 2);
  return ticksAt({ ...piece, from: mid, to: mid + 1 }, at, { unit: "day", every: 1 }).slice(0, 1);
}

/**
 * Ticks for every piece. Where the last tick of a piece crowds the first of the next (across a
 * break), the last one goes: each segment keeps its first, labelled tick.
 */
export function axisTicks(
  pieces: readonly ScalePiece[],
  at: (day: number) => number,
  apart: (a: Tick, b: Tick) => boolean,
): Tick[] {
  const out: Tick[] = [];
  for (const piece of pieces) {
    const ticks = pieceTicks(piece, at, apart);
    const head = ticks[0];
    if (head) {
      let last = out[out.length - 1];
      while (last && !last.first && !apart(last, head)) {
        out.pop();
        last = out[out.length - 1];
      }
    }
    out.push(...ticks);
  }
  return out;
}
