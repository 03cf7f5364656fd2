/**
 * Build-time layout for the timeline: lanes so that events never overlap, labels cut to a few
 * lines with "…", labels pushed apart down a narrow column, and tooltip boxes placed inside the
 * chart where they cover the least. Sizes come from the text-width estimate, which errs wide, so
 * what is clear here is clear on screen.
 */
import { textWidth, wrapText } from "./text-width.ts";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Lane for each interval [lo, hi]: the first lane whose last interval ends at least `gap` before
 * this one starts. Intervals are taken by start (then by their index), which uses the fewest
 * lanes an interval graph allows. Returns lanes in the input's order.
 */
export function assignLanes(
  intervals: readonly { lo: number; hi: number }[],
  gap: number,
): number[] {
  const order = intervals
    .map((_, i) => i)
    .toSorted((a, b) => {
      const x = intervals[a];
      const y = intervals[b];
      return (x?.lo ?? 0) - (y?.lo ?? 0) || a - b;
    });
  const ends: number[] = [];
  const lanes = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const iv = intervals[i];
    if (!iv) continue;
    let lane = ends.findIndex((end) => end + gap <= iv.lo);
    if (lane < 0) {
      lane = ends.length;
      ends.push(iv.hi);
    } else {
      ends[lane] = iv.hi;
    }
    lanes[i] = lane;
  }
  return lanes;
}

/**
 * `text` cut with "…" to fit `width`, at a word boundary when one is near. With `always`, the
 * "…" is added even when the text fits (it is the visible part of a longer text).
 */
export function ellipsize(text: string, width: number, size: number, always = false): string {
  const t = text.trim();
  if (!always && textWidth(t, size) <= width) return t;
  if (always && textWidth(`${t}…`, size) <= width) return `${t}…`;
  const chars = Array.from(t);
  let n = chars.length;
  while (n > 1 && textWidth(`${chars.slice(0, n).join("").trimEnd()}…`, size) > width) n--;
  const cut = chars.slice(0, n).join("");
  // Cut at a word boundary when there is one, so the words shown are whole words of the text.
  const space = cut.lastIndexOf(" ");
  const head = space > 0 && chars[n] !== " " ? cut.slice(0, space) : cut;
  return `${head.trimEnd().replace(/[,;:.–—-]+$/, "")}…`;
}

/**
 * Wraps `text` into at most `max` lines of `width`; when more are needed the last line ends in
 * "…". (The full text stays in the tooltip, the link's name and the list.)
 */
export function clampLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, width, size);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, Math.max(0, max - 1));
  const rest = lines.slice(kept.length).join(" ");
  return [...kept, ellipsize(rest, width, size, true)];
}

/**
 * Short parts ("21 October 2024", "2 sources", "inferred") on as few lines as fit, joined by
 * `sep`; a part never breaks across lines unless it is too long for a line on its own. Nothing is
 * cut: these words carry the chart's meaning.
 */
export function packParts(
  parts: readonly string[],
  width: number,
  size: number,
  sep = " · ",
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const part of parts) {
    const joined = line === "" ? part : `${line}${sep}${part}`;
    if (textWidth(joined, size) <= width) {
      line = joined;
      continue;
    }
    if (line !== "") lines.push(line);
    const wrapped = wrapText(part, width, size);
    line = wrapped.pop() ?? "";
    lines.push(...wrapped);
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Tops for blocks of the given heights that want to start at `desired` (in that order, which
 * must be sorted): each starts where it wants or just below the one before, `gap` apart.
 */
export function stack(
  desired: readonly number[],
  heights: readonly number[],
  gap: number,
): number[] {
  const tops: number[] = [];
  let bottom = Number.NEGATIVE_INFINITY;
  desired.forEach((want, i) => {
    const top = Math.max(want, bottom + gap);
    tops.push(top);
    bottom = top + (heights[i] ?? 0);
  });
  return tops;
}

/**
 * The length a stretch of axis needs so that labels wanting to start at fractions `at` of it
 * (0 = its start, 1 = its end), with the given heights, can all start where they want: between
 * two neighbouring positions there must be room for the labels at the first (labels at one
 * position stack regardless). `tail` is the room after the end for the last labels (Infinity
 * when nothing follows).
 */
export function lengthForLabels(
  labels: readonly { at: number; h: number }[],
  gap: number,
  tail: number,
): number {
  const groups = new Map<number, number>();
  for (const l of labels) groups.set(l.at, (groups.get(l.at) ?? 0) + l.h + gap);
  const sorted = [...groups.entries()].toSorted((a, b) => a[0] - b[0]);
  let length = 0;
  sorted.forEach(([at, h], i) => {
    const next = sorted[i + 1];
    if (next) {
      if (next[0] > at) length = Math.max(length, h / (next[0] - at));
    } else if (Number.isFinite(tail) && at < 1) {
      length = Math.max(length, (h - tail) / (1 - at));
    }
  });
  return length;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Moves a box inside [0, width] × [0, height] (keeping `margin` clear of the edges). */
export function clampBox(b: Box, width: number, height: number, margin = 2): Box {
  const x = Math.min(Math.max(margin, b.x), Math.max(margin, width - margin - b.w));
  const y = Math.min(Math.max(margin, b.y), Math.max(margin, height - margin - b.h));
  return { ...b, x, y };
}

/**
 * Where a tooltip goes: of the candidate positions (in order of preference), clamped inside the
 * chart, the one that covers the least of `avoid` (what is painted after it, which would show
 * through) and of `own` (its own mark). Ties keep the earlier candidate.
 */
export function placeTip(
  size: { w: number; h: number },
  candidates: readonly { x: number; y: number }[],
  bounds: { width: number; height: number },
  avoid: readonly Box[],
  own: Box,
): Box {
  let best: Box | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const box = clampBox({ x: c.x, y: c.y, w: size.w, h: size.h }, bounds.width, bounds.height);
    let score = 2 * overlapArea(box, own);
    for (const a of avoid) score += overlapArea(box, a);
    if (score < bestScore - 0.5) {
      best = box;
      bestScore = score;
    }
  }
  return best ?? clampBox({ x: 0, y: 0, w: size.w, h: size.h }, bounds.width, bounds.height);
}
