import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import type {
  Article,
  ArticleFacts,
  DateMention,
  DateValue,
  FigureMention,
} from "../../core/model.ts";
import { candidatesOf, publishedOf } from "./reports.ts";

const day = (iso: string, more: Partial<DateValue> = {}): DateValue => ({
  start: iso,
  end: iso,
  precision: "day",
  inferred: false,
  ...more,
});

/** The `nth` occurrence of `words` in the article as a date mention with `value`. */
function date(article: Article, words: string, value: DateValue | null, nth = 0): DateMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = article.text.indexOf(words, start + 1);
  const end = start + words.length;
  return {
    type: "date",
    text: words,
    start,
    end,
    sentence: article.sentences.findIndex((s) => s.start <= start && end <= s.end),
    expression: { kind: "weekday", weekday: 1 },
    value,
  };
}

function facts(
  article: Article,
  dates: DateMention[],
  figures: FigureMention[] = [],
): ArticleFacts {
  return { source: article.id, names: [], dates, figures, quotes: [] };
}

const titles = (a: Article, f: ArticleFacts) =>
  candidatesOf(a, f, 0).map((c) => `${c.report.text}: ${c.title.title}`);

describe("candidatesOf", () => {
  it("makes one report per dated statement, with its sentence and date", () => {
    const a = articleFrom("The council met on Monday. The bridge closed on Friday.", { id: "a" });
    const c = candidatesOf(a, facts(a, [date(a, "Monday", day("2024-03-11"))]), 3);
    expect(c).toHaveLength(1);
    expect(c[0]?.report).toEqual({
      source: "a",
      text: "Monday",
      start: 19,
      end: 25,
      sentence: 0,
      quote: "The council met on Monday.",
      date: day("2024-03-11"),
    });
    expect(c[0]?.title.title).toBe("The council met");
    expect(c[0]?.order).toBe(3);
  });

  it("skips dates that could not be placed", () => {
    const a = articleFrom("The council met on Monday.");
    expect(candidatesOf(a, facts(a, [date(a, "Monday", null)]), 0)).toEqual([]);
  });

  it("skips a dateline stamp, and keeps it out of the title of the statement after it", () => {
    const a = articleFrom("LYON, 14 March 2024 — On Wednesday, the council approved the plan.");
    const f = facts(a, [
      date(a, "14 March 2024", day("2024-03-14")),
      date(a, "Wednesday", day("2024-03-13", { inferred: true, reason: "weekday" })),
    ]);
    expect(titles(a, f)).toEqual(["Wednesday: The council approved the plan"]);
  });

  it("skips a date inside a figure, and a sentence that is only a date", () => {
    const a = articleFrom("The 2024 budget of 5 million euros passed on Monday. In March 2024.");
    const figureStart = a.text.indexOf("The 2024");
    const figure: FigureMention = {
      type: "figure",
      text: "The 2024 budget of 5 million euros",
      start: figureStart,
      end: figureStart + 34,
      sentence: 0,
      kind: "money",
      value: 5_000_000,
      qualifier: null,
      unit: "euros",
      noun: "euro",
      currency: "EUR",
    };
    const f = facts(
      a,
      [
        date(a, "2024", { ...day("2024-01-01"), end: "2024-12-31", precision: "year" }),
        date(a, "Monday", day("2024-03-11")),
        date(a, "March 2024", { ...day("2024-03-01"), end: "2024-03-31", precision: "month" }),
      ],
      [figure],
    );
    expect(titles(a, f)).toEqual(["Monday: The 2024 budget of 5 million euros passed"]);
  });

  it("skips a date that a figure is only compared with", () => {
    const a = articleFrom(
      "Since January 2024, the port has handled fewer ships than a year earlier.",
    );
    const year: DateValue = { ...day("2023-01-01"), end: "2023-12-31", precision: "year" };
    const since: DateValue = {
      ...day("2024-01-01"),
      end: "2024-03-14",
      precision: "range",
      open: true,
    };
    const f = facts(a, [date(a, "Since January 2024", since), date(a, "a year earlier", year)]);
    expect(titles(a, f)).toEqual(["Since January 2024: The port has handled fewer ships"]);
  });

  it("keeps one of the same date said twice in a sentence", () => {
    const a = articleFrom("On 3 March 2024, yes on 3 March 2024, the vote passed.");
    const f = facts(a, [
      date(a, "3 March 2024", day("2024-03-03"), 0),
      date(a, "3 March 2024", day("2024-03-03"), 1),
    ]);
    expect(candidatesOf(a, f, 0)).toHaveLength(1);
  });

  it("gives each of two dates in a sentence its own report, titles keeping the attribution", () => {
    const a = articleFrom(
      "Last week, the agency reported that since August 2023, the port has shipped grain to Lyon.",
    );
    const week: DateValue = {
      start: "2024-03-04",
      end: "2024-03-10",
      precision: "week",
      inferred: true,
      reason: "“Last week” counted back from the publication date",
    };
    const since: DateValue = {
      start: "2023-08-01",
      end: "2024-03-14",
      precision: "range",
      inferred: false,
      open: true,
    };
    const f = facts(a, [date(a, "Last week", week), date(a, "since August 2023", since)]);
    // The reporting is last week's event, the shipping the open range's: each title leaves
    // out both dates (each is shown beside its own event) and keeps who reported the shipping,
    // which the source does not state as fact. The two titles differ.
    expect(titles(a, f)).toEqual([
      "Last week: The agency reported the port has shipped grain to Lyon",
      "since August 2023: Agency: the port has shipped grain to Lyon",
    ]);
  });

  it("does not crash on mentions that point outside their sentence or text", () => {
    const a = articleFrom("The council met on Monday.");
    const bad: DateMention = { ...date(a, "Monday", day("2024-03-11")), start: 500, end: 506 };
    const lost: DateMention = { ...date(a, "Monday", day("2024-03-11")), sentence: 9 };
    const odd: DateMention = { ...date(a, "Monday", day("2024-03-11")), value: day("2024-02-30") };
    expect(candidatesOf(a, facts(a, [bad, lost, odd]), 0)).toEqual([]);
  });
});

describe("publishedOf", () => {
  it("takes the given date, else the inferred one, if real", () => {
    expect(publishedOf(articleFrom("x", { published: "2024-03-14" }))).toBe("2024-03-14");
    expect(
      publishedOf(
        articleFrom("x", { publishedInferred: { date: "2024-03-15", reason: "latest date" } }),
      ),
    ).toBe("2024-03-15");
    expect(publishedOf(articleFrom("x", { published: "soon" }))).toBeNull();
    expect(publishedOf(articleFrom("x"))).toBeNull();
  });
});
