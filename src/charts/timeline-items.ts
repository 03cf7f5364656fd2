/**
 * The events as the timeline draws them: in date order, with their days, the kind of mark their
 * precision calls for, how many sources report them, each source's own date (for a conflict) and
 * their words. Both layouts start from these.
 */

import { parseIsoDate } from "../core/calendar.ts";
import type { DateValue, TimelineDate, TimelineEvent } from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import type { SourceRef } from "./chart.ts";
import { type SourceStyle, sourceStyle } from "./palette.ts";
import { type DaySpan, eventAnchors } from "./timeline-segments.ts";
import { type EventWords, eventWords, type LabelOf } from "./timeline-text.ts";

/**
 * point: a single day. bar: a week, a month, a year, several days or a range. open: "since …",
 * a bar that ends in an arrow.
 */
export type MarkKind = "point" | "bar" | "open";

export interface ItemReport {
  source: string;
  label: string;
  span: DaySpan;
  open: boolean;
  style: SourceStyle;
}

export interface TimelineItem {
  event: TimelineEvent;
  /** Position in date order: the DOM order, the tab order, the paint order. */
  index: number;
  /** "#<chart id>-<event id>": the event's item in the list under the chart. */
  href: string;
  /** The href leaves the chart's page (an embed): the link opens in a new tab. */
  external: boolean;
  kind: MarkKind;
  span: DaySpan;
  /** Reported by more than one source: a filled mark. */
  multi: boolean;
  inferred: boolean;
  conflict: boolean;
  /** Each source's own date, for a conflict; empty otherwise. */
  reports: ItemReport[];
  /** What the event occupies on the time axis (timeline-segments.ts). */
  anchors: DaySpan[];
  words: EventWords;
}

/** The mark a date's precision calls for. */
export function markKind(date: TimelineDate): MarkKind {
  if (date.open) return "open";
  if (date.precision === "day" && date.start === date.end) return "point";
  return "bar";
}

/** The days of a date, or null when either end is not a real calendar date (or end < start). */
export function daySpan(date: { start: string; end: string }): DaySpan | null {
  const s = parseIsoDate(date.start);
  const e = parseIsoDate(date.end);
  if (s === null || e === null || e < s) return null;
  return { start: s, end: e + 1 };
}

/** Date order: first day, then last day, then id, so equal input gives equal order. */
export function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return (
    byCodeUnit(a.date.start, b.date.start) ||
    byCodeUnit(a.date.end, b.date.end) ||
    byCodeUnit(a.id, b.id)
  );
}

/** Labels by id, unknown ids labelled by themselves; styles by position in the source list. */
export function sourceLookup(sources: readonly SourceRef[]): {
  labelOf: LabelOf;
  styleOf: (id: string) => SourceStyle;
} {
  const labels = new Map<string, string>();
  const order = new Map<string, number>();
  for (const s of sources) {
    if (labels.has(s.id)) continue;
    labels.set(s.id, s.label || s.id);
    order.set(s.id, order.size);
  }
  const extra = new Map<string, number>();
  return {
    labelOf: (id) => labels.get(id) ?? id,
    styleOf: (id) => {
      const at = order.get(id);
      if (at !== undefined) return sourceStyle(at);
      if (!extra.has(id)) extra.set(id, order.size + extra.size);
      return sourceStyle(extra.get(id) ?? 0);
    },
  };
}

function reportOf(
  r: { source: string; date: DateValue },
  lookup: ReturnType<typeof sourceLookup>,
): ItemReport | null {
  const span = daySpan(r.date);
  if (!span) return null;
  return {
    source: r.source,
    label: lookup.labelOf(r.source),
    span,
    open: Boolean(r.date.open),
    style: lookup.styleOf(r.source),
  };
}

/**
 * The drawable events, in date order. An event whose date is not a real calendar date cannot be
 * placed on the axis and is left out of the chart (the pipeline does not emit such events).
 */
export function timelineItems(
  events: readonly TimelineEvent[],
  sources: readonly SourceRef[],
  opts: {
    id: string;
    storyTitles?: ReadonlyMap<string, string> | undefined;
    linkBase?: string | undefined;
  },
): TimelineItem[] {
  const lookup = sourceLookup(sources);
  const items: TimelineItem[] = [];
  for (const event of events.toSorted(byDate)) {
    const span = daySpan(event.date);
    if (!span) continue;
    const reports = event.date.conflict
      ? event.reports.map((r) => reportOf(r, lookup)).filter((r): r is ItemReport => r !== null)
      : [];
    const words = eventWords(event, lookup.labelOf, opts.storyTitles);
    items.push({
      event,
      index: items.length,
      href: `${opts.linkBase ?? ""}#${opts.id}-${event.id}`,
      external: opts.linkBase !== undefined,
      kind: markKind(event.date),
      span,
      multi: words.reporters.length > 1,
      inferred: event.date.inferred,
      conflict: event.date.conflict,
      reports,
      anchors: eventAnchors(span, { open: event.date.open, reports }),
      words,
    });
  }
  return items;
}
