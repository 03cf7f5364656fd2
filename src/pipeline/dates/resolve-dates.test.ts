import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Article, DateMention } from "../../core/model.ts";
import { extractDates } from "../extract/dates.ts";
import { ingest } from "../ingest/index.ts";
import { splitParagraphs, splitSentences } from "../ingest/segment.ts";
import { type ResolveDatesOptions, resolveDates } from "./resolve-dates.ts";

function article(id: string, text: string, published: string | null = null): Article {
  const paragraphs = splitParagraphs(text);
  return {
    id,
    file: `${id}.txt`,
    format: "txt",
    title: id,
    titleGenerated: false,
    outlet: null,
    url: null,
    byline: null,
    published,
    publishedInferred: null,
    language: "en",
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    words: 0,
  };
}

const LATEST: ResolveDatesOptions = { latest: "2026-12-31" };

function resolve(articles: Article[], options: ResolveDatesOptions = LATEST) {
  const dates = new Map(articles.map((a) => [a.id, extractDates(a)]));
  return resolveDates(articles, dates, options);
}

function mention(r: ReturnType<typeof resolve>, id: string, text: string): DateMention {
  const m = r.dates.get(id)?.find((x) => x.text === text);
  if (!m) throw new Error(`no “${text}” in ${id}: ${r.dates.get(id)?.map((x) => x.text)}`);
  return m;
}

const span = (m: DateMention) => m.value && [m.value.start, m.value.end, m.value.precision];

describe("resolveDates on the sample seeds (two outlets, one event, no publication dates)", () => {
  const files = readdirSync("seeds")
    .sort()
    .map((path) => ({ path, bytes: readFileSync(`seeds/${path}`) }));
  const { articles } = ingest(files);
  const [first, second] = articles;
  if (!first || !second) throw new Error("seeds missing");
  const r = resolve(articles);

  it("dates “October 23” to 2024: the only year from 2023 to the limit it was a Wednesday", () => {
    const m = mention(r, second.id, "October 23");
    expect(span(m)).toEqual(["2024-10-23", "2024-10-23", "day"]);
    expect(m.value?.inferred).toBe(true);
    expect(m.value?.reason).toContain("2024 is the only year from 2023 (“since August 2023”)");
    expect(m.value?.reason).toContain("is a Wednesday");
  });

  it("dates the other report's “Wednesday” by the same event", () => {
    const m = mention(r, first.id, "Wednesday");
    expect(span(m)).toEqual(["2024-10-23", "2024-10-23", "day"]);
    expect(m.value?.reason).toContain("“October 23”");
  });

  it("infers both publication dates from the latest date each reports, with reasons", () => {
    for (const a of articles) {
      const p = r.publishedInferred.get(a.id);
      expect(p?.date).toBe("2024-10-23");
      expect(p?.reason).toMatch(
        /^not given; the latest date the article reports is 23 October 2024/,
      );
    }
    expect(r.publishedInferred.get(second.id)?.reason).toContain("year not given");
  });

  it("reads last week, since and the same day against the inferred date", () => {
    const lastWeek = mention(r, second.id, "Last week");
    expect(span(lastWeek)).toEqual(["2024-10-14", "2024-10-20", "week"]);
    expect(lastWeek.value?.reason).toBe(
      "“Last week” counted back from the inferred publication date, 23 October 2024",
    );
    const since = mention(r, second.id, "since August 2023");
    expect(span(since)).toEqual(["2023-08-01", "2024-10-23", "range"]);
    expect(since.value?.open).toBe(true);
    expect(span(mention(r, second.id, "the same day"))).toEqual([
      "2024-10-23",
      "2024-10-23",
      "day",
    ]);
    expect(span(mention(r, second.id, "October 21"))).toEqual(["2024-10-21", "2024-10-21", "day"]);
    expect(span(mention(r, first.id, "the past two weeks"))).toEqual([
      "2024-10-09",
      "2024-10-23",
      "range",
    ]);
  });

  it("resolves the same way whichever order the sources come in", () => {
    const reversed = resolve([second, first]);
    expect(reversed.dates).toEqual(r.dates);
  });
});

