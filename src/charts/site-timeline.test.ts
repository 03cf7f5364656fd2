import { describe, expect, it } from "vitest";
import type { TimelineEntry, TimelineEvent } from "../core/model.ts";
import { latestTimelines, siteTimeline } from "./site-timeline.ts";

function event(id: string, story: string, start: string): TimelineEvent {
  return {
    id,
    story,
    title: id,
    date: {
      start,
      end: start,
      precision: "day",
      inferred: false,
      reasons: [],
      open: false,
      conflict: false,
    },
    reports: [],
    firstReported: [],
  };
}

describe("siteTimeline", () => {
  const flood = {
    story: "flood",
    title: "River floods",
    sources: [{ id: "f1", label: "Source A" }],
    events: [event("flood-event-1", "flood", "2024-03-14")],
  };
  const vote = {
    story: "vote",
    title: "Vote passes",
    sources: [
      { id: "v1", label: "Source A" },
      { id: "v2", label: "Example Times" },
    ],
    events: [
      event("vote-event-1", "vote", "2023-01-02"),
      event("vote-event-2", "vote", "2025-05-01"),
    ],
  };

  it("puts every story's events on one line in date order", () => {
    const { events } = siteTimeline([flood, vote]);
    expect(events.map((e) => e.id)).toEqual(["vote-event-1", "flood-event-1", "vote-event-2"]);
  });

  it("names a generic source label with its story where two stories use it", () => {
    const { sources } = siteTimeline([flood, vote]);
    expect(sources).toEqual([
      { id: "f1", label: "Source A (River floods)" },
      { id: "v1", label: "Source A (Vote passes)" },
      { id: "v2", label: "Example Times" },
    ]);
  });

  it("keeps story titles for the chart's tips and table", () => {
    expect(siteTimeline([flood]).storyTitles.get("flood")).toBe("River floods");
  });
});

describe("latestTimelines", () => {
  const story = (slug: string, ...dates: string[]): TimelineEntry => ({
    story: slug,
    title: slug,
    sources: [],
    events: dates.map((d, i) => event(`${slug}-event-${i + 1}`, slug, d)),
  });

  it("keeps the stories with the newest events, however many stories there are", () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      story(`s${String(i).padStart(3, "0")}`, `20${String(10 + (i % 15))}-01-01`),
    );
    const kept = latestTimelines(many, 20);
    expect(kept).toHaveLength(20);
    // Every kept story is at least as new as every story left out.
    const newest = (t: TimelineEntry) => t.events[0]?.date.end ?? "";
    const oldestKept = kept.map(newest).sort()[0] ?? "";
    const left = many.filter((t) => !kept.includes(t));
    expect(left.every((t) => newest(t) <= oldestKept)).toBe(true);
  });

  it("lists the kept stories in slug order, undated ones last in the choice", () => {
    const kept = latestTimelines(
      [story("b", "2024-01-01"), story("undated"), story("a", "2023-01-01", "2024-06-01")],
      2,
    );
    expect(kept.map((t) => t.story)).toEqual(["a", "b"]);
  });
});
