/**
 * The tooltip of one event: a box with the date in words, the title, the story, the sources, who
 * reported first, why the date is inferred and how the sources' dates differ. It is hidden by
 * default (the `visibility` attribute, so it stays hidden even without the stylesheet) and shown
 * by timeline.css when its link is hovered or focused. It is aria-hidden: the link's aria-label
 * carries the same words.
 */
import { label, SMALL } from "./chart.ts";
import { el, join, type Markup, text } from "./svg.ts";
import { textWidth, wrapText } from "./text-width.ts";
import type { Box } from "./timeline-layout.ts";
import { clampLines } from "./timeline-layout.ts";
import type { TipLine } from "./timeline-text.ts";

export const TIP_PAD = 8;
export const TIP_LINE = 16;
/** Lines of one fact shown at most (a very long title or reason ends in "…"; the list has it all). */
const MAX_LINES = 6;

export interface TipBlock {
  lines: TipLine[];
  w: number;
  h: number;
}

/** The tooltip's lines wrapped to `maxWidth` (padding included), and the box they need. */
export function tipBlock(tip: readonly TipLine[], maxWidth: number): TipBlock {
  const inner = maxWidth - 2 * TIP_PAD;
  const lines: TipLine[] = [];
  for (const line of tip) {
    const wrapped = line.bold
      ? wrapText(line.text, inner, SMALL, "bold")
      : clampLines(line.text, inner, SMALL, MAX_LINES);
    for (const text of wrapped) lines.push(line.bold ? { text, bold: true } : { text });
  }
  const widest = Math.max(
    0,
    ...lines.map((l) => textWidth(l.text, SMALL, l.bold ? "bold" : "normal")),
  );
  return {
    lines,
    w: Math.min(maxWidth, Math.ceil(widest) + 2 * TIP_PAD),
    h: lines.length * TIP_LINE + 2 * TIP_PAD - 2,
  };
}

export function tipMarkup(block: TipBlock, box: Box): Markup {
  const first = box.y + TIP_PAD + SMALL * 0.8;
  return el(
    "g",
    {
      class: "timeline-tip",
      visibility: "hidden",
      "aria-hidden": "true",
      "pointer-events": "none",
    },
    el("rect", {
      class: "timeline-tip-bg",
      x: box.x,
      y: box.y,
      width: box.w,
      height: box.h,
      rx: 4,
      fill: "#fff",
      stroke: "currentColor",
      "stroke-width": 1,
    }),
    // A space between lines, so their words do not run together when the text is copied.
    join(
      block.lines.flatMap((l, i) => [
        i > 0 ? text(" ") : null,
        label(box.x + TIP_PAD, first + i * TIP_LINE, l.text, { size: SMALL, bold: l.bold }),
      ]),
    ),
  );
}
