import { getEntry } from "astro:content";

/** A story's claims and source labels, as emit wrote them to content/claims/<story>.json. */
export async function storyClaims(story: string) {
  const entry = await getEntry("claims", story);
  const data = entry?.data ?? { story, sources: [], claims: [] };
  return { ...data, labels: new Map(data.sources.map((s) => [s.id, s.label])) };
}

/** A story's timeline events and source labels, as emit wrote them to content/timelines/. */
export async function storyTimeline(story: string) {
  const entry = await getEntry("timelines", story);
  return entry?.data ?? { story, title: story, sources: [], events: [] };
}
