import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import type { Article } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { tokenizeForDates } from "./date-tokens.ts";
import { dateContext, extractDates, joinRange } from "./dates.ts";

const article = (text: string): Article => articleFrom(text, { id: "a", file: "a.txt" });

const texts = (text: string) => extractDates(article(text)).map((m) => m.text);
const only = (text: string) => {
  const found = extractDates(article(text));
  expect(found).toHaveLength(1);
  return found[0]?.expression;
};

describe("extractDates on the sample seeds", () => {
  const seeds = readdirSync("seeds")
    .sort()
    .map((path) => ({ path, bytes: readFileSync(`seeds/${path}`) }));
  const { articles } = ingest(seeds);

  it("finds the weekday and the relative span in the first report", () => {
    const a = articles[0];
    if (!a) throw new Error("no seed");
    const found = extractDates(a);
    expect(found.map((m) => m.text)).toEqual(["Wednesday", "the past two weeks"]);
    expect(found[0]?.expression).toEqual({ kind: "weekday", weekday: 3 });
    expect(found[1]?.expression).toEqual({ kind: "relative", unit: "week", offset: -2, span: 2 });
  });

  it("finds month-days, the same day, last week and since in the second report", () => {
    const a = articles[1];
    if (!a) throw new Error("no seed");
    const found = extractDates(a);
    expect(found.map((m) => m.text)).toEqual([
      "October 23",
      "the same day",
      "Last week",
      "since August 2023",
      "October 21",
    ]);
    expect(found[3]?.expression).toEqual({
      kind: "since",
      from: { kind: "absolute", year: 2023, month: 8 },
    });
  });

  it("does not read troop counts or casualty figures as dates", () => {
    const all = articles.flatMap((a) => extractDates(a).map((m) => m.text));
    for (const figure of ["2,500", "12,000", "600,000", "25,000", "3,000", "13,000"]) {
      expect(all.join(" ")).not.toContain(figure);
    }
  });

  it("gives exact offsets and the sentence each date is in", () => {
    for (const a of articles) {
      for (const m of extractDates(a)) {
        expect(a.text.slice(m.start, m.end)).toBe(m.text);
        const s = a.sentences[m.sentence];
        expect(s && s.start <= m.start && m.end <= s.end).toBe(true);
      }
    }
  });
});

describe("absolute dates", () => {
  it("reads the common written forms", () => {
    const day = { kind: "absolute", year: 2024, month: 10, day: 23 };
    expect(only("It happened on October 23, 2024, in the capital.")).toEqual(day);
    expect(only("It happened on 23 October 2024 in the capital.")).toEqual(day);
    expect(only("It happened on Oct. 23, 2024 in the capital.")).toEqual(day);
    expect(only("It happened on October 23rd, 2024.")).toEqual(day);
    expect(only("The filing is dated 2024-10-23.")).toEqual(day);
    expect(only("The filing is dated 10/23/2024.")).toEqual(day);
    expect(only("The filing is dated 23/10/2024.")).toEqual(day);
  });

  it("keeps a named weekday on the date it precedes", () => {
    expect(only("Talks resumed on Wednesday, October 23, 2024, in Geneva.")).toEqual({
      kind: "absolute",
      year: 2024,
      month: 10,
      day: 23,
      weekday: 3,
    });
    expect(texts("Talks resumed on Wednesday, October 23, in Geneva.")).toEqual([
      "Wednesday, October 23",
    ]);
  });

  it("reads months and years", () => {
    expect(only("The deal was signed in August 2023.")).toEqual({
      kind: "absolute",
      year: 2023,
      month: 8,
    });
    expect(only("The deal was signed in 2023.")).toEqual({ kind: "absolute", year: 2023 });
    expect(only("Prices fell in early 2024.")).toEqual({
      kind: "absolute",
      year: 2024,
      part: "early",
    });
    expect(texts("Talks stalled in mid-2022 and again in late 2023.")).toEqual([
      "mid-2022",
      "late 2023",
    ]);
    expect(texts("By the end of 2025 the plant will close.")).toEqual(["2025"]);
  });

  it("reads 'today' glossed by a full date in brackets as that date alone", () => {
    expect(texts("The operator said today (12 May 2031) that service was back.")).toEqual([
      "12 May 2031",
    ]);
    expect(texts("The operator said today that service was back, on 12 May 2031.")).toEqual([
      "today",
      "12 May 2031",
    ]);
  });

  it("leaves out the preposition of a simple date", () => {
    expect(texts("In 2019 the plant opened; on May 5 it closed.")).toEqual(["2019", "May 5"]);
  });

  it("reads decades as the ten years they name", () => {
    expect(only("The rules date from the 1990s.")).toEqual({
      kind: "range",
      from: { kind: "absolute", year: 1990 },
      to: { kind: "absolute", year: 1999 },
    });
    expect(texts("It was built in the early 1980s.")).toEqual(["the early 1980s"]);
  });

  it("rejects impossible calendar dates", () => {
    expect(texts("It was dated February 30, 2024.")).toEqual([]);
    expect(texts("It was dated 2023-02-29.")).toEqual([]);
  });
});

