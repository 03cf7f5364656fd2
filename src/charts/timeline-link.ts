/**
 * One event as a link: `<a href="#<chart>-<event>" class="timeline-event">` holding its focus
 * ring, its mark, its label and its tooltip. The link goes to the event's entry in the list the
 * page renders under the chart, so a tap on a phone (where nothing hovers) lands on the full
 * text, and keyboard users reach every event with Tab. Its aria-label is the tooltip's text.
 */
import { FONT, label, SMALL } from "./chart.ts";
import { el, join, type Markup, type MarkupChild, text } from "./svg.ts";
import { textWidth } from "./text-width.ts";
import type { TimelineItem } from "./timeline-items.ts";
import { type Box, clampLines, packParts } from "./timeline-layout.ts";

export const TITLE_LINE = 17;
export const META_LINE = 15;

export interface EventLabel {
  title: string[];
  meta: string[];
  /** Widest line. */
  w: number;
  h: number;
}

/** The label under or beside a mark: the title (cut with "…") and the date-and-sources line. */
export function eventLabel(item: TimelineItem, width: number, maxTitleLines: number): EventLabel {
  const title = clampLines(item.words.title, width, FONT, maxTitleLines);
  const meta = packParts(item.words.meta, width, SMALL);
  const w = Math.max(
    ...title.map((l) => textWidth(l, FONT)),
    ...meta.map((l) => textWidth(l, SMALL)),
  );
  return { title, meta, w: Math.ceil(w), h: title.length * TITLE_LINE + meta.length * META_LINE };
}

/**
 * The label's text with its top-left corner at x, top. The small print comes first in the
 * document (it is drawn below the title all the same), matching the order of the link's name;
 * lines are separated by a space so their words do not run together for assistive technology.
 */
export function labelMarkup(l: EventLabel, x: number, top: number): Markup {
  const first = top + FONT * 0.85;
  const metaFirst = top + l.title.length * TITLE_LINE + SMALL * 0.9;
  const lines = [
    ...l.meta.map((t, i) =>
      label(x, metaFirst + i * META_LINE, t, { cls: "chart-muted timeline-meta", size: SMALL }),
    ),
    ...l.title.map((t, i) => label(x, first + i * TITLE_LINE, t, { cls: "timeline-title" })),
  ];
  return join(lines.flatMap((line, i) => (i === 0 ? [line] : [text(" "), line])));
}

/**
 * The link. `area` is what hovering covers and the focus ring outlines: the label and the head
 * of the mark (not the whole length of a long bar, which would catch the pointer far away).
 */
export function eventLink(item: TimelineItem, area: Box, ...children: MarkupChild[]): Markup {
  return el(
    "a",
    {
      href: item.href,
      target: item.external ? "_blank" : undefined,
      rel: item.external ? "noopener" : undefined,
      class: "timeline-event",
      "aria-label": item.words.aria,
      "data-event": item.event.id,
    },
    el("rect", {
      class: "timeline-focus",
      x: area.x - 3,
      y: area.y - 3,
      width: area.w + 6,
      height: area.h + 6,
      rx: 4,
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 2.5,
      visibility: "hidden",
      "pointer-events": "all",
    }),
    join(...children),
  );
}
