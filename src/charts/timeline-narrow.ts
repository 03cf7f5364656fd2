/**
 * The narrow layout, for phones: time runs down a broken axis near the left edge, marks sit in
 * a few columns beside it (events that overlap in time side by side), and labels run in one
 * column to the right, pushed down where they would collide, with a leader line back to their
 * mark. 360 units wide, like every chart, so it fits a 320 px screen without sideways scrolling;
 * the height grows with the events.
 */
import { SMALL, WIDTH } from "./chart.ts";
import { el, join, type Markup, path, text } from "./svg.ts";
import type { TimelineItem } from "./timeline-items.ts";
import { assignLanes, type Box, lengthForLabels, placeTip, stack } from "./timeline-layout.ts";
import { timelineLegend } from "./timeline-legend.ts";
import { eventLabel, eventLink, labelMarkup } from "./timeline-link.ts";
import { breakSlashes, eventMark, type MarkSpec, markExtent } from "./timeline-marks.ts";
import { brokenScale, padding, type ScalePiece } from "./timeline-scale.ts";
import type { Segment } from "./timeline-segments.ts";
import { axisTicks, type Tick, tickLines } from "./timeline-ticks.ts";
import { tipBlock, tipMarkup } from "./timeline-tip.ts";

export const NARROW_WIDTH = WIDTH;
/** The axis line; tick labels ("May 2024", the widest month) end left of it. */
export const AXIS_X = 72;
/** Centre of the first column of marks. */
const FIRST_LANE = AXIS_X + 15;
const LANE_STEP = 16;
/** The columns of marks take at most this much width; more columns are packed closer. */
const LANES_WIDTH = 64;
/** Length of a segment per unit of its need (a day, in a cluster of single days). */
const STEP = 26;
const MIN_SEGMENT = 40;
/** A segment stretches to at most this many times its labels' stacked height. */
const STRETCH = 1.6;
export const NARROW_BREAK = 34;
const LABEL_GAP = 10;
const TICK_LINE = 13;
const TIP_WIDTH = 300;

export interface NarrowLayout {
  body: Markup;
  height: number;
  /** Every event's label box and mark, for checks. */
  placed: { item: TimelineItem; spec: MarkSpec; label: Box }[];
}

function tickApart(a: Tick, b: Tick): boolean {
  return b.along - a.along >= tickLines(a).length * TICK_LINE + 5;
}

/** The segment a day falls in (the nearest one when it falls in a break). */
function segmentOf(day: number, segments: readonly Segment[]): number {
  const i = segments.findIndex((s) => day < s.end);
  return i < 0 ? segments.length - 1 : i;
}

function axisMarkup(
  ticks: readonly Tick[],
  pieces: readonly ScalePiece[],
  breaks: readonly number[],
  gridEnd: number,
): Markup {
  const grid = ticks.map((t) =>
    el("line", {
      class: "chart-rule timeline-grid",
      x1: AXIS_X,
      x2: gridEnd,
      y1: t.along,
      y2: t.along,
      stroke: "currentColor",
      "stroke-opacity": 0.15,
    }),
  );
  const lines = pieces.map((p) =>
    el("line", {
      class: "timeline-axis-line",
      x1: AXIS_X,
      x2: AXIS_X,
      y1: p.a0,
      y2: p.a1,
      stroke: "currentColor",
      "stroke-width": 1.25,
    }),
  );
  const labels = ticks.map((t) =>
    join(
      el("line", {
        class: "timeline-tick",
        x1: AXIS_X - 4,
        x2: AXIS_X,
        y1: t.along,
        y2: t.along,
        stroke: "currentColor",
      }),
      tickLines(t).map((line, i) =>
        el(
          "text",
          {
            x: AXIS_X - 7,
            y: t.along + 4 + i * TICK_LINE,
            class: "chart-muted timeline-tick-label",
            "font-size": SMALL,
            "text-anchor": "end",
          },
          text(line),
        ),
      ),
    ),
  );
  return join(
    el("g", { class: "timeline-grid-lines", "aria-hidden": "true" }, grid),
    el(
      "g",
      { class: "timeline-axis", "aria-hidden": "true" },
      lines,
      breaks.map((b) => breakSlashes(b, AXIS_X, 7, "vertical")),
      labels,
    ),
  );
}