describe("partial dates", () => {
  it("reads month-days without a year", () => {
    expect(only("He spoke on October 23 in Rome.")).toEqual({
      kind: "partial",
      month: 10,
      day: 23,
    });
    expect(only("He spoke on 23 October in Rome.")).toEqual({
      kind: "partial",
      month: 10,
      day: 23,
    });
    expect(only("He spoke on Oct. 23 in Rome.")).toEqual({ kind: "partial", month: 10, day: 23 });
    expect(only("He spoke on the 23rd of October.")).toEqual({
      kind: "partial",
      month: 10,
      day: 23,
    });
  });

  it("reads a month in date context, with its part", () => {
    expect(only("Voting ends in mid-October.")).toEqual({
      kind: "partial",
      month: 10,
      part: "mid",
    });
    expect(only("The law changed in March.")).toEqual({ kind: "partial", month: 3 });
    expect(only("Nothing has changed since June.")).toEqual({
      kind: "since",
      from: { kind: "partial", month: 6 },
    });
    expect(only("He visited last March.")).toEqual({
      kind: "partial",
      month: 3,
      modifier: "last",
    });
  });
});

describe("weekdays", () => {
  it("reads a weekday with or without last/next, never the word on", () => {
    expect(texts("On Friday, the minister resigned.")).toEqual(["Friday"]);
    expect(only("The minister resigned last Friday.")).toEqual({
      kind: "weekday",
      weekday: 5,
      modifier: "last",
    });
    expect(only("The vote is next Monday.")).toEqual({
      kind: "weekday",
      weekday: 1,
      modifier: "next",
    });
    expect(texts("Sunday's vote was close.")).toEqual(["Sunday"]);
  });

  it("does not read lowercase words or abbreviations as weekdays", () => {
    expect(texts("The mon and sat signs were lit.")).toEqual([]);
  });
});

describe("relative dates", () => {
  const rel = (text: string) => only(text);
  it("reads days, weeks, months and years around the publication date", () => {
    expect(rel("Police said today that …")).toEqual({ kind: "relative", unit: "day", offset: 0 });
    expect(rel("Police said yesterday.")).toEqual({ kind: "relative", unit: "day", offset: -1 });
    expect(rel("Police will speak tomorrow.")).toEqual({
      kind: "relative",
      unit: "day",
      offset: 1,
    });
    expect(rel("Police said last week.")).toEqual({ kind: "relative", unit: "week", offset: -1 });
    expect(rel("Police said this week.")).toEqual({ kind: "relative", unit: "week", offset: 0 });
    expect(rel("Police will say next month.")).toEqual({
      kind: "relative",
      unit: "month",
      offset: 1,
    });
    expect(rel("Police said last year.")).toEqual({ kind: "relative", unit: "year", offset: -1 });
    expect(rel("Shots were heard last night.")).toEqual({
      kind: "relative",
      unit: "day",
      offset: -1,
    });
  });

  it("reads spans ending at the anchor, with their governing words", () => {
    expect(texts("Reports emerged over the past two weeks.")).toEqual(["the past two weeks"]);
    expect(rel("It rained for the last three days.")).toEqual({
      kind: "relative",
      unit: "day",
      offset: -3,
      span: 3,
    });
    expect(rel("Prices rose over the past week.")).toEqual({
      kind: "relative",
      unit: "week",
      offset: -1,
      span: 1,
    });
    expect(rel("Talks continue in the next two months.")).toEqual({
      kind: "relative",
      unit: "month",
      offset: 2,
      span: 2,
    });
  });

  it("reads ago and earlier/later this …", () => {
    expect(rel("It began two days ago.")).toEqual({ kind: "relative", unit: "day", offset: -2 });
    expect(rel("It began a week ago.")).toEqual({ kind: "relative", unit: "week", offset: -1 });
    expect(rel("It began a decade ago.")).toEqual({ kind: "relative", unit: "year", offset: -10 });
    expect(rel("It was announced earlier this month.")).toEqual({
      kind: "relative",
      unit: "month",
      offset: 0,
      side: "before",
    });
    expect(texts("A vote is expected later this year.")).toEqual(["later this year"]);
  });

  it("does not read the last week of a month as last week", () => {
    expect(texts("In the last week of October, talks failed.")).toEqual(["October"]);
    expect(texts("It was the last day of talks.")).toEqual([]);
    expect(texts("They have worked there to this day.")).toEqual([]);
  });
});

