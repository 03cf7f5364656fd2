/**
 * The wide layout: time across, a broken axis at the top, events stacked in lanes below it. An
 * event takes the room of its mark and its label (the label starts under the mark's start); the
 * lanes are assigned at build time so no two events' rooms overlap, whatever the fonts do (the
 * widths are estimated wide).
 */
import { SMALL } from "./chart.ts";
import { el, join, type Markup, text } from "./svg.ts";
import { textWidth } from "./text-width.ts";
import type { TimelineItem } from "./timeline-items.ts";
import { assignLanes, type Box, placeTip } from "./timeline-layout.ts";
import { timelineLegend } from "./timeline-legend.ts";
import { type EventLabel, eventLabel, eventLink, labelMarkup } from "./timeline-link.ts";
import { breakSlashes, eventMark, type MarkSpec, markExtent, POINT_R } from "./timeline-marks.ts";
import { brokenScale, shareLengths } from "./timeline-scale.ts";
import type { Segment } from "./timeline-segments.ts";
import { axisTicks, type Tick, tickText } from "./timeline-ticks.ts";
import { tipBlock, tipMarkup } from "./timeline-tip.ts";

export const WIDE_WIDTH = 680;
/** Room at each end of the axis. */
const PAD = 12;
/** Room for a break in the axis. */
export const WIDE_BREAK = 30;
/** The least length a segment gets, whatever its need: room for a tick label or two. */
const MIN_SEGMENT = 72;
/** Label width: at least this, or the bar's length up to LABEL_MAX. */
const LABEL_MIN = 170;
const LABEL_MAX = 260;
/** Space between two events in one lane, and between lanes. */
const LANE_GAP = 16;
const ROW_GAP = 14;
const TIP_WIDTH = 280;

export interface PlacedEvent {
  item: TimelineItem;
  spec: MarkSpec;
  label: EventLabel;
  labelX: number;
  lane: number;
  /** The event's room: mark and label. */
  box: Box;
}

export interface WideLayout {
  body: Markup;
  height: number;
  placed: PlacedEvent[];
}

function tickApart(a: Tick, b: Tick): boolean {
  const w = (t: Tick) => textWidth(tickText(t), SMALL);
  return b.along - a.along >= (w(a) + w(b)) / 2 + 10;
}

function axisMarkup(
  ticks: readonly Tick[],
  pieces: readonly { a0: number; a1: number }[],
  breaks: readonly number[],
  axisY: number,
  bottom: number,
): Markup {
  const grid = ticks.map((t) =>
    el("line", {
      class: "chart-rule timeline-grid",
      x1: t.along,
      x2: t.along,
      y1: axisY,
      y2: bottom,
      stroke: "currentColor",
      "stroke-opacity": 0.15,
    }),
  );
  const lines = pieces.map((p) =>
    el("line", {
      class: "timeline-axis-line",
      x1: p.a0,
      x2: p.a1,
      y1: axisY,
      y2: axisY,
      stroke: "currentColor",
      "stroke-width": 1.25,
    }),
  );
  const labels = ticks.map((t) => {
    const content = tickText(t);
    const w = textWidth(content, SMALL);
    const anchor = t.along - w / 2 < 0 ? "start" : t.along + w / 2 > WIDE_WIDTH ? "end" : "middle";
    const x = anchor === "start" ? 0 : anchor === "end" ? WIDE_WIDTH : t.along;
    return join(
      el("line", {
        class: "timeline-tick",
        x1: t.along,
        x2: t.along,
        y1: axisY - 4,
        y2: axisY,
        stroke: "currentColor",
      }),
      el(
        "text",
        {
          x,
          y: axisY - 8,
          class: "chart-muted timeline-tick-label",
          "font-size": SMALL,
          "text-anchor": anchor === "start" ? undefined : anchor,
        },
        text(content),
      ),
    );
  });
  return join(
    el("g", { class: "timeline-grid-lines", "aria-hidden": "true" }, grid),
    el(
      "g",
      { class: "timeline-axis", "aria-hidden": "true" },
      lines,
      breaks.map((b) => breakSlashes(b, axisY, 7, "horizontal")),
      labels,
    ),
  );
}