export function narrowLayout(
  items: readonly TimelineItem[],
  segments: readonly Segment[],
): NarrowLayout {
  const key = timelineLegend(items, NARROW_WIDTH, 0);
  const top = key.height + (key.height > 0 ? 8 : 0) + 14;

  // Columns from the days each mark covers: the scale below gives every day in a cluster at
  // least STEP units, so marks on different days never collide in one column.
  const lanes = assignLanes(
    items.map((i) => ({
      lo: i.span.start,
      hi: i.kind === "point" ? i.span.start + 1 : i.span.end,
    })),
    0,
  );
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const step = laneCount > 1 ? Math.min(LANE_STEP, LANES_WIDTH / (laneCount - 1)) : LANE_STEP;
  const laneX = (lane: number) => FIRST_LANE + lane * step;
  const labelX = laneX(laneCount - 1) + 20;
  const labelWidth = NARROW_WIDTH - labelX - 4;
  // Four lines, as on wide screens: a who-did-what title fits whole.
  const labels = items.map((item) => eventLabel(item, labelWidth, 4));

  // Each segment is long enough for its cluster to read and, where it can be, for its labels to
  // start level with their marks; never more than a few times the labels' plain stack, so one
  // crowded day in a segment of years does not stretch the chart without end.
  const inSegment = segments.map(() => [] as { at: number; h: number }[]);
  items.forEach((item, i) => {
    const day = item.kind === "point" ? item.span.start + 0.5 : item.span.start;
    const s = segmentOf(day, segments);
    const seg = segments[s];
    if (!seg) return;
    const pad = padding(seg);
    const at = (day - (seg.start - pad)) / (seg.end - seg.start + 2 * pad);
    inSegment[s]?.push({ at, h: labels[i]?.h ?? 0 });
  });
  const lengths = segments.map((s, i) => {
    const own = inSegment[i] ?? [];
    const base = Math.max(MIN_SEGMENT, s.need * STEP);
    const stacked = own.reduce((sum, l) => sum + l.h + LABEL_GAP, 0);
    const tail = i < segments.length - 1 ? NARROW_BREAK : Number.POSITIVE_INFINITY;
    const wanted = lengthForLabels(own, LABEL_GAP, tail);
    return Math.max(base, stacked, Math.min(wanted, STRETCH * stacked));
  });
  const scale = brokenScale(segments, lengths, top, NARROW_BREAK);
  const ticks = axisTicks(scale.pieces, scale.at, tickApart);

  const specs: MarkSpec[] = items.map((item, i) => {
    const point = item.kind === "point";
    const a0 = scale.at(point ? item.span.start + 0.5 : item.span.start);
    const a1 = point ? a0 : scale.at(item.span.end);
    const reports = item.reports.map((r) => {
      const day = r.span.end - r.span.start === 1;
      return {
        a0: scale.at(day ? r.span.start + 0.5 : r.span.start),
        a1: scale.at(day ? r.span.start + 0.5 : r.span.end),
        style: r.style,
      };
    });
    const draft = { kind: item.kind, a0, a1, inferred: item.inferred };
    const ext = markExtent(draft);
    return {
      ...draft,
      c: laneX(lanes[i] ?? 0),
      multi: item.multi,
      breaks: scale.crossed(ext.lo, ext.hi),
      reports,
    };
  });

  // Labels want their first line level with the mark's start; stack them where they collide.
  const desired = specs.map((s) => (s.kind === "point" ? s.a0 : s.a0 + 4) - 9);
  const order = items
    .map((_, i) => i)
    .toSorted((a, b) => (desired[a] ?? 0) - (desired[b] ?? 0) || a - b);
  const stacked = stack(
    order.map((i) => desired[i] ?? 0),
    order.map((i) => labels[i]?.h ?? 0),
    LABEL_GAP,
  );
  const labelTops: number[] = [];
  order.forEach((i, k) => {
    labelTops[i] = stacked[k] ?? 0;
  });

  const labelBoxes: Box[] = items.map((_, i) => ({
    x: labelX,
    y: labelTops[i] ?? 0,
    w: labels[i]?.w ?? 0,
    h: labels[i]?.h ?? 0,
  }));
  const contentBottom = Math.max(scale.end, ...labelBoxes.map((b) => b.y + b.h), top) + 10;
  const tips = items.map((item) => tipBlock(item.words.tip, TIP_WIDTH));
  const height = Math.ceil(Math.max(contentBottom, ...tips.map((t) => t.h + 8)));
  // What each event covers: its label and the head of its mark.
  const areas: Box[] = specs.map((s, i) => {
    const ext = markExtent(s);
    const b = labelBoxes[i] as Box;
    const x = s.c - ext.half;
    const y0 = Math.min(b.y, ext.lo);
    const y1 = Math.max(b.y + b.h, Math.min(ext.hi, ext.lo + 24));
    return { x, y: y0, w: b.x + b.w - x, h: y1 - y0 };
  });

  const events = items.map((item, i) => {
    const spec = specs[i] as MarkSpec;
    const label = labels[i] as (typeof labels)[number];
    const box = labelBoxes[i] as Box;
    const tip = tips[i] as (typeof tips)[number];
    const ext = markExtent(spec);
    const own: Box = { x: spec.c - ext.half, y: ext.lo, w: 2 * ext.half, h: ext.hi - ext.lo };
    const tipX = labelX - 40;
    const tipBox = placeTip(
      tip,
      [
        { x: tipX, y: box.y + box.h + 6 },
        { x: tipX, y: box.y - 6 - tip.h },
        { x: tipX, y: ext.hi + 6 },
      ],
      { width: NARROW_WIDTH, height },
      areas.slice(i + 1),
      own,
    );
    // A leader line from the mark to a label pushed away from it.
    const markY = spec.kind === "point" ? spec.a0 : spec.a0 + 4;
    const textMiddle = box.y + 8;
    const leader =
      Math.abs(textMiddle - markY) > 3
        ? el("path", {
            class: "chart-rule timeline-leader",
            d: path(["M", spec.c + ext.half + 2, markY, "L", labelX - 4, textMiddle]),
            fill: "none",
            stroke: "currentColor",
            "stroke-opacity": 0.4,
          })
        : null;
    return eventLink(
      item,
      areas[i] as Box,
      leader,
      eventMark(spec, "vertical"),
      labelMarkup(label, labelX, box.y),
      tipMarkup(tip, tipBox),
    );
  });

  const body = join(
    key.markup,
    axisMarkup(ticks, scale.pieces, scale.breaks, labelX - 6),
    el("g", { class: "timeline-events" }, events),
  );
  return {
    body,
    height,
    placed: items.map((item, i) => ({
      item,
      spec: specs[i] as MarkSpec,
      label: labelBoxes[i] as Box,
    })),
  };
}
