/**
 * One row of the figures chart: the topic (with its status in a shape and a word) on its own
 * line above the marks, so the label never competes with the axis for width; then one lane per
 * source with its mark, its value written out, and the row's own axis.
 */
import type { Claim } from "../core/model.ts";
import { FONT, LINE, label, rule, SMALL, WIDTH } from "./chart.ts";
import { type FigureLabel, figureLabel } from "./figure-label.ts";
import { type FigureScale, figureScale } from "./figure-scale.ts";
import type { Block } from "./legend.ts";
import { sourceMark } from "./palette.ts";
import type { ChartSource } from "./sources.ts";
import { STATUS_WORDS, statusMark, statusMarkKind } from "./status.ts";
import { el, join, type Markup, path, text } from "./svg.ts";
import { shorten, textWidth, wrapText } from "./text-width.ts";

/** Left and right ends of the marks' axis: room for a mark's half width and a tick label. */
export const AXIS_X0 = 20;
export const AXIS_X1 = WIDTH - 20;
export const LANE = 26;
const MARK_AREA = 90;
/** Half the width of a mark (a triangle is the widest), plus breathing room. */
const MARK_R = 7;
const CHEVRON = 9;
const ROW_PAD = 10;
const HEADER_X = 24;
/** Between a value and its source's name: about a space. */
const GAP = 4;

export interface Lane {
  source: ChartSource;
  figure: FigureLabel;
}

/** A chevron centred on cx, cy, pointing right (above) or left (below). */
export function chevron(cx: number, cy: number, direction: "right" | "left"): Markup {
  const s = direction === "right" ? 1 : -1;
  return el("path", {
    class: "chart-chevron",
    d: path(["M", cx - 2.5 * s, cy - 4.5, "L", cx + 2.5 * s, cy, "L", cx - 2.5 * s, cy + 4.5]),
    fill: "none",
    stroke: "currentColor",
    "stroke-width": 2,
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
  });
}

/** A range's bar between its two ends, in the source's colour, with caps at both ends. */
function rangeBar(xa: number, xb: number, cy: number, color: string): Markup {
  return join(
    el("rect", {
      class: "chart-range",
      x: xa,
      y: cy - 4,
      width: Math.max(0, xb - xa),
      height: 8,
      rx: 2,
      fill: color,
      "fill-opacity": 0.55,
      stroke: "currentColor",
      "stroke-width": 1,
    }),
    el("path", {
      class: "chart-range-caps",
      d: path(["M", xa, cy - 8, "V", cy + 8, "M", xb, cy - 8, "V", cy + 8]),
      stroke: "currentColor",
      "stroke-width": 1.5,
    }),
  );
}

/** The source's name, shortened (at most 22 characters) to fit `room`; null below 6 characters. */
export function fitName(name: string, room: number): string | null {
  for (let n = Math.min(22, Array.from(name).length); n >= 6; n--) {
    const s = shorten(name, n);
    if (GAP + textWidth(s, SMALL) <= room) return s;
  }
  return null;
}

/** The lanes' values laid out: the scale and, per lane, where the mark and label go. */
export function rowScale(lanes: readonly Lane[]): FigureScale {
  const values = lanes.flatMap((l) => [l.figure.low, l.figure.high]);
  return figureScale(values, AXIS_X0, AXIS_X1, SMALL);
}

function laneMarkup(lane: Lane, scale: FigureScale, cy: number): Markup {
  const { figure, source } = lane;
  const xa = scale.x(figure.low);
  const xb = scale.x(figure.high);
  const parts: Markup[] = [];
  if (figure.isRange) {
    parts.push(rangeBar(xa, xb, cy, source.style.color));
    parts.push(sourceMark(source.style, xa, cy, MARK_AREA * 0.7));
    parts.push(sourceMark(source.style, xb, cy, MARK_AREA * 0.7));
  } else {
    parts.push(sourceMark(source.style, xa, cy, MARK_AREA));
  }
  const above = figure.qualifier.bound === "above";
  const below = figure.qualifier.bound === "below";
  if (above) parts.push(chevron(xb + MARK_R + CHEVRON / 2, cy, "right"));
  if (below) parts.push(chevron(xa - MARK_R - CHEVRON / 2, cy, "left"));

  // The value, then the source's name (so no one has to look the shape up in the legend),
  // shortened to fit the roomier side of the mark, or left out when even 6 letters do not fit.
  const valueW = textWidth(figure.label, FONT, "bold");
  const rightStart = xb + MARK_R + 3 + (above ? CHEVRON : 0);
  const leftEnd = xa - MARK_R - 3 - (below ? CHEVRON : 0);
  const roomRight = WIDTH - rightStart;
  const roomLeft = leftEnd;
  const fullName = fitName(source.label, Math.max(roomRight, roomLeft) - valueW);
  const fullW = fullName === null ? valueW : valueW + GAP + textWidth(fullName, SMALL);
  // Prefer the right; go left when the label fits only there, or when the left has more room.
  const onRight = fullW <= roomRight || (fullW > roomLeft && roomRight >= roomLeft);
  const name = fitName(source.label, (onRight ? roomRight : roomLeft) - valueW);
  // Anchored at the mark's side, so a font narrower or wider than estimated never overlaps it.
  const baseline = cy + FONT * 0.35;
  parts.push(
    el(
      "text",
      {
        class: "chart-value",
        x: onRight ? rightStart : leftEnd,
        y: baseline,
        "text-anchor": onRight ? undefined : "end",
      },
      el("tspan", { "font-weight": 700 }, text(figure.label)),
      // The gap is a dx, not a leading space: librsvg (the PNG) drops a tspan's leading space.
      name ? el("tspan", { class: "chart-muted", "font-size": SMALL, dx: GAP }, text(name)) : null,
    ),
  );
  return el("g", { class: "chart-lane", "data-source": source.id }, ...parts);
}

