import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import { datedFacts, resolvedFacts } from "../../../tests/support/model.ts";
import type {
  Article,
  ArticleFacts,
  DateMention,
  DateValue,
  NameMention,
  Story,
  TimelineEvent,
} from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { buildTimeline } from "./index.ts";

/** Places contain only themselves here: the stories below never need the gazetteer's tree. */
const CONTEXT = { contains: (outer: string, inner: string) => outer === inner };

const day = (iso: string, more: Partial<DateValue> = {}): DateValue => ({
  start: iso,
  end: iso,
  precision: "day",
  inferred: false,
  ...more,
});

interface Spec {
  id: string;
  text: string;
  published?: string;
  /** Words of the text that are a date, and their value. */
  dates?: [string, DateValue][];
  /** Words of the text that name a person or organization, and its entity id. */
  names?: [string, NameMention["type"], string][];
}

/** An article and its facts from body text, with hand-made mentions found by their words. */
function source(spec: Spec): { article: Article; facts: ArticleFacts } {
  const article = articleFrom(spec.text, { id: spec.id, published: spec.published ?? null });
  const at = (words: string) => {
    const start = spec.text.indexOf(words);
    if (start < 0) throw new Error(`not in text: ${words}`);
    const end = start + words.length;
    return {
      start,
      end,
      sentence: article.sentences.findIndex((s) => s.start <= start && end <= s.end),
    };
  };
  const dates = (spec.dates ?? []).map(
    ([words, value]): DateMention => ({
      type: "date",
      text: words,
      ...at(words),
      expression: { kind: "absolute", year: Number(value.start.slice(0, 4)) },
      value,
    }),
  );
  const names = (spec.names ?? []).map(
    ([words, type, entity]): NameMention => ({
      type,
      text: words,
      name: words,
      entity,
      ...at(words),
    }),
  );
  return { article, facts: { source: spec.id, names, dates, figures: [], quotes: [] } };
}

function timeline(specs: Spec[], slug = "bridge-story"): TimelineEvent[] {
  const built = specs.map(source);
  const story: Story = { slug, title: "Story", sources: specs.map((s) => s.id) };
  return buildTimeline(
    story,
    built.map((b) => b.article),
    built.map((b) => b.facts),
    CONTEXT,
  );
}

const JANE: [string, NameMention["type"], string] = [
  "Jane Example",
  "person",
  "person-jane-example",
];

