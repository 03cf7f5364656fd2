import { describe, expect, it } from "vitest";
import {
  bareYearAt,
  calendarDate,
  countsSomething,
  dayAt,
  dayFirstAt,
  decadeAt,
  isoAt,
  monthAt,
  monthFirstAt,
  pointAt,
  slashAt,
  weekdayFirstAt,
  yearAt,
} from "./date-points.ts";
import { tokenizeForDates } from "./date-tokens.ts";

const t = tokenizeForDates;

describe("single pieces", () => {
  it("reads capitalized month names, taking an abbreviation's period", () => {
    expect(monthAt(t("Oct. 23"), 0)).toEqual({ value: 10, next: 2 });
    expect(monthAt(t("October. Then"), 0)).toEqual({ value: 10, next: 1 });
    expect(monthAt(t("may"), 0)).toBeNull();
    expect(monthAt(t("Mayor"), 0)).toBeNull();
  });

  it("reads days with ordinals but not times or shares", () => {
    expect(dayAt(t("23rd"), 0)).toEqual({ value: 23, next: 2 });
    expect(dayAt(t("23"), 0)).toEqual({ value: 23, next: 1 });
    expect(dayAt(t("32"), 0)).toBeNull();
    expect(dayAt(t("23:00"), 0)).toBeNull();
    expect(dayAt(t("23%"), 0)).toBeNull();
    expect(dayAt(t("23km"), 0)).toBeNull();
  });

  it("reads four-digit years but not counts", () => {
    expect(yearAt(t("2024."), 0)).toEqual({ value: 2024, next: 1 });
    expect(yearAt(t("2024 troops"), 0)).toBeNull();
    expect(yearAt(t("2024 people"), 0)).toBeNull();
    expect(yearAt(t("2024 was"), 0)).toEqual({ value: 2024, next: 1 });
    expect(yearAt(t("2,024"), 0)).toBeNull();
    expect(yearAt(t("0999"), 0)).toBeNull();
    expect(yearAt(t("2024m"), 0)).toBeNull();
  });

  it("tells plural nouns from other words ending in s", () => {
    expect(countsSomething(t("x soldiers"), 1)).toBe(true);
    expect(countsSomething(t("x was"), 1)).toBe(false);
    expect(countsSomething(t("x class"), 1)).toBe(false);
    expect(countsSomething(t("x Olympics"), 1)).toBe(false);
  });

  it("reads decades", () => {
    expect(decadeAt(t("1990s"), 0)).toEqual({ value: 1990, next: 2 });
    expect(decadeAt(t("1990’s"), 0)).toEqual({ value: 1990, next: 3 });
    expect(decadeAt(t("1995s"), 0)).toBeNull();
  });
});

describe("date forms", () => {
  it("builds partial dates without a year and absolute ones with", () => {
    expect(calendarDate(10, 23, undefined)).toEqual({ kind: "partial", month: 10, day: 23 });
    expect(calendarDate(10, undefined, 2024, "mid")).toEqual({
      kind: "absolute",
      year: 2024,
      month: 10,
      part: "mid",
    });
  });

  it("reads ISO and slash dates, not codes", () => {
    expect(isoAt(t("2024-10-23"), 0)?.expression).toEqual({
      kind: "absolute",
      year: 2024,
      month: 10,
      day: 23,
    });
    expect(isoAt(t("2024-10-23-7"), 0)).toBeNull();
    expect(isoAt(t("2024-13-01"), 0)).toBeNull();
    expect(slashAt(t("3/4/2024"), 0)?.expression).toMatchObject({ month: 3, day: 4 });
    expect(slashAt(t("13/4/2024"), 0)?.expression).toMatchObject({ month: 4, day: 13 });
    expect(slashAt(t("3/4/24"), 0)).toBeNull();
  });

  it("reads month-first dates and asks for context before a bare month", () => {
    expect(monthFirstAt(t("August of 2023"), 0, false)?.expression).toEqual({
      kind: "absolute",
      year: 2023,
      month: 8,
    });
    expect(monthFirstAt(t("August ended"), 0, false)).toBeNull();
    expect(monthFirstAt(t("August ended"), 0, true)?.expression).toEqual({
      kind: "partial",
      month: 8,
    });
    expect(monthFirstAt(t("August Wilson"), 0, true)).toBeNull();
    expect(monthFirstAt(t("October 23, 1500 troops"), 0, false)?.last).toBe(2);
  });

  it("reads day-first dates, with 'of' only when allowed", () => {
    expect(dayFirstAt(t("5 May 2020"), 0, false)?.expression).toEqual({
      kind: "absolute",
      year: 2020,
      month: 5,
      day: 5,
    });
    expect(dayFirstAt(t("5th of May"), 0, false)).toBeNull();
    expect(dayFirstAt(t("5th of May"), 0, true)?.expression).toEqual({
      kind: "partial",
      month: 5,
      day: 5,
    });
    expect(dayFirstAt(t("5 may"), 0, false)).toBeNull();
  });

  it("keeps the weekday named before a date", () => {
    expect(weekdayFirstAt(t("Friday 5 May"), 0)?.expression).toEqual({
      kind: "partial",
      month: 5,
      day: 5,
      weekday: 5,
    });
    expect(weekdayFirstAt(t("Friday, May"), 0)?.expression).toEqual({
      kind: "weekday",
      weekday: 5,
    });
  });

  it("reads bare years and year ranges only in context", () => {
    expect(bareYearAt(t("2019"), 0, false)).toBeNull();
    expect(bareYearAt(t("2019–2021"), 0, true)?.expression).toEqual({
      kind: "range",
      from: { kind: "absolute", year: 2019 },
      to: { kind: "absolute", year: 2021 },
    });
    expect(bareYearAt(t("2019-20"), 0, true)).toBeNull();
  });

  it("picks whichever form starts at a token", () => {
    expect(pointAt(t("1990s"), 0, false)?.expression).toMatchObject({ kind: "range" });
    expect(pointAt(t("troops"), 0, true)).toBeNull();
    expect(pointAt(t(","), 0, true)).toBeNull();
  });
});
