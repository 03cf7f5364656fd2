import { describe, expect, it } from "vitest";
import { ingest } from "../ingest/index.ts";
import { emit } from "./index.ts";

const { articles } = ingest([
  {
    path: "a.md",
    bytes: new TextEncoder().encode(
      "---\ntitle: Vote Passes\noutlet: Example Times\npublished: 2024-05-01\n---\nThe vote passed on Monday. It was close.",
    ),
  },
]);
const files = emit({
  articles,
  stories: [{ slug: "vote-passes", title: "Vote Passes", sources: ["a"] }],
  diagnostics: [],
  facts: [],
  entities: [],
  quotes: [],
  claims: [],
  events: [],
  timeline: [
    {
      id: "vote-passes-event-1",
      story: "vote-passes",
      title: "The vote passed",
      date: {
        start: "2024-04-29",
        end: "2024-04-29",
        precision: "day",
        inferred: true,
        reasons: ["“Monday” read against the published date"],
        open: false,
        conflict: false,
      },
      reports: [
        {
          source: "a",
          text: "Monday",
          start: 19,
          end: 25,
          sentence: 0,
          quote: "The vote passed on Monday.",
          date: { start: "2024-04-29", end: "2024-04-29", precision: "day", inferred: true },
        },
      ],
      firstReported: ["a"],
    },
  ],
});
const byPath = new Map(files.map((f) => [f.path, f.contents]));

describe("emit", () => {
  it("writes one source entry, one story entry and the public data files", () => {
    expect([...byPath.keys()].sort()).toEqual([
      "build/diagnostics.json",
      "claims/vote-passes.json",
      "data/claims.json",
      "data/entities.json",
      "data/events.json",
      "data/quotes.json",
      "data/sources.json",
      "data/stories.json",
      "data/timeline.json",
      "sources/a.json",
      "stories/vote-passes.json",
      "summaries/vote-passes.mdx",
      "timelines/vote-passes.json",
    ]);
  });

  it("writes the story's summary as MDX, with its plain text in the front matter", () => {
    const mdx = byPath.get("summaries/vote-passes.mdx") ?? "";
    expect(mdx).toMatch(
      /^---\n\{"story":"vote-passes","description":"One source reports this story: Example Times\."\}\n---\n/,
    );
    expect(mdx).toContain("[Example Times](#the-sources)");
  });

  it("publishes timeline.json with each event's reports as `sources`, per the data contract", () => {
    const [event] = JSON.parse(byPath.get("data/timeline.json") ?? "[]");
    expect(event).toMatchObject({
      id: "vote-passes-event-1",
      story: "vote-passes",
      date: { start: "2024-04-29", precision: "day", inferred: true },
      sources: [{ source: "a", start: 19, end: 25 }],
    });
    expect(event.reports).toBeUndefined();
  });

  it("writes each story's timeline with its source labels for the story page", () => {
    const t = JSON.parse(byPath.get("timelines/vote-passes.json") ?? "{}");
    expect(t.sources).toEqual([{ id: "a", label: "Example Times" }]);
    expect(t.events).toHaveLength(1);
  });

  it("publishes sources.json with the contract's fields and no article text", () => {
    const sources = JSON.parse(byPath.get("data/sources.json") ?? "[]");
    expect(sources).toEqual([
      {
        id: "a",
        title: "Vote Passes",
        titleGenerated: false,
        outlet: "Example Times",
        url: null,
        published: "2024-05-01",
        publishedInferred: null,
        words: 8,
      },
    ]);
  });

  it("writes each story as data only: its slug, title and sources in order (the page lays it out)", () => {
    expect(JSON.parse(byPath.get("stories/vote-passes.json") ?? "{}")).toEqual({
      slug: "vote-passes",
      title: "Vote Passes",
      sources: ["a"],
    });
  });

  it("records which story each source belongs to", () => {
    expect(JSON.parse(byPath.get("sources/a.json") ?? "{}").story).toBe("vote-passes");
  });
});
