import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../core/calendar.ts";
import {
  chooseYear,
  indexKnown,
  type KnownDate,
  nearestKnown,
  type WeekdayHint,
  type YearBounds,
} from "./date-years.ts";

const d = (iso: string) => parseIsoDate(iso) ?? Number.NaN;
const bounds = (latest: string, lower?: [string, string]): YearBounds => ({
  latest: d(latest),
  lower: lower ? { day: d(lower[0]), text: lower[1] } : null,
});
const known = (iso: string, label = `“${iso}”`): KnownDate => ({
  start: d(iso),
  end: d(iso),
  label,
});
const choose = (
  month: number,
  day: number | undefined,
  hint: WeekdayHint | null,
  b: YearBounds,
  k: KnownDate[],
) => chooseYear(month, day, hint, b, indexKnown(k));
const sameEvent = { weekday: 3, why: "the day another source gives for the same event" };

describe("chooseYear", () => {
  it("takes the only year between a since-bound and the limit with the right weekday", () => {
    const c = choose(
      10,
      23,
      sameEvent,
      bounds("2026-12-31", ["2023-08-01", "since August 2023"]),
      [],
    );
    expect(c?.year).toBe(2024);
    expect(c?.reason).toBe(
      "year not given; 2024 is the only year from 2023 (“since August 2023”) to 2026 (configured limit) in which 23 October is a Wednesday, the day another source gives for the same event",
    );
  });

  it("takes the latest year with the weekday when nothing bounds it below", () => {
    const c = choose(10, 23, sameEvent, bounds("2026-12-31"), []);
    expect(c?.year).toBe(2024);
    expect(c?.reason).toContain("latest year");
  });

  it("among several weekday years, takes the one nearest the story's dates", () => {
    const c = choose(10, 23, sameEvent, bounds("2026-12-31"), [known("2019-06-01")]);
    expect(c?.year).toBe(2019);
    expect(c?.reason).toContain("nearest “2019-06-01”");
  });

  it("leaves the year open when the story's only dates are years from any weekday year", () => {
    // 23 October is a Wednesday in 2024, 2019, 2013…: a date of 2016 is background, and
    // choosing 2013 or 2019 by it would be a guess.
    expect(choose(10, 23, sameEvent, bounds("2026-12-31"), [known("2016-05-01")])).toBeNull();
  });

  it("ignores a weekday that fits no allowed year", () => {
    const c = choose(
      10,
      23,
      { weekday: 0, why: "as the article says" },
      bounds("2026-12-31", ["2023-08-01", "since August 2023"]),
      [],
    );
    expect(c?.year).toBe(2023);
    expect(c?.reason).toContain("first year that fits “since August 2023”");
  });

  it("puts a month-day nearest the other dates of the story", () => {
    expect(choose(10, 21, null, bounds("2026-12-31"), [known("2024-10-23")])?.year).toBe(2024);
    expect(choose(3, 3, null, bounds("2026-12-31"), [known("2019-05-01")])?.year).toBe(2019);
    // Early January sits nearer the December before than the January of the same year.
    expect(choose(1, 2, null, bounds("2026-12-31"), [known("2023-12-30")])?.year).toBe(2024);
  });

  it("never passes the configured limit or the since-bound", () => {
    expect(choose(12, 25, null, bounds("2024-10-31"), [known("2024-10-23")])?.year).toBe(2023);
    expect(
      choose(7, 1, null, bounds("2026-12-31", ["2023-08-01", "since August 2023"]), [
        known("2023-08-01"),
      ])?.year,
    ).toBe(2024);
  });

  it("only puts 29 February in leap years", () => {
    expect(choose(2, 29, null, bounds("2026-12-31"), [known("2025-03-01")])?.year).toBe(2024);
  });

  it("leaves the year open when nothing constrains it", () => {
    expect(choose(10, 23, null, bounds("2026-12-31"), [])).toBeNull();
  });
});

describe("nearestKnown", () => {
  const index = indexKnown([
    { start: d("2019-01-01"), end: d("2019-12-31"), label: "2019" },
    known("2024-10-23"),
    known("2021-03-01"),
  ]);
  it("finds the nearest known span, 0 days away when they overlap", () => {
    expect(nearestKnown(index, d("2019-06-01"), d("2019-06-01"))).toMatchObject({
      distance: 0,
      to: { label: "2019" },
    });
    expect(nearestKnown(index, d("2024-10-21"), d("2024-10-21"))).toMatchObject({ distance: 2 });
    expect(nearestKnown(index, d("2021-02-27"), d("2021-02-27"))).toMatchObject({ distance: 2 });
    expect(nearestKnown(index, d("2020-01-02"), d("2020-01-02"))).toMatchObject({
      distance: 2,
      to: { label: "2019" },
    });
  });
  it("finds nothing in an empty index", () => {
    expect(nearestKnown(indexKnown([]), 0, 0)).toBeNull();
  });
});