describe("anchors", () => {
  it("reads relative dates against the publication date, and says so", () => {
    const a = article("a", "Talks collapsed last week. On Friday the envoy left.", "2024-10-23");
    const r = resolve([a]);
    const m = mention(r, "a", "last week");
    expect(span(m)).toEqual(["2024-10-14", "2024-10-20", "week"]);
    expect(m.value?.reason).toBe(
      "“last week” counted back from the publication date, 23 October 2024",
    );
    expect(span(mention(r, "a", "Friday"))).toEqual(["2024-10-18", "2024-10-18", "day"]);
    expect(r.publishedInferred.get("a")).toBeNull();
  });

  it("marks dates stated in full as not inferred, with no reason", () => {
    const r = resolve([article("a", "It began on March 3, 2024.", "2024-10-23")]);
    expect(mention(r, "a", "March 3, 2024").value).toEqual({
      start: "2024-03-03",
      end: "2024-03-03",
      precision: "day",
      inferred: false,
    });
  });

  it("uses the reference date for articles without a publication date", () => {
    const r = resolve([article("a", "The strike began yesterday.")], {
      latest: "2026-12-31",
      referenceDate: "2025-02-01",
    });
    const m = mention(r, "a", "yesterday");
    expect(span(m)).toEqual(["2025-01-31", "2025-01-31", "day"]);
    expect(m.value?.reason).toContain("the reference date, 1 February 2025");
    expect(r.publishedInferred.get("a")).toBeNull();
  });

  it("prefers the publication date over the reference date", () => {
    const r = resolve([article("a", "It ended today.", "2024-05-05")], {
      latest: "2026-12-31",
      referenceDate: "2025-02-01",
    });
    expect(span(mention(r, "a", "today"))).toEqual(["2024-05-05", "2024-05-05", "day"]);
  });

  it("infers the anchor from the latest full date an article reports", () => {
    const a = article(
      "a",
      "On March 3, 2024, rebels attacked. Yesterday they withdrew after March 1.",
    );
    const r = resolve([a]);
    expect(r.publishedInferred.get("a")).toEqual({
      date: "2024-03-03",
      reason:
        "not given; the latest date the article reports is 3 March 2024 (“March 3, 2024”, stated in full)",
    });
    expect(span(mention(r, "a", "Yesterday"))).toEqual(["2024-03-02", "2024-03-02", "day"]);
  });

  it("leaves relative dates empty when no anchor can be found", () => {
    const a = article("a", "On Tuesday, talks resumed. Last week they stalled on October 3.");
    const r = resolve([a]);
    for (const m of r.dates.get("a") ?? []) expect(m.value).toBeNull();
    expect(r.publishedInferred.get("a")).toBeNull();
  });

  it("does not take a date after the configured limit as the anchor", () => {
    const a = article(
      "a",
      "A vote is planned for March 3, 2030. It was agreed on May 5, 2024, they said yesterday.",
    );
    const r = resolve([a]);
    expect(r.publishedInferred.get("a")?.date).toBe("2024-05-05");
  });
});

describe("missing years", () => {
  it("takes the year another date in the story states, with a reason", () => {
    const a = article("a", "Fighting resumed in 2023. On March 3 the town fell.");
    const m = mention(resolve([a]), "a", "March 3");
    expect(span(m)).toEqual(["2023-03-03", "2023-03-03", "day"]);
    expect(m.value?.reason).toBe("year not given; 2023 puts 3 March nearest “2023”");
  });

  it("does not take a year from a background year named elsewhere in the story", () => {
    const a = article(
      "a",
      "The law dates from 1973. It protects rare plants. Farmers opposed it. On March 11 the rule was overturned.",
    );
    expect(mention(resolve([a]), "a", "March 11").value).toBeNull();
    const b = article(
      "b",
      "The rally drew crowds in the 1990s. Few came this year. On June 2 the hall closed.",
    );
    expect(mention(resolve([b]), "b", "June 2").value).toBeNull();
  });

  it("puts a month-day nearest the publication date, across the new year", () => {
    const a = article("a", "The fire started on December 30 and ended on January 2.", "2025-01-05");
    const r = resolve([a]);
    expect(span(mention(r, "a", "December 30"))?.[0]).toBe("2024-12-30");
    expect(span(mention(r, "a", "January 2"))?.[0]).toBe("2025-01-02");
  });

  it("uses a weekday the text gives with the date", () => {
    const a = article("a", "It happened on Wednesday, October 23, officials said.", "2025-06-01");
    const m = mention(resolve([a]), "a", "Wednesday, October 23");
    expect(span(m)?.[0]).toBe("2024-10-23");
    expect(m.value?.reason).toContain("a Wednesday (as the article says)");
  });

  it("reads last and next before a month against the anchor", () => {
    const a = article("a", "He left last March and returns next May.", "2024-03-10");
    const r = resolve([a]);
    expect(span(mention(r, "a", "last March"))).toEqual(["2023-03-01", "2023-03-31", "month"]);
    expect(span(mention(r, "a", "next May"))).toEqual(["2024-05-01", "2024-05-31", "month"]);
  });

  it("uses another source's publication date to date a month-day", () => {
    const a = article("a", "The mayor resigned on Monday.", "2024-10-25");
    const b = article("b", "The mayor resigned on October 21, aides said.");
    const r = resolve([a, b]);
    expect(span(mention(r, "b", "October 21"))?.[0]).toBe("2024-10-21");
    expect(span(mention(r, "a", "Monday"))?.[0]).toBe("2024-10-21");
  });

  it("does not pair a weekday with a month-day from an unrelated sentence", () => {
    const a = article("a", "On Wednesday, the harbour reopened to fishing boats.");
    const b = article("b", "The president signed a new budget law on October 23, aides said.");
    const r = resolve([a, b]);
    expect(mention(r, "a", "Wednesday").value).toBeNull();
    expect(mention(r, "b", "October 23").value).toBeNull();
  });

  it("resolves a yearless range with one year, wrapping into the next", () => {
    const a = article("a", "Flights stopped from December 28 to January 3.", "2025-01-10");
    const m = mention(resolve([a]), "a", "from December 28 to January 3");
    expect(span(m)).toEqual(["2024-12-28", "2025-01-03", "range"]);
  });
});

