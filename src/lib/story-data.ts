import { getEntry } from "astro:content";
import { claimLabels } from "../core/claim-labels.ts";
import { summariesByStory } from "./site-maps.ts";

/**
 * A story's claims, as emit wrote them to content/claims/<story>.json, with its sources' labels
 * (`labels`: source id -> "Source A" or the outlet) and a label per claim that no other claim of
 * the story shares (`claimNames`: claim id -> label; the charts use the same ones).
 */
export async function storyClaims(story: string) {
  const entry = await getEntry("claims", story);
  const data = entry?.data ?? { story, sources: [], claims: [] };
  return {
    ...data,
    labels: new Map(data.sources.map((s) => [s.id, s.label])),
    claimNames: claimLabels(data.claims),
  };
}

export type StoryClaims = Awaited<ReturnType<typeof storyClaims>>;

/** A story's summary (content/summaries/<story>.mdx), if emit wrote one. */
export async function storySummary(story: string) {
  return (await summariesByStory()).get(story);
}

/** A story's timeline events and source labels, as emit wrote them to content/timelines/. */
export async function storyTimeline(story: string) {
  const entry = await getEntry("timelines", story);
  return entry?.data ?? { story, title: story, sources: [], events: [] };
}

export type StoryTimelineData = Awaited<ReturnType<typeof storyTimeline>>;