export function wideLayout(
  items: readonly TimelineItem[],
  segments: readonly Segment[],
): WideLayout {
  const key = timelineLegend(items, WIDE_WIDTH, 0);
  const axisY = key.height + (key.height > 0 ? 8 : 0) + 26;
  const lanesTop = axisY + 14;

  const total = WIDE_WIDTH - 2 * PAD - Math.max(0, segments.length - 1) * WIDE_BREAK;
  const lengths = shareLengths(
    segments.map((s) => s.need),
    total,
    MIN_SEGMENT,
  );
  const scale = brokenScale(segments, lengths, PAD, WIDE_BREAK);
  const ticks = axisTicks(scale.pieces, scale.at, tickApart);

  // Marks and labels, before lanes are known: their extent along the axis.
  const drafts = items.map((item) => {
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
    const extent = markExtent({ kind: item.kind, a0, a1, inferred: item.inferred });
    const width = Math.max(LABEL_MIN, Math.min(extent.hi - extent.lo, LABEL_MAX));
    // Up to four lines: a title says who did what (timeline/frame-title.ts) in a dozen words,
    // which fit whole even in the narrowest label beside the axis's end.
    const label = eventLabel(item, width, 4);
    const labelX = Math.min(Math.max(2, extent.lo), WIDE_WIDTH - 2 - label.w);
    const lo = Math.min(extent.lo, labelX);
    const hi = Math.max(extent.hi, labelX + label.w);
    const markRow = 2 * Math.max(extent.half, POINT_R + 2);
    return { item, a0, a1, reports, extent, label, labelX, lo, hi, markRow };
  });

  const lanes = assignLanes(drafts, LANE_GAP);
  const laneHeights: number[] = [];
  drafts.forEach((d, i) => {
    const lane = lanes[i] ?? 0;
    const h = d.markRow + 4 + d.label.h;
    laneHeights[lane] = Math.max(laneHeights[lane] ?? 0, h);
  });
  const laneTops: number[] = [];
  let y = lanesTop;
  for (const h of laneHeights) {
    laneTops.push(y);
    y += h + ROW_GAP;
  }
  const contentBottom = Math.max(lanesTop, y - ROW_GAP) + 6;

  const placed: PlacedEvent[] = drafts.map((d, i) => {
    const lane = lanes[i] ?? 0;
    const top = laneTops[lane] ?? lanesTop;
    const spec: MarkSpec = {
      kind: d.item.kind,
      a0: d.a0,
      a1: d.a1,
      c: top + d.markRow / 2,
      multi: d.item.multi,
      inferred: d.item.inferred,
      breaks: scale.crossed(d.extent.lo, d.extent.hi),
      reports: d.reports,
    };
    return {
      item: d.item,
      spec,
      label: d.label,
      labelX: d.labelX,
      lane,
      box: { x: d.lo, y: top, w: d.hi - d.lo, h: d.markRow + 4 + d.label.h },
    };
  });

  const tips = placed.map((p) => tipBlock(p.item.words.tip, TIP_WIDTH));
  const height = Math.ceil(Math.max(contentBottom, ...tips.map((t) => t.h + 8)));

  const events = placed.map((p, i) => {
    const tip = tips[i] as (typeof tips)[number];
    const ext = markExtent(p.spec);
    const own: Box = { x: ext.lo, y: p.spec.c - ext.half, w: ext.hi - ext.lo, h: 2 * ext.half };
    const labelTop = p.box.y + (p.box.h - p.label.h);
    const anchorX = p.spec.kind === "point" ? p.spec.a0 : Math.max(ext.lo, 0);
    const tipBox = placeTip(
      tip,
      [
        { x: anchorX + 16, y: p.box.y - 4 },
        { x: anchorX - 16 - tip.w, y: p.box.y - 4 },
        { x: p.labelX, y: p.box.y + p.box.h + 6 },
        { x: p.labelX, y: p.box.y - 6 - tip.h },
      ],
      { width: WIDE_WIDTH, height },
      placed.slice(i + 1).map((q) => q.box),
      own,
    );
    // Hovering covers the event's room in its lane, which no other event shares.
    return eventLink(
      p.item,
      p.box,
      eventMark(p.spec, "horizontal"),
      labelMarkup(p.label, p.labelX, labelTop),
      tipMarkup(tip, tipBox),
    );
  });

  const body = join(
    key.markup,
    axisMarkup(ticks, scale.pieces, scale.breaks, axisY, contentBottom - 4),
    el("g", { class: "timeline-events" }, events),
  );
  return { body, height, placed };
}