describe("dates counted from the previous date", () => {
  it("reads the same day, the next day, the following week and N units later", () => {
    const prev = (unit: string, offset: number) => ({ kind: "previous", unit, offset });
    expect(only("NATO spoke on the same day.")).toEqual(prev("day", 0));
    expect(only("Later that day, NATO spoke.")).toEqual(prev("day", 0));
    expect(only("The next day, NATO spoke.")).toEqual(prev("day", 1));
    expect(only("NATO spoke the following week.")).toEqual(prev("week", 1));
    expect(only("NATO spoke three days later.")).toEqual(prev("day", 3));
    expect(only("NATO had spoken a week earlier.")).toEqual(prev("week", -1));
    expect(only("NATO had spoken the day before.")).toEqual(prev("day", -1));
  });

  it("does not read a day before some other event as relative to the last date", () => {
    expect(texts("NATO spoke the day before the vote.")).toEqual([]);
    expect(texts("Two days after the vote, NATO spoke.")).toEqual([]);
    expect(texts("It changed that day-to-day work.")).toEqual([]);
    expect(texts("One day, he said, it will end.")).toEqual([]);
  });
});

describe("ranges", () => {
  it("reads open ranges with their since", () => {
    expect(texts("Since August 2023, exports have doubled.")).toEqual(["Since August 2023"]);
    expect(only("Exports have doubled since 2019.")).toEqual({
      kind: "since",
      from: { kind: "absolute", year: 2019 },
    });
    expect(only("Nobody has seen him since Monday.")).toEqual({
      kind: "since",
      from: { kind: "weekday", weekday: 1 },
    });
    expect(only("It has rained since last week.")).toEqual({
      kind: "since",
      from: { kind: "relative", unit: "week", offset: -1 },
    });
  });

  it("reads closed ranges, giving both ends the year stated once", () => {
    expect(only("The trial ran from March to May 2024.")).toEqual({
      kind: "range",
      from: { kind: "absolute", year: 2024, month: 3 },
      to: { kind: "absolute", year: 2024, month: 5 },
    });
    expect(only("The trial ran between 2019 and 2021.")).toEqual({
      kind: "range",
      from: { kind: "absolute", year: 2019 },
      to: { kind: "absolute", year: 2021 },
    });
    expect(only("The summit runs March 3-5, 2024.")).toEqual({
      kind: "range",
      from: { kind: "absolute", year: 2024, month: 3, day: 3 },
      to: { kind: "absolute", year: 2024, month: 3, day: 5 },
    });
    expect(texts("The summit runs 3–5 March.")).toEqual(["3–5 March"]);
    expect(texts("Flights stopped from March 3 to 5, 2024.")).toEqual(["from March 3 to 5, 2024"]);
    expect(texts("The war lasted from 1950 to 1953 in all.")).toEqual(["from 1950 to 1953"]);
  });

  it("joins a year across the new year", () => {
    expect(
      joinRange({ kind: "partial", month: 12 }, { kind: "absolute", year: 2024, month: 2 }),
    ).toEqual({
      kind: "range",
      from: { kind: "absolute", year: 2023, month: 12 },
      to: { kind: "absolute", year: 2024, month: 2 },
    });
    expect(joinRange({ kind: "absolute", year: 2024 }, { kind: "absolute", year: 2020 })).toBe(
      null,
    );
  });
});

describe("near-misses", () => {
  it("does not read quantities as years", () => {
    expect(texts("Officials estimate that around 2,500 troops have been sent.")).toEqual([]);
    expect(texts("Casualties surpass 600,000.")).toEqual([]);
    expect(texts("The army sent in 1500 troops.")).toEqual([]);
    expect(texts("Attendance rose by 2000 last season.")).toEqual([]);
    expect(texts("A total of 1500 were counted.")).toEqual([]);
    expect(texts("Numbers grew from 1500 to 2000 troops.")).toEqual([]);
    expect(texts("Between 1500 and 2000 people marched.")).toEqual([]);
    expect(texts("About 2024 people signed, and 1999 was the code.")).toEqual([]);
    expect(texts("It costs $2024 in 12 months.")).toEqual([]);
  });

  it("does not read may the verb, march the noun or a name as a month", () => {
    expect(texts("Officials may act soon; troops march north.")).toEqual([]);
    expect(texts("May officials act? The March organizers said no.")).toEqual([]);
    expect(texts("Prime Minister Theresa May said so.")).toEqual([]);
    expect(texts("The critics in August Wilson's home town agreed.")).toEqual([]);
    expect(texts("Officials may act in May.")).toEqual(["May"]);
  });

  it("does not join a date across a line break", () => {
    expect(texts("The vote was in October\n23 people came.")).toEqual(["October"]);
  });

  it("does not read times, percentages or codes as days", () => {
    expect(texts("Polls close October 23:00 GMT.")).toEqual([]);
    expect(texts("Support was at 23% in March polls.")).toEqual(["March"]);
  });
});

describe("dateContext", () => {
  const at = (text: string, word: string) => {
    const t = tokenizeForDates(text);
    return dateContext(
      t,
      t.findIndex((x) => x.text === word),
    );
  };
  it("accepts date prepositions and rejects amounts", () => {
    expect(at("since 2019", "2019")).toBe(true);
    expect(at("by 2030", "2030")).toBe(true);
    expect(at("rose by 2030", "2030")).toBe(false);
    expect(at("the end of 2030", "2030")).toBe(true);
    expect(at("a total of 2030", "2030")).toBe(false);
    expect(at("about 2030", "2030")).toBe(false);
  });
});