describe("dates counted from the previous date", () => {
  it("counts from the nearest earlier date fine enough for the unit", () => {
    const a = article(
      "a",
      "The ceasefire began on May 5, 2024. Last year it failed. Three days later it held.",
      "2024-06-01",
    );
    const m = mention(resolve([a]), "a", "Three days later");
    expect(span(m)).toEqual(["2024-05-08", "2024-05-08", "day"]);
    expect(m.value?.reason).toContain("(“May 5, 2024”)");
  });

  it("falls back to the anchor when nothing comes before", () => {
    const a = article("a", "The same day, the talks ended.", "2024-06-01");
    const m = mention(resolve([a]), "a", "The same day");
    expect(span(m)).toEqual(["2024-06-01", "2024-06-01", "day"]);
    expect(m.value?.reason).toContain("no earlier date in the article");
  });
});

describe("ranges", () => {
  it("closes since at the anchor and keeps it open", () => {
    const a = article("a", "Prices have doubled since 2019.", "2024-06-01");
    const m = mention(resolve([a]), "a", "since 2019");
    expect(m.value).toEqual({
      start: "2019-01-01",
      end: "2024-06-01",
      precision: "range",
      inferred: false,
      open: true,
    });
  });

  it("resolves since a weekday against the anchor", () => {
    const a = article("a", "He has been missing since Monday.", "2024-10-23");
    expect(span(mention(resolve([a]), "a", "since Monday"))).toEqual([
      "2024-10-21",
      "2024-10-23",
      "range",
    ]);
  });

  it("resolves explicit closed ranges without an anchor", () => {
    const a = article("a", "The war raged between 2019 and 2021 and again from March to May 2024.");
    const r = resolve([a]);
    expect(span(mention(r, "a", "between 2019 and 2021"))).toEqual([
      "2019-01-01",
      "2021-12-31",
      "range",
    ]);
    expect(span(mention(r, "a", "from March to May 2024"))).toEqual([
      "2024-03-01",
      "2024-05-31",
      "range",
    ]);
  });
});

describe("inputs", () => {
  it("keeps every mention, in order, without changing the input", () => {
    const a = article("a", "Yesterday, on October 3, and last week.", "2024-10-23");
    const input = extractDates(a);
    const before = structuredClone(input);
    const r = resolveDates([a], new Map([["a", input]]), LATEST);
    expect(input).toEqual(before);
    expect(r.dates.get("a")?.map((m) => m.text)).toEqual(before.map((m) => m.text));
  });

  it("handles articles with no dates and ids missing from the map", () => {
    const r = resolveDates([article("a", "Nothing dated here.")], new Map(), LATEST);
    expect(r.dates.get("a")).toEqual([]);
    expect(r.publishedInferred.get("a")).toBeNull();
  });

  it("refuses a limit or reference date that is not a date", () => {
    expect(() => resolveDates([], new Map(), { latest: "soon" })).toThrow(RangeError);
    expect(() =>
      resolveDates([], new Map(), { latest: "2026-12-31", referenceDate: "2024-02-30" }),
    ).toThrow(RangeError);
  });
});
