import { describe, expect, it } from "vitest";
import { agoAt, dayWordAt, modifiedAt, previousAt, sideAt, spanAt } from "./date-relative.ts";
import { tokenizeForDates } from "./date-tokens.ts";

const t = tokenizeForDates;

describe("relative phrases", () => {
  it("reads day words in any case", () => {
    expect(dayWordAt(t("Yesterday"), 0)?.expression).toEqual({
      kind: "relative",
      unit: "day",
      offset: -1,
    });
    expect(dayWordAt(t("day"), 0)).toBeNull();
  });

  it("reads last/this/next with units, weekdays, months and parts of the day", () => {
    expect(modifiedAt(t("next year"), 0)?.expression).toEqual({
      kind: "relative",
      unit: "year",
      offset: 1,
    });
    expect(modifiedAt(t("this Friday"), 0)?.expression).toEqual({
      kind: "weekday",
      weekday: 5,
      modifier: "this",
    });
    expect(modifiedAt(t("next May"), 0)?.expression).toEqual({
      kind: "partial",
      month: 5,
      modifier: "next",
    });
    expect(modifiedAt(t("this morning"), 0)?.expression).toMatchObject({ offset: 0 });
    expect(modifiedAt(t("last night"), 0)?.expression).toMatchObject({ offset: -1 });
    expect(modifiedAt(t("this night"), 0)).toBeNull();
    expect(modifiedAt(t("the last week"), 1)).toBeNull();
    expect(modifiedAt(t("last week of"), 0)).toBeNull();
    expect(modifiedAt(t("last weeks"), 0)).toBeNull();
    expect(modifiedAt(t("next may"), 0)).toBeNull();
  });

  it("reads spans to and from the anchor", () => {
    expect(spanAt(t("the past 10 years"), 0)?.expression).toEqual({
      kind: "relative",
      unit: "year",
      offset: -10,
      span: 10,
    });
    expect(spanAt(t("the past decade"), 0)?.expression).toEqual({
      kind: "relative",
      unit: "year",
      offset: -10,
      span: 10,
    });
    expect(spanAt(t("the coming week"), 0)?.expression).toMatchObject({ offset: 1, span: 1 });
    expect(spanAt(t("the next week"), 0)).toBeNull();
    expect(spanAt(t("the past two week"), 0)).toBeNull();
    expect(spanAt(t("the past few weeks"), 0)).toBeNull();
  });

  it("reads ago, requiring a plural after a count above one", () => {
    expect(agoAt(t("3 years ago"), 0)?.expression).toMatchObject({ unit: "year", offset: -3 });
    expect(agoAt(t("two day ago"), 0)).toBeNull();
    expect(agoAt(t("two days"), 0)).toBeNull();
    expect(agoAt(t("2,000 years ago"), 0)).toBeNull();
  });

  it("reads earlier and later this unit", () => {
    expect(sideAt(t("later this week"), 0)?.expression).toEqual({
      kind: "relative",
      unit: "week",
      offset: 0,
      side: "after",
    });
    expect(sideAt(t("earlier today"), 0)?.expression).toMatchObject({ unit: "day", offset: 0 });
    expect(sideAt(t("later that week"), 0)).toBeNull();
  });

  it("reads phrases counted from the previous date", () => {
    expect(previousAt(t("that same week"), 0)?.expression).toEqual({
      kind: "previous",
      unit: "week",
      offset: 0,
    });
    expect(previousAt(t("the previous month"), 0)?.expression).toMatchObject({ offset: -1 });
    expect(previousAt(t("two years after."), 0)?.expression).toMatchObject({ offset: 2 });
    expect(previousAt(t("that next day"), 0)).toBeNull();
    expect(previousAt(t("the same day of the week"), 0)).toBeNull();
    expect(previousAt(t("the day after the vote"), 0)).toBeNull();
  });
});
