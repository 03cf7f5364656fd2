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
