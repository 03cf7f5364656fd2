/**
 * The timeline chart: every dated event of a story (or of the whole site) on a time axis, drawn
 * at build time as two SVGs from the same data: `svg`, across the page for wide screens, and
 * `narrow`, down the page for phones. The page shows one and hides the other (timeline.css).
 *
 * What it shows and how (each meaning in words as well as in the drawing):
 * - precision: a point for a day, a bar for a week, a month, a year or a range, a bar ending in
 *   an arrow for "since …" (timeline-marks.ts);
 * - sources: a filled mark and "2 sources" when several report the event, hollow and "1 source"
 *   when one does; where they give different dates, a bar across them with each source's own
 *   date in its shape;
 * - inferred dates: a dashed ring and the word "inferred", the reason in the tooltip;
 * - a broken axis where the events cluster far apart (timeline-segments.ts), so a cluster of days
 *   stays readable beside a month long ago.
 *
 * Each event is a link (`<a href="#<id>-<event id>" class="timeline-event">`) to its entry in
 * the list the page renders under the chart (src/components/Timeline.astro), with its full text
 * as aria-label and a tooltip shown on hover and on keyboard focus. Unlike the other charts the
 * SVG is role="group", not role="img": an image's content is presentational, and these links must
 * stay reachable by keyboard and screen readers.
 *
 * No events: both SVGs say "No dated events to show." (the component renders nothing then; pages
 * say so in their own words).
 */

import { formatDay } from "../core/calendar.ts";
import type { TimelineEvent } from "../core/model.ts";
import { type ChartResult, FONT, label, type SourceRef, type TableModel } from "./chart.ts";
import { el, type Markup, text } from "./svg.ts";
import { type TimelineItem, timelineItems } from "./timeline-items.ts";
import { NARROW_WIDTH, narrowLayout } from "./timeline-narrow.ts";
import { segmentDays } from "./timeline-segments.ts";
import { describeTimeline } from "./timeline-text.ts";
import { WIDE_WIDTH, wideLayout } from "./timeline-wide.ts";

export interface TimelineChart extends ChartResult {
  /** vertical layout for narrow screens */
  narrow: string;
}

export interface TimelineOptions {
  /** Prefix of every id in the SVGs and of the list items the events link to. */
  id: string;
  title?: string;
  /** Story titles by slug: given for the site-wide timeline, so tips and table name the story. */
  storyTitles?: ReadonlyMap<string, string>;
  /**
   * The page that holds the event list, when it is not the chart's own page (an embed): events
   * then link to `<linkBase>#<id>-<event>` and open in a new tab.
   */
  linkBase?: string;
}

/** The same stack as chart.ts, so the timeline's text matches the other charts. */
const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const EMPTY_MESSAGE = "No dated events to show.";

function timelineFrame(o: {
  id: string;
  layout: "wide" | "narrow";
  width: number;
  height: number;
  title: string;
  desc: string;
  body: Markup;
}): string {
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${o.width} ${Math.ceil(o.height)}`,
      width: "100%",
      role: "group",
      "aria-labelledby": `${o.id}-title`,
      "aria-describedby": `${o.id}-desc`,
      class: `chart chart-timeline timeline-svg timeline-svg-${o.layout}`,
      id: o.id,
      "font-family": FONT_STACK,
      "font-size": FONT,
      fill: "currentColor",
    },
    el("title", { id: `${o.id}-title` }, text(o.title)),
    el("desc", { id: `${o.id}-desc` }, text(o.desc)),
    o.body,
  );
}

function table(items: readonly TimelineItem[], title: string, stories: boolean): TableModel {
  return {
    caption: `${title}: every dated event`,
    head: [
      "Date",
      "Event",
      ...(stories ? ["Story"] : []),
      "Sources",
      "First reported",
      "Date note",
    ],
    rows: items.map((i) => [
      i.inferred ? `${i.words.date} (inferred)` : i.words.date,
      i.words.title,
      ...(stories ? [i.words.story ?? i.event.story] : []),
      `${i.words.count}: ${i.words.reporters.join(", ")}`,
      i.words.first.length > 0 ? i.words.first.join(", ") : "not known",
      i.words.note,
    ]),
  };
}

export function timelineChart(
  events: readonly TimelineEvent[],
  sources: readonly SourceRef[],
  opts: TimelineOptions,
): TimelineChart {
  const title = opts.title ?? "Timeline";
  const items = timelineItems(events, sources, opts);
  const segments = segmentDays(items.flatMap((i) => i.anchors));
  const breaks = segments.slice(1).map((s, i) => ({
    before: formatDay(Math.floor((segments[i]?.end ?? s.start) - 1)),
    after: formatDay(Math.floor(s.start)),
  }));
  const stories = opts.storyTitles ? new Set(items.map((i) => i.event.story)).size : null;
  const alt = describeTimeline(items, breaks, stories);
  const ids = { wide: `${opts.id}-wide`, narrow: `${opts.id}-narrow` };

  if (items.length === 0) {
    const message = label(2, FONT + 2, EMPTY_MESSAGE, { cls: "chart-muted timeline-empty" });
    return {
      svg: timelineFrame({
        id: ids.wide,
        layout: "wide",
        width: WIDE_WIDTH,
        height: FONT + 10,
        title,
        desc: EMPTY_MESSAGE,
        body: message,
      }),
      narrow: timelineFrame({
        id: ids.narrow,
        layout: "narrow",
        width: NARROW_WIDTH,
        height: FONT + 10,
        title,
        desc: EMPTY_MESSAGE,
        body: message,
      }),
      alt: EMPTY_MESSAGE,
      table: table([], title, opts.storyTitles !== undefined),
    };
  }

  const wide = wideLayout(items, segments);
  const narrow = narrowLayout(items, segments);
  return {
    svg: timelineFrame({
      id: ids.wide,
      layout: "wide",
      width: WIDE_WIDTH,
      height: wide.height,
      title,
      desc: alt,
      body: wide.body,
    }),
    narrow: timelineFrame({
      id: ids.narrow,
      layout: "narrow",
      width: NARROW_WIDTH,
      height: narrow.height,
      title,
      desc: alt,
      body: narrow.body,
    }),
    alt,
    table: table(items, title, opts.storyTitles !== undefined),
  };
}
