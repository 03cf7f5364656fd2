/**
 * Caps on what a chart draws. A chart is read on a page and rendered to a PNG (at most 32,767
 * pixels a side), so a story with hundreds of claims, a quote of thousands of words or a map
 * named by hundreds of sources draws its first rows and says how many more there are; its data
 * table and CSV keep everything.
 */
import { label, SMALL } from "./chart.ts";
import type { Markup } from "./svg.ts";

export interface Capped<T> {
  shown: T[];
  /** How many were left out of the drawing. */
  more: number;
}

/** The first `max` items, and how many more there are. */
export function cap<T>(items: readonly T[], max: number): Capped<T> {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** "and 12 more claims, listed in the table" (empty when nothing was left out). */
export function moreWords(more: number, one: string, many = `${one}s`): string {
  if (more <= 0) return "";
  return `and ${more === 1 ? "one" : more} more ${more === 1 ? one : many}, listed in the table`;
}

/**
 * The sentence a text alternative ends with when the drawing left rows out, e.g. "The chart
 * shows the first 60 of 600 claims; the table lists them all."
 */
export function cappedNote(
  parts: readonly { shown: number; total: number; many: string }[],
): string {
  const cut = parts.filter((p) => p.total > p.shown);
  if (cut.length === 0) return "";
  const which = cut.map((p) => `the first ${p.shown} of ${p.total} ${p.many}`);
  return `The chart shows ${which.join(" and ")}; the table lists them all.`;
}

/** A muted line under the last row drawn: "…and 540 more claims, listed in the table". */
export function moreLine(x: number, y: number, more: number, one: string, many?: string): Markup {
  return label(x, y, `…${moreWords(more, one, many)}`, {
    cls: "chart-muted chart-more",
    size: SMALL,
  });
}

/** One such line for each kind of row left out (none when nothing was), from `y` down. */
export function moreLines(
  y: number,
  left: readonly (readonly [more: number, one: string])[],
): { markup: Markup[]; height: number } {
  const markup: Markup[] = [];
  let height = 0;
  for (const [more, one] of left) {
    if (more === 0) continue;
    markup.push(moreLine(0, y + height + SMALL + 6, more, one));
    height += SMALL + 10;
  }
  return { markup, height };
}

/** At most `max` wrapped lines; the last one kept ends in "…" when lines were dropped. */
export function clampLines(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? "").replace(/[\s,;:–—-]+$/u, "")}…`;
  return kept;
}
