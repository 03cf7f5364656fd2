import type { TimelineEntry } from "../core/model.ts";
import { byDate } from "./timeline-items.ts";

/**
 * Every story's timeline as one: events in date order, and source labels made unique across
 * stories ("Source A" of one story is not "Source A" of another, so the story is added).
 */
export function siteTimeline(timelines: readonly TimelineEntry[]) {
  const events = timelines.flatMap((t) => t.events).toSorted(byDate);
  const count = new Map<string, number>();
  for (const t of timelines)
    for (const s of t.sources) count.set(s.label, (count.get(s.label) ?? 0) + 1);
  const sources = timelines.flatMap((t) =>
    t.sources.map((s) => ({
      id: s.id,
      label: (count.get(s.label) ?? 0) > 1 ? `${s.label} (${t.title})` : s.label,
    })),
  );
  const storyTitles = new Map(timelines.map((t) => [t.story, t.title]));
  return { events, sources, storyTitles };
}

/** How many stories /timeline/ and its chart show: the newest, so neither grows with the archive. */
export const SITE_TIMELINE_STORIES = 20;

/**
 * The `count` stories whose latest dated event is newest (ties by story slug), in slug order as
 * the site timeline lists them. Stories with no dated event come last.
 */
export function latestTimelines(
  timelines: readonly TimelineEntry[],
  count = SITE_TIMELINE_STORIES,
): TimelineEntry[] {
  // Dates are ISO strings: code-unit order is date order.
  const newest = (t: TimelineEntry) =>
    t.events
      .map((e) => e.date.end)
      .sort()
      .at(-1) ?? "";
  const bySlug = (a: TimelineEntry, b: TimelineEntry) =>
    a.story < b.story ? -1 : a.story > b.story ? 1 : 0;
  const keyed = timelines.map((t) => ({ t, key: newest(t) }));
  return keyed
    .toSorted((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : bySlug(a.t, b.t)))
    .slice(0, Math.max(0, count))
    .map((k) => k.t)
    .sort(bySlug);
}