function axis(scale: FigureScale, y: number): Markup {
  const ticks = scale.ticks.map((t) => {
    const half = textWidth(t.label, SMALL) / 2;
    const lx = Math.min(WIDTH - half, Math.max(half, t.x));
    return join(
      el("line", {
        class: "chart-tick",
        x1: t.x,
        x2: t.x,
        y1: y,
        y2: y + 4,
        stroke: "currentColor",
        "stroke-opacity": 0.6,
      }),
      label(lx, y + 4 + SMALL, t.label, { cls: "chart-muted", size: SMALL, anchor: "middle" }),
    );
  });
  return el(
    "g",
    { class: `chart-axis chart-axis-${scale.type}` },
    el("line", {
      class: "chart-axis-line",
      x1: AXIS_X0,
      x2: AXIS_X1,
      y1: y,
      y2: y,
      stroke: "currentColor",
      "stroke-opacity": 0.6,
    }),
    ...ticks,
  );
}

/**
 * What the row counts, in words: "new soldiers · each month · log scale". A unit the row's title
 * already says ("troops" under "troops sent") is left out, so no row repeats its title.
 */
export function rowUnit(claim: Claim, scale: FigureScale | null): string {
  const first = claim.values.find((v) => v.unit);
  const rate = claim.values.find((v) => v.rate)?.rate;
  const unit = first?.unit && !saidIn(first.unit, claim.topic) ? first.unit : null;
  return [unit, rate, scale?.type === "log" ? "log scale" : null]
    .filter((s): s is string => typeof s === "string" && s.trim() !== "")
    .join(" · ");
}

/** Whether every word of `words` is already in `text` (case aside). */
function saidIn(words: string, text: string): boolean {
  const said = new Set(text.toLowerCase().split(/\s+/));
  return words
    .toLowerCase()
    .split(/\s+/)
    .every((w) => w === "" || said.has(w));
}

/** The lanes of a claim, one per value with a number, in the chart's source order. */
export function lanesOf(claim: Claim, sources: readonly ChartSource[]): Lane[] {
  const lanes: Lane[] = [];
  for (const source of sources) {
    for (const v of claim.values) {
      if (v.source !== source.id) continue;
      const figure = figureLabel(v);
      if (figure) lanes.push({ source, figure });
    }
  }
  return lanes;
}

/** One claim's row, its top at y. */
export function figureRow(claim: Claim, sources: readonly ChartSource[], y: number): Block {
  const differ = claim.status === "differ";
  const lanes = lanesOf(claim, sources);
  const scale = lanes.length > 0 ? rowScale(lanes) : null;
  const parts: Markup[] = [];

  // Header: status mark, topic (bold when the sources differ), status word at the right.
  const word = STATUS_WORDS[claim.status];
  const wordW = textWidth(word, SMALL, "bold");
  const topic = claim.topic.trim() || "figure";
  const topicLines = wrapText(
    topic,
    WIDTH - HEADER_X - wordW - 10,
    FONT,
    differ ? "bold" : "normal",
  );
  let cy = y + ROW_PAD;
  const first = cy + FONT * 0.95;
  parts.push(statusMark(statusMarkKind(claim.status), 12, first - FONT * 0.35, 6));
  topicLines.forEach((line, i) => {
    parts.push(label(HEADER_X, first + i * LINE, line, { cls: "chart-topic", bold: differ }));
  });
  parts.push(
    label(WIDTH - 2, first, word, {
      cls: `chart-status-word chart-status-word-${claim.status}`,
      size: SMALL,
      anchor: "end",
      bold: differ,
    }),
  );
  cy += topicLines.length * LINE;
  const unit = rowUnit(claim, scale);
  if (unit !== "") {
    const unitLines = wrapText(unit, WIDTH - HEADER_X, SMALL);
    unitLines.forEach((line, i) => {
      parts.push(
        label(HEADER_X, cy + SMALL * 0.95 + i * 16, line, { cls: "chart-muted", size: SMALL }),
      );
    });
    cy += unitLines.length * 16;
  }
  cy += 4;

  if (scale) {
    for (const lane of lanes) {
      parts.push(laneMarkup(lane, scale, cy + LANE / 2));
      cy += LANE;
    }
    parts.push(axis(scale, cy + 2));
    cy += 2 + 4 + SMALL + 4;
  } else {
    parts.push(
      label(HEADER_X, cy + SMALL, "no number to draw", { cls: "chart-muted", size: SMALL }),
    );
    cy += SMALL + 8;
  }
  cy += ROW_PAD;

  const height = cy - y;
  const background = differ
    ? join(
        el("rect", {
          class: "chart-differ-bg",
          x: 0,
          y,
          width: WIDTH,
          height,
          fill: "currentColor",
          "fill-opacity": 0.06,
        }),
        el("rect", {
          class: "chart-differ-bar",
          x: 0,
          y,
          width: 3,
          height,
          fill: "#D55E00",
        }),
      )
    : null;
  const markup = el(
    "g",
    { class: `chart-row chart-row-${claim.status}`, "data-claim": claim.id },
    background,
    ...parts,
    rule(0, WIDTH, y + height),
  );
  return { markup, height };
}
