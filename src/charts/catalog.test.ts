import { describe, expect, it } from "vitest";
import { ALL, QUOTE, SOURCES } from "../../tests/support/chart-fixtures.ts";
import { EVENTS } from "../../tests/support/timeline-fixtures.ts";
import type { EntityEntry, SourceEntry } from "../core/model.ts";
import {
  locatorChartId,
  mapPlaces,
  PLACES_CHART_ID,
  placesChart,
  SITE_TIMELINE_ID,
  siteCharts,
  storyCharts,
} from "./catalog.ts";

const story = { slug: "nk", title: "Troops abroad", sources: SOURCES };

describe("storyCharts", () => {
  it("gives a story its timeline, figures, coverage and one chart per compared quote, with stable ids", () => {
    const charts = storyCharts({ ...story, claims: ALL, events: EVENTS });
    expect(charts.map((c) => c.id)).toEqual([
      "nk-timeline",
      "nk-figures",
      "nk-coverage",
      "nk-quote-1",
    ]);
    expect(charts.every((c) => c.chart.svg.startsWith("<svg"))).toBe(true);
    expect(charts[0]?.chart.narrow).toMatch(/^<svg/);
    expect(charts.find((c) => c.kind === "quote")?.data).toBe(QUOTE);
    expect(charts.map((c) => c.order)).toEqual([0, 1, 2, 3]);
    expect(charts.every((c) => c.embed)).toBe(true);
  });

  it("leaves out a chart that cannot be drawn, says which, and draws the others", () => {
    const broken = { ...QUOTE, values: [...QUOTE.values, null] } as unknown as typeof QUOTE;
    const failed: string[] = [];
    const charts = storyCharts(
      { ...story, claims: ALL.map((c) => (c === QUOTE ? broken : c)), events: EVENTS },
      (id) => failed.push(id),
    );
    expect(failed).toEqual(["nk-coverage", "nk-quote-1"]);
    expect(charts.map((c) => c.id)).toEqual(["nk-timeline", "nk-figures"]);
    expect(charts.map((c) => c.order)).toEqual([0, 1]);
    // Without a callback the error is not swallowed.
    expect(() => storyCharts({ ...story, claims: [broken], events: [] })).toThrow();
  });

  it("links the embedded timeline's events to their entries on the story page, in a new tab", () => {
    const [timeline] = storyCharts({
      ...story,
      claims: [],
      events: EVENTS,
      storyUrl: "https://news.example.org/stories/nk/",
    });
    const embedded = timeline?.embedded?.svg ?? "";
    const hrefs = [...embedded.matchAll(/<a href="([^"]+)" target="_blank"/g)];
    expect(hrefs.length).toBe(EVENTS.length);
    for (const [, href] of hrefs)
      expect(href).toMatch(/^https:\/\/news\.example\.org\/stories\/nk\/#timeline-/);
    // On its own page the same chart links to the list under it, in the same tab.
    const onPage = [...(timeline?.chart.svg ?? "").matchAll(/<a href="([^"]+)"/g)];
    expect(onPage.map(([, href]) => href?.startsWith("#timeline-"))).toEqual(
      EVENTS.map(() => true),
    );
    expect(timeline?.chart.svg).not.toContain("_blank");
  });

  it("draws no chart a story has nothing for", () => {
    expect(storyCharts({ ...story, claims: [], events: [] })).toEqual([]);
  });

  it("builds the same charts, byte for byte, every time (embeds and pages must match)", () => {
    const a = storyCharts({ ...story, claims: ALL, events: EVENTS });
    const b = storyCharts({ ...story, claims: ALL, events: EVENTS });
    expect(a.map((c) => c.chart.svg)).toEqual(b.map((c) => c.chart.svg));
  });
});

describe("the places map", () => {
  const entities = [
    {
      id: "place-lyon",
      type: "place",
      name: "Lyon",
      placeKind: "city" as const,
      geo: { lat: 45.76, lon: 4.84, country: "FR" },
      mentions: [{ source: "b" }, { source: "a" }, { source: "b" }],
    },
    {
      id: "person-jane-example",
      type: "person",
      name: "Jane Example",
      mentions: [{ source: "a" }],
    },
    { id: "place-nowhere", type: "place", name: "Nowhere", mentions: [{ source: "a" }] },
  ];
  const sources = [
    { id: "b", outlet: null, title: "A headline" },
    { id: "a", outlet: "Example Times", title: "Another" },
  ];

  it("maps only places with coordinates, counting mentions and naming sources once each", () => {
    const { places, sources: refs } = mapPlaces(entities, sources, (id) => `/x/${id}/`);
    expect(places).toEqual([
      {
        id: "place-lyon",
        name: "Lyon",
        placeKind: "city",
        geo: { lat: 45.76, lon: 4.84, country: "FR" },
        mentions: 3,
        sources: ["a", "b"],
        href: "/x/place-lyon/",
      },
    ]);
    expect(refs).toEqual([
      { id: "a", label: "Example Times" },
      { id: "b", label: "A headline" },
    ]);
  });

  it("is one chart with the id 'places', or none when no place can be mapped", () => {
    const { places, sources: refs } = mapPlaces(entities, sources, (id) => id);
    expect(placesChart(places, refs)?.id).toBe("places");
    expect(placesChart([], refs)).toBeNull();
  });
});

describe("siteCharts", () => {
  const sources = [
    { id: "a", outlet: "Example Times", title: "Summit opens" },
    { id: "b", outlet: null, title: "Leaders meet" },
  ] as SourceEntry[];
  const lyon = {
    id: "place-lyon",
    type: "place",
    name: "Lyon",
    aliases: [],
    roles: [],
    placeKind: "city",
    geo: { lat: 45.76, lon: 4.84, country: "FR" },
    mentions: [{ source: "a" }],
  } as unknown as EntityEntry;
  const content = {
    claims: [{ story: "nk", sources: SOURCES, claims: ALL }],
    timelines: [{ story: "nk", title: "Troops abroad", sources: SOURCES, events: EVENTS }],
    entities: [lyon],
    sources,
  };
  const charts = siteCharts(content, {
    origin: "https://news.example.org",
    href: (id) => `/x/${id}/`,
  });

  it("draws every chart of the site once: the story's, the places map, the site's timeline and each place's locator", () => {
    expect(charts.map((c) => c.id)).toEqual([
      "nk-timeline",
      "nk-figures",
      "nk-coverage",
      "nk-quote-1",
      PLACES_CHART_ID,
      SITE_TIMELINE_ID,
      locatorChartId("place-lyon"),
    ]);
  });

  it("offers embeds for the story charts and the places map only", () => {
    expect(charts.filter((c) => c.embed).map((c) => c.kind)).toEqual([
      "timeline",
      "figures",
      "coverage",
      "quote",
      "places",
    ]);
  });

  it("links the story timeline's embed to the story page at the site's address", () => {
    expect(charts[0]?.embedded?.svg).toContain(
      'href="https://news.example.org/stories/nk/#timeline-',
    );
  });
});
