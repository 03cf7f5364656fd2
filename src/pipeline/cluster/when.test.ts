import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../core/calendar.ts";
import type { Article, ArticleFacts, DateExpression, DateMention } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";

const isoDay = (iso: string): number => parseIsoDate(iso) ?? Number.NaN;

import { articleWhen, gapDays, timeFactor, UNDATED, type When } from "./when.ts";

const article = (published: string | null): Article => {
  const front = published ? `---\ntitle: A Headline Here\npublished: ${published}\n---\n\n` : "";
  const a = ingest([{ path: "a.md", bytes: new TextEncoder().encode(`${front}Body text.`) }])
    .articles[0];
  if (!a) throw new Error("not ingested");
  return a;
};

const date = (expression: DateExpression): DateMention => ({
  type: "date",
  start: 0,
  end: 1,
  text: "x",
  sentence: 0,
  expression,
  value: null,
});

const facts = (...dates: DateExpression[]): ArticleFacts => ({
  source: "a",
  names: [],
  dates: dates.map(date),
  figures: [],
  quotes: [],
});

describe("articleWhen", () => {
  it("takes the publication date and the full dates the text names", () => {
    const w = articleWhen(
      article("2024-10-31"),
      facts({ kind: "absolute", year: 2024, month: 10, day: 29 }),
    );
    expect(w.days).toEqual([isoDay("2024-10-29"), isoDay("2024-10-31")]);
    expect(w.published).toBe(true);
  });

  it("gives a day without a year the publication's year, or the year before", () => {
    const w = articleWhen(
      article("2025-01-20"),
      facts({ kind: "partial", month: 1, day: 19 }, { kind: "partial", month: 12, day: 30 }),
    );
    expect(w.days).toEqual([isoDay("2024-12-30"), isoDay("2025-01-19"), isoDay("2025-01-20")]);
  });

  it("keeps a day without a year open when there is no publication date", () => {
    const w = articleWhen(article(null), facts({ kind: "partial", month: 10, day: 23 }));
    expect(w.days).toEqual([]);
    expect(w.yearless).toHaveLength(1);
  });

  it("ignores what needs an anchor or is mostly background", () => {
    const w = articleWhen(
      article(null),
      facts(
        { kind: "weekday", weekday: 3 },
        { kind: "relative", unit: "week", offset: -1 },
        { kind: "absolute", year: 1999 },
        { kind: "since", from: { kind: "absolute", year: 2023, month: 8 } },
      ),
    );
    expect(w).toEqual(UNDATED);
  });
});

describe("gapDays", () => {
  const on = (...isos: string[]): When => ({
    days: isos.map(isoDay),
    yearless: [],
    published: true,
  });

  it("measures the closest pair of dates", () => {
    expect(gapDays(on("2024-10-23", "2023-08-01"), on("2024-10-28"))).toBe(5);
  });

  it("compares a day without a year by day of the year", () => {
    const open: When = { days: [], yearless: [295], published: false }; // October 23
    expect(gapDays(open, on("2019-10-25"))).toBe(2);
  });

  it("is null when there is nothing to compare", () => {
    expect(gapDays(UNDATED, on("2024-10-23"))).toBeNull();
  });
});

describe("timeFactor", () => {
  const published = (iso: string): When => ({ days: [isoDay(iso)], yearless: [], published: true });
  const named = (iso: string): When => ({ days: [isoDay(iso)], yearless: [], published: false });

  it("keeps all of a pair's similarity within a few days", () => {
    expect(timeFactor(published("2024-10-23"), published("2024-10-26"))).toBe(1);
    expect(timeFactor(UNDATED, published("2024-10-26"))).toBe(1);
  });

  it("takes most of it away when publication dates are months apart", () => {
    expect(timeFactor(published("2024-07-13"), published("2024-09-15"))).toBeLessThan(0.2);
  });

  it("penalizes only mildly when the dates come from the text alone", () => {
    const f = timeFactor(named("2024-07-13"), published("2024-09-15"));
    expect(f).toBeGreaterThanOrEqual(0.8);
    expect(f).toBeLessThan(1);
  });
});
