/**
 * The scale for one row of figures. Linear from zero, so lengths compare honestly, unless the
 * numbers span orders of magnitude (largest / smallest > LOG_RATIO, all positive): then a log
 * scale, or the small values would sit on top of each other at zero.
 */
import { format, scaleLinear, scaleLog } from "d3";
import { textWidth } from "./text-width.ts";

/** Above this ratio between the largest and the smallest number, the scale is logarithmic. */
export const LOG_RATIO = 50;

export interface Tick {
  value: number;
  x: number;
  label: string;
}

export interface FigureScale {
  type: "linear" | "log";
  domain: [number, number];
  x: (n: number) => number;
  ticks: Tick[];
}

const si = format("~s");

/** Compact tick labels: 0, 500, 2.5k, 1M, 3B (the values themselves are written in full). */
export function tickLabel(n: number): string {
  if (n === 0) return "0";
  if (Math.abs(n) < 1000) return format("~r")(Number(n.toPrecision(12)));
  return si(n).replace("G", "B").replace("−", "-");
}

/** Whether these numbers need a log scale. */
export function needsLog(values: readonly number[]): boolean {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2 || finite.some((v) => v <= 0)) return false;
  return Math.max(...finite) / Math.min(...finite) > LOG_RATIO;
}

/** Drops ticks whose labels would collide, keeping the first and, where it fits, the last. */
function spaced(ticks: Tick[], size: number, gap = 6): Tick[] {
  const half = (t: Tick) => textWidth(t.label, size) / 2;
  const kept: Tick[] = [];
  for (const t of ticks) {
    const prev = kept[kept.length - 1];
    if (!prev || t.x - half(t) >= prev.x + half(prev) + gap) kept.push(t);
  }
  const last = ticks[ticks.length - 1];
  const keptLast = kept[kept.length - 1];
  if (last && keptLast && keptLast !== last && kept.length > 1) {
    const before = kept[kept.length - 2];
    if (before && last.x - half(last) >= before.x + half(before) + gap)
      kept[kept.length - 1] = last;
  }
  return kept;
}

/**
 * A scale from the row's numbers to [x0, x1]; `tickSize` is the tick labels' font size, used to
 * keep them apart.
 */
export function figureScale(
  values: readonly number[],
  x0: number,
  x1: number,
  tickSize: number,
): FigureScale {
  const finite = values.filter((v) => Number.isFinite(v));
  if (needsLog(finite)) {
    const lo = 10 ** Math.floor(Math.log10(Math.min(...finite)));
    const hi = 10 ** Math.ceil(Math.log10(Math.max(...finite)));
    const scale = scaleLog().domain([lo, hi]).range([x0, x1]);
    const decades = Math.round(Math.log10(hi / lo));
    const step = Math.max(1, Math.ceil(decades / 4));
    const ticks: Tick[] = [];
    for (let k = 0; k <= decades; k += step) {
      const value = Number((lo * 10 ** k).toPrecision(12));
      ticks.push({ value, x: scale(value), label: tickLabel(value) });
    }
    return {
      type: "log",
      domain: [lo, hi],
      x: (n) => scale(Math.max(lo, n)),
      ticks: spaced(ticks, tickSize),
    };
  }
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const scale = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .nice(4)
    .range([x0, x1]);
  const [d0, d1] = scale.domain() as [number, number];
  const ticks = scale
    .ticks(4)
    .map((value) => ({ value, x: scale(value), label: tickLabel(value) }));
  return { type: "linear", domain: [d0, d1], x: (n) => scale(n), ticks: spaced(ticks, tickSize) };
}
