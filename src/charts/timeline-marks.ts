/**
 * The mark of one event, drawn the same way across and down the page. Shape says the precision:
 * a point for a day, a bar for a week, a month, a year or a range, a bar ending in an arrow for
 * "since …". Fill says how many sources report it (filled: several; hollow: one), a dashed ring
 * says the date is inferred, and a conflict's bar carries each source's own date in that source's
 * shape. The words under the mark say all of it again, so no reader depends on the drawing.
 *
 * Coordinates are "along" the time axis and "across" it; `orientation` maps them to x and y.
 */
import { type SourceStyle, sourceMark } from "./palette.ts";
import { el, join, type Markup, path } from "./svg.ts";
import type { MarkKind } from "./timeline-items.ts";

export type Orientation = "horizontal" | "vertical";

export const POINT_R = 5.5;
/** Thickness of a bar. */
export const BAR = 10;
/** Length of an open bar's arrowhead. */
export const ARROW = 9;
/** Shortest bar drawn, so a day-long bar at a coarse scale still reads as a bar. */
export const MIN_BAR = 8;
/** How far the dashed "inferred" ring sits outside the mark. */
export const RING = 3;
/** The gap cut in a bar where it crosses a break in the axis. */
const BREAK_CUT = 5;

export interface ReportMark {
  /** The source's own date along the axis (a0 = a1 for a single day). */
  a0: number;
  a1: number;
  style: SourceStyle;
}

export interface MarkSpec {
  kind: MarkKind;
  /** Along the axis: a point's centre is a0 (= a1); a bar runs a0 to a1. */
  a0: number;
  a1: number;
  /** Across the axis: the mark's centre line. */
  c: number;
  multi: boolean;
  inferred: boolean;
  /** Breaks of the axis the mark crosses (along positions). */
  breaks: readonly number[];
  /** A conflict's sources, each at its own date; empty otherwise. */
  reports: readonly ReportMark[];
}

/** A bar's ends, stretched about its middle to MIN_BAR when the scale makes it shorter. */
export function barEnds(a0: number, a1: number): [number, number] {
  if (a1 - a0 >= MIN_BAR) return [a0, a1];
  const mid = (a0 + a1) / 2;
  return [mid - MIN_BAR / 2, mid + MIN_BAR / 2];
}

/** How far the mark reaches along the axis and across it, ring and arrowhead included. */
export function markExtent(spec: Pick<MarkSpec, "kind" | "a0" | "a1" | "inferred">): {
  lo: number;
  hi: number;
  half: number;
} {
  const ring = spec.inferred ? RING + 1 : 0;
  if (spec.kind === "point") {
    return { lo: spec.a0 - POINT_R - ring, hi: spec.a0 + POINT_R + ring, half: POINT_R + ring };
  }
  const [a0, a1] = barEnds(spec.a0, spec.a1);
  const arrow = spec.kind === "open" ? ARROW : 0;
  const half = Math.max(BAR / 2 + ring, spec.kind === "open" ? BAR / 2 + 3 : 0);
  return { lo: a0 - ring, hi: a1 + arrow + ring, half };
}

interface Axes {
  /** A point given along/across, as x/y attributes. */
  xy: (along: number, across: number) => [number, number];
  /** A rectangle [a0, a1] × [c0, c1] as rect attributes. */
  rect: (a0: number, a1: number, c0: number, c1: number) => Record<string, number>;
}

function axes(o: Orientation): Axes {
  if (o === "horizontal") {
    return {
      xy: (a, c) => [a, c],
      rect: (a0, a1, c0, c1) => ({ x: a0, y: c0, width: a1 - a0, height: c1 - c0 }),
    };
  }
  return {
    xy: (a, c) => [c, a],
    rect: (a0, a1, c0, c1) => ({ x: c0, y: a0, width: c1 - c0, height: a1 - a0 }),
  };
}

/** The pieces of [a0, a1] left when a small gap is cut at each break. */
function pieces(a0: number, a1: number, breaks: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let from = a0;
  for (const b of breaks.filter((x) => x > a0 && x < a1).toSorted((x, y) => x - y)) {
    if (b - BREAK_CUT > from) out.push([from, b - BREAK_CUT]);
    from = b + BREAK_CUT;
  }
  if (a1 > from) out.push([from, a1]);
  return out;
}

