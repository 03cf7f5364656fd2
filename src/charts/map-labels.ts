/**
 * Labels beside map marks: each label tries the places around its mark (right, left, above,
 * below, then the diagonals) and takes the first that stays inside the map and clear of every
 * obstacle already there. Boxes come from the text-width estimate, which errs wide, so a label
 * that fits here fits on screen.
 */
import { el, type Markup, round } from "./svg.ts";
import type { Weight } from "./text-width.ts";
import { textWidth } from "./text-width.ts";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = "start" | "middle" | "end";

export interface PlacedLabel {
  text: string;
  /** The text's anchor point: x by `anchor`, y its baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

/** A round mark: what a label sits beside. */
export interface Mark {
  x: number;
  y: number;
  r: number;
}

/** Room for the halo drawn round label text (see maps.css). */
const HALO = 1.5;

/** The box a line of text covers, from its anchor point and baseline. */
export function textBox(
  x: number,
  baseline: number,
  content: string,
  size: number,
  anchor: Anchor,
  weight: Weight = "normal",
): Box {
  const w = textWidth(content, size, weight);
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return {
    x0: x0 - HALO,
    y0: baseline - size * 0.8 - HALO,
    x1: x0 + w + HALO,
    y1: baseline + size * 0.25 + HALO,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function within(box: Box, bounds: Box): boolean {
  return box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
}

/** The square around a round mark. */
export function markBox(mark: Mark, pad = 0): Box {
  return {
    x0: mark.x - mark.r - pad,
    y0: mark.y - mark.r - pad,
    x1: mark.x + mark.r + pad,
    y1: mark.y + mark.r + pad,
  };
}

/** Anchor points around a mark, in order of preference. */
function candidates(mark: Mark, size: number, gap: number): [number, number, Anchor][] {
  const { x, y, r } = mark;
  const mid = y + size * 0.32;
  const d = (r + gap) * Math.SQRT1_2;
  return [
    [x + r + gap, mid, "start"],
    [x - r - gap, mid, "end"],
    [x, y - r - gap - size * 0.25, "middle"],
    [x, y + r + gap + size * 0.8, "middle"],
    [x + d, y - d - size * 0.1, "start"],
    [x + d, y + d + size * 0.75, "start"],
    [x - d, y - d - size * 0.1, "end"],
    [x - d, y + d + size * 0.75, "end"],
  ];
}

export interface PlaceOptions {
  size: number;
  weight?: Weight;
  /** Space between the mark's edge and the text. */
  gap?: number;
}

/** The first position beside the mark inside `bounds` and clear of `obstacles`, or null. */
export function placeLabel(
  content: string,
  mark: Mark,
  bounds: Box,
  obstacles: readonly Box[],
  o: PlaceOptions,
): PlacedLabel | null {
  for (const [x, y, anchor] of candidates(mark, o.size, o.gap ?? 3)) {
    const box = textBox(x, y, content, o.size, anchor, o.weight);
    if (within(box, bounds) && !obstacles.some((b) => overlaps(b, box))) {
      return { text: content, x, y, anchor, box };
    }
  }
  return null;
}

/**
 * A label that must show (the one place of a locator map): beside the mark when it fits, clear of
 * obstacles when it can; otherwise shortened with an ellipsis until it fits, and as a last resort
 * moved inside the bounds. Never outside them.
 */
export function forceLabel(
  content: string,
  mark: Mark,
  bounds: Box,
  obstacles: readonly Box[],
  o: PlaceOptions,
): PlacedLabel {
  const clear = placeLabel(content, mark, bounds, obstacles, o);
  if (clear) return clear;
  const chars = Array.from(content);
  for (let n = chars.length; n >= 1; n--) {
    const cut = n === chars.length ? content : `${chars.slice(0, n).join("").trimEnd()}…`;
    const anywhere = placeLabel(cut, mark, bounds, [], o);
    if (anywhere) return anywhere;
  }
  // A mark pressed into a corner of a very small map: the text goes inside, over the mark.
  const cut = chars.length > 1 ? `${chars[0]}…` : content;
  const x = bounds.x0 + HALO + 1;
  const y = bounds.y1 - o.size * 0.25 - HALO - 1;
  return { text: cut, x, y, anchor: "start", box: textBox(x, y, cut, o.size, "start", o.weight) };
}

/** A line from the circle's edge to a label set farther out than beside it; null beside it. */
export function labelLine(
  d: { x: number; y: number; r: number; reach: number },
  placed: PlacedLabel,
): Markup | null {
  const { box } = placed;
  const tx = Math.min(Math.max(d.x, box.x0), box.x1);
  const ty = Math.min(Math.max(d.y, box.y0), box.y1);
  const distance = Math.hypot(tx - d.x, ty - d.y);
  if (distance <= d.reach + 6) return null;
  const ux = (tx - d.x) / distance;
  const uy = (ty - d.y) / distance;
  return el("line", {
    class: "map-label-line",
    x1: round(d.x + ux * d.r),
    y1: round(d.y + uy * d.r),
    x2: round(tx - ux * 2),
    y2: round(ty - uy * 2),
    stroke: "currentColor",
    "stroke-width": 0.75,
  });
}