describe("buildTimeline", () => {
  it("merges two sources' reports of one event into one event with both reports", () => {
    const events = timeline([
      {
        id: "alpha",
        text: "On Thursday, Jane Example opened the new bridge over the river.",
        dates: [["Thursday", day("2024-03-14", { inferred: true, reason: "weekday" })]],
        names: [JANE],
      },
      {
        id: "beta",
        text: "Jane Example opened the bridge on 14 March 2024, to loud applause.",
        dates: [["14 March 2024", day("2024-03-14")]],
        names: [JANE],
      },
    ]);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.reports.map((r) => r.source)).toEqual(["alpha", "beta"]);
    expect(event?.reports.map((r) => r.text)).toEqual(["Thursday", "14 March 2024"]);
    expect(event?.reports[1]?.quote).toBe(
      "Jane Example opened the bridge on 14 March 2024, to loud applause.",
    );
    expect(event?.id).toBe("bridge-story-event-1");
    expect(event?.story).toBe("bridge-story");
    // Agreement: one date, and not inferred, since one source states it in full.
    expect(event?.date).toEqual({
      start: "2024-03-14",
      end: "2024-03-14",
      precision: "day",
      inferred: false,
      reasons: [],
      open: false,
      conflict: false,
    });
  });

  it("does not merge two different events on the same day", () => {
    const events = timeline([
      {
        id: "alpha",
        text: "Jane Example opened the bridge on 14 March 2024.",
        dates: [["14 March 2024", day("2024-03-14")]],
        names: [JANE],
      },
      {
        id: "beta",
        text: "John Sample closed the museum on 14 March 2024.",
        dates: [["14 March 2024", day("2024-03-14")]],
        names: [["John Sample", "person", "person-john-sample"]],
      },
    ]);
    expect(events.map((e) => e.reports.map((r) => r.source))).toEqual([["alpha"], ["beta"]]);
    expect(events.map((e) => e.title)).toEqual([
      "Jane Example opened the bridge",
      "John Sample closed the museum",
    ]);
  });

  it("shows conflicting dates as a range, each source keeping its own date", () => {
    const events = timeline([
      {
        id: "alpha",
        text: "Jane Example opened the bridge on 21 March 2024.",
        dates: [["21 March 2024", day("2024-03-21")]],
        names: [JANE],
      },
      {
        id: "beta",
        text: "On 23 March 2024, Jane Example opened the new bridge in Lyon.",
        dates: [["23 March 2024", day("2024-03-23")]],
        names: [JANE],
      },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toMatchObject({
      start: "2024-03-21",
      end: "2024-03-23",
      precision: "range",
      conflict: true,
    });
    expect(events[0]?.reports.map((r) => [r.source, r.date.start])).toEqual([
      ["alpha", "2024-03-21"],
      ["beta", "2024-03-23"],
    ]);
  });

  it("marks a date inferred only when every source's is, with the reasons", () => {
    const weekday = "“Thursday” taken as the Thursday before publication";
    const year = "year not given; taken from the publication date";
    const events = timeline([
      {
        id: "alpha",
        text: "On Thursday, the council approved the harbour budget.",
        dates: [["Thursday", day("2024-03-14", { inferred: true, reason: weekday })]],
      },
      {
        id: "beta",
        text: "The council approved the harbour budget on March 14.",
        dates: [["March 14", day("2024-03-14", { inferred: true, reason: year })]],
      },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.date.inferred).toBe(true);
    expect(events[0]?.date.reasons).toEqual([weekday, year]);
  });

  it("keeps a “since …” range open, titled with who reported it", () => {
    const since: DateValue = {
      start: "2023-08-01",
      end: "2024-03-14",
      precision: "range",
      inferred: false,
      open: true,
    };
    const week: DateValue = {
      start: "2024-03-04",
      end: "2024-03-10",
      precision: "week",
      inferred: true,
      reason: "“Last week” counted back from the publication date",
    };
    const events = timeline([
      {
        id: "alpha",
        text: "Last week, the port authority reported that since August 2023, the harbour has shipped grain to Lyon.",
        dates: [
          ["Last week", week],
          ["since August 2023", since],
        ],
      },
    ]);
    expect(events.map((e) => [e.date.start, e.date.open, e.date.precision, e.title])).toEqual([
      ["2023-08-01", true, "range", "Port authority: the harbour has shipped grain to Lyon"],
      [
        "2024-03-04",
        false,
        "week",
        "The port authority reported the harbour has shipped grain to Lyon",
      ],
    ]);
  });

  it("titles an event with who did what, from the sentence's words, date removed, never cut", () => {
    const sentence =
      "On Tuesday, the regional water authority of the northern valley announced a ban on garden hoses across nine towns.";
    const [event] = timeline([
      { id: "alpha", text: sentence, dates: [["Tuesday", day("2024-03-12")]] },
    ]);
    expect(event?.title).toBe("The regional water authority announced a ban");
    const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(words(event?.title ?? "").every((w) => words(sentence).includes(w))).toBe(true);
  });

  it("names the first reporter, or all who published the same day first", () => {
    const spec = (id: string, published: string): Spec => ({
      id,
      published,
      text: "Jane Example opened the bridge on 14 March 2024.",
      dates: [["14 March 2024", day("2024-03-14")]],
      names: [JANE],
    });
    const tied = timeline([
      spec("alpha", "2024-03-15"),
      spec("beta", "2024-03-16"),
      spec("gamma", "2024-03-15"),
    ]);
    expect(tied).toHaveLength(1);
    expect(tied[0]?.firstReported).toEqual(["alpha", "gamma"]);
    const one = timeline([spec("alpha", "2024-03-16"), spec("beta", "2024-03-15")]);
    expect(one[0]?.firstReported).toEqual(["beta"]);
  });

  it("orders events by date, numbering them from 1", () => {
    const events = timeline([
      {
        id: "alpha",
        text: "The bridge reopened on 20 May 2024. The bridge was closed by floods on 2 April 2024.",
        dates: [
          ["20 May 2024", day("2024-05-20")],
          ["2 April 2024", day("2024-04-02")],
        ],
      },
    ]);
    expect(events.map((e) => [e.id, e.date.start])).toEqual([
      ["bridge-story-event-1", "2024-04-02"],
      ["bridge-story-event-2", "2024-05-20"],
    ]);
  });

  it("gives the same events whatever order the sources come in", () => {
    const specs: Spec[] = [
      {
        id: "alpha",
        published: "2024-03-15",
        text: "Jane Example opened the bridge on 21 March 2024. Storms damaged roofs in Lyon on 2 April 2024.",
        dates: [
          ["21 March 2024", day("2024-03-21")],
          ["2 April 2024", day("2024-04-02")],
        ],
        names: [JANE],
      },
      {
        id: "beta",
        published: "2024-03-15",
        text: "On 23 March 2024, Jane Example opened the new bridge. Storms damaged many roofs on 2 April 2024.",
        dates: [
          ["23 March 2024", day("2024-03-23")],
          ["2 April 2024", day("2024-04-02")],
        ],
        names: [JANE],
      },
      {
        id: "gamma",
        text: "Jane Example opened the bridge on 22 March 2024, and John Sample cut the ribbon on 22 March 2024.",
        dates: [["22 March 2024", day("2024-03-22")]],
        names: [JANE, ["John Sample", "person", "person-john-sample"]],
      },
    ];
    // Reports and first reporters compared as sets: their order follows the story's order.
    const normal = (events: TimelineEvent[]) =>
      events.map((e) => ({
        ...e,
        reports: e.reports.toSorted((a, b) => a.source.localeCompare(b.source)),
        firstReported: e.firstReported.toSorted(),
      }));
    const expected = normal(timeline(specs));
    expect(expected.map((e) => e.reports.length)).toEqual([3, 2]);
    for (const order of [
      [2, 1, 0],
      [1, 2, 0],
      [0, 2, 1],
    ]) {
      const shuffled = order.flatMap((i) => specs[i] ?? []);
      expect(normal(timeline(shuffled))).toEqual(expected);
    }
  });

  it("gives no events for an empty story, sources without dates, or facts missing", () => {
    expect(buildTimeline({ slug: "s", title: "S", sources: [] }, [], [], CONTEXT)).toEqual([]);
    expect(timeline([{ id: "alpha", text: "Nothing is dated here." }])).toEqual([]);
    const { article } = source({ id: "alpha", text: "On 2 April 2024 it rained." });
    expect(
      buildTimeline({ slug: "s", title: "S", sources: ["alpha"] }, [article], [], CONTEXT),
    ).toEqual([]);
    expect(timeline([{ id: "alpha", text: "" }])).toEqual([]);
  });

  it("copes with a huge text with many dates", { timeout: 60_000 }, () => {
    const sentence = "The river rose again on 2 April 2024 in Lyon. ";
    const text = sentence.repeat(5000);
    const built = source({ id: "alpha", text: "x" });
    const article = articleFrom(text, { id: "alpha" });
    const dates: DateMention[] = article.sentences.map((s, i) => ({
      type: "date",
      text: "2 April 2024",
      start: s.start + 24,
      end: s.start + 36,
      sentence: i,
      expression: { kind: "absolute", year: 2024, month: 4, day: 2 },
      value: day("2024-04-02"),
    }));
    const events = buildTimeline(
      { slug: "s", title: "S", sources: ["alpha"] },
      [article],
      [{ ...built.facts, dates }],
      CONTEXT,
    );
    // Every sentence says the same on the same day: told once.
    expect(events).toHaveLength(1);
    expect(events[0]?.title).toBe("The river rose again in Lyon");
  });
});

describe("buildTimeline end to end", () => {
  // Three invented reports of one harbour story, run through the stages before the timeline.
  const seeds: Record<string, string> = {
    "harbour-a": `---
title: Port of Valmera reopens after storm
published: 2024-03-15
---

VALMERA — On Thursday, harbour master Elena Marquez reopened the Port of Valmera to cargo ships, a week after a storm tore through the coast.

The storm struck on March 7, damaging two cranes and flooding the customs warehouse, according to the port authority.

Marquez told reporters that repairs would cost about 4 million euros.
`,
    "harbour-b": `---
title: Valmera port back in business
published: 2024-03-16
---

Harbour master Elena Marquez reopened the Port of Valmera on 14 March 2024, allowing the first cargo ships to dock since the storm.

The storm hit the coast on 9 March 2024, flooding the customs warehouse and damaging cranes.
`,
    "harbour-c": `---
title: Storm recovery continues in Valmera
published: 2024-03-15
---

Mayor Tomas Ferrer visited the flooded customs warehouse on Thursday and promised help for dock workers.

Harbour master Elena Marquez reopened the port the same day.
`,
  };

  function run(): TimelineEvent[] {
    const files = Object.entries(seeds).map(([id, body]) => ({
      path: `${id}.md`,
      bytes: new TextEncoder().encode(body),
    }));
    const { articles } = ingest(files);
    const resolved = resolvedFacts(articles);
    const facts = datedFacts(articles, resolved.facts);
    const story: Story = { slug: "harbour", title: "Harbour", sources: articles.map((a) => a.id) };
    return buildTimeline(story, articles, facts, CONTEXT);
  }

  const events = run();
  const bySources = (...ids: string[]) =>
    events.find((e) => e.reports.map((r) => r.source).join() === ids.join());

  it("tells the reopening once, from all three sources, on the day they agree on", () => {
    const reopening = bySources("harbour-a", "harbour-b", "harbour-c");
    expect(reopening?.date).toMatchObject({
      start: "2024-03-14",
      end: "2024-03-14",
      precision: "day",
      conflict: false,
      // One source states the day in full, so the event's date is not inferred.
      inferred: false,
    });
    expect(reopening?.firstReported).toEqual(["harbour-a", "harbour-c"]);
    expect(reopening?.title).toMatch(/^Elena Marquez reopened the port$/i);
  });

  it("shows the storm's two dates as a range with both sources", () => {
    const storm = bySources("harbour-a", "harbour-b");
    expect(storm?.date).toMatchObject({ start: "2024-03-07", end: "2024-03-09", conflict: true });
    expect(storm?.reports.map((r) => r.date.start)).toEqual(["2024-03-07", "2024-03-09"]);
  });

  it("keeps the mayor's visit apart from the reopening on the same day", () => {
    const visit = events.find((e) => e.title.startsWith("Tomas Ferrer visited"));
    expect(visit?.reports.map((r) => r.source)).toEqual(["harbour-c"]);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `harbour-event-${i + 1}`));
  });
});