/** "//" across a line at `along`: the sign of a break in the axis, repeated on a bar. */
export function breakSlashes(
  along: number,
  c: number,
  half: number,
  o: Orientation,
  cls = "timeline-break",
): Markup {
  const ax = axes(o);
  const line = (d: number) => {
    const [x1, y1] = ax.xy(along + d - 2.5, c + half);
    const [x2, y2] = ax.xy(along + d + 2.5, c - half);
    return path(["M", x1, y1, "L", x2, y2]);
  };
  return el("path", {
    class: cls,
    d: `${line(-2.5)} ${line(2.5)}`,
    fill: "none",
    stroke: "currentColor",
    "stroke-width": 1.5,
    "stroke-linecap": "round",
  });
}

function fillAttrs(multi: boolean): Record<string, string | number> {
  // Without timeline.css (a downloaded SVG) filled marks take the text colour and hollow ones
  // show the background; the stylesheet swaps in the page's accent and background.
  return multi
    ? { class: "timeline-fill timeline-fill-multi", fill: "currentColor" }
    : { class: "timeline-fill timeline-fill-single", fill: "none" };
}

const STROKE = { stroke: "currentColor", "stroke-width": 1.5 } as const;
const RING_ATTRS = {
  class: "timeline-ring",
  fill: "none",
  stroke: "currentColor",
  "stroke-width": 1.25,
  "stroke-dasharray": "3 2",
} as const;

function point(spec: MarkSpec, ax: Axes): Markup {
  const [cx, cy] = ax.xy(spec.a0, spec.c);
  return join(
    spec.inferred ? el("circle", { ...RING_ATTRS, cx, cy, r: POINT_R + RING }) : null,
    el("circle", { ...fillAttrs(spec.multi), ...STROKE, cx, cy, r: POINT_R }),
  );
}

function bar(spec: MarkSpec, ax: Axes, o: Orientation): Markup {
  const [a0, a1] = barEnds(spec.a0, spec.a1);
  const c0 = spec.c - BAR / 2;
  const c1 = spec.c + BAR / 2;
  const parts = pieces(a0, a1, spec.breaks);
  const crossed = spec.breaks.filter((b) => b > a0 && b < a1);
  const out: Markup[] = [];
  if (spec.inferred) {
    for (const [p0, p1] of parts) {
      out.push(
        el("rect", {
          ...RING_ATTRS,
          ...ax.rect(p0 - RING, p1 + RING, c0 - RING, c1 + RING),
          rx: 4,
        }),
      );
    }
  }
  for (const [p0, p1] of parts) {
    out.push(
      el("rect", { ...fillAttrs(spec.multi), ...STROKE, ...ax.rect(p0, p1, c0, c1), rx: 2 }),
    );
  }
  for (const b of crossed) out.push(breakSlashes(b, spec.c, BAR / 2 + 3, o));
  if (spec.kind === "open") {
    // The open end: an arrowhead past the last day, pointing on in time.
    const [x0, y0] = ax.xy(a1, spec.c - BAR / 2 - 3);
    const [x1, y1] = ax.xy(a1 + ARROW, spec.c);
    const [x2, y2] = ax.xy(a1, spec.c + BAR / 2 + 3);
    out.push(
      el("path", {
        class: "timeline-arrow",
        d: path(["M", x0, y0, "L", x1, y1, "L", x2, y2, "Z"]),
        fill: "currentColor",
        stroke: "currentColor",
        "stroke-width": 1,
        "stroke-linejoin": "round",
      }),
    );
  }
  for (const r of spec.reports) {
    const mid = (r.a0 + r.a1) / 2;
    if (r.a1 - r.a0 > 3) {
      const [x1, y1] = ax.xy(r.a0, spec.c);
      const [x2, y2] = ax.xy(r.a1, spec.c);
      out.push(
        el("path", {
          class: "timeline-report-span",
          d: path(["M", x1, y1, "L", x2, y2]),
          stroke: r.style.color,
          "stroke-width": 3,
          "stroke-linecap": "round",
        }),
      );
    }
    const [x, y] = ax.xy(mid, spec.c);
    out.push(sourceMark(r.style, x, y, 64));
  }
  return join(out);
}

/** The classes naming what a mark shows, for the stylesheet and for tests. */
export function markClass(spec: Pick<MarkSpec, "kind" | "multi" | "inferred" | "reports">): string {
  return [
    "timeline-mark",
    `timeline-mark-${spec.kind}`,
    spec.multi ? "timeline-multi" : "timeline-single",
    spec.inferred ? "timeline-inferred" : null,
    spec.reports.length > 0 ? "timeline-conflict" : null,
  ]
    .filter((c) => c !== null)
    .join(" ");
}

export function eventMark(spec: MarkSpec, o: Orientation): Markup {
  const ax = axes(o);
  return el(
    "g",
    { class: markClass(spec) },
    spec.kind === "point" ? point(spec, ax) : bar(spec, ax, o),
  );
}
