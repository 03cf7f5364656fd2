import { describe, expect, it } from "vitest";
import { isoDate, parseIsoDate } from "../../core/calendar.ts";
import type { DateExpression } from "../../core/model.ts";
import { type Anchor, type Base, type Context, resolveOne, yearNearAnchor } from "./date-read.ts";
import { calendarSpan } from "./date-values.ts";

const d = (iso: string) => parseIsoDate(iso) ?? Number.NaN;
const anchor: Anchor = {
  day: d("2024-10-23"),
  label: "the publication date, 23 October 2024",
  given: true,
};
const ctx = (over: Partial<Context> = {}): Context => ({
  anchor,
  choice: null,
  base: () => null,
  ...over,
});
const read = (e: DateExpression, text: string, c: Context = ctx()) => {
  const r = resolveOne(e, text, c);
  return r && { start: isoDate(r.span.start), end: isoDate(r.span.end), ...r };
};

describe("resolveOne", () => {
  it("reads absolute dates without inference", () => {
    expect(
      read({ kind: "absolute", year: 2023, month: 8 }, "August 2023", ctx({ anchor: null })),
    ).toMatchObject({ start: "2023-08-01", end: "2023-08-31", inferred: false });
  });

  it("uses the year decided for a month-day, else the anchor, else nothing", () => {
    const e: DateExpression = { kind: "partial", month: 10, day: 21 };
    expect(read(e, "October 21", ctx({ choice: { year: 2019, reason: "why" } }))).toMatchObject({
      start: "2019-10-21",
      reason: "why",
    });
    expect(read(e, "October 21")).toMatchObject({ start: "2024-10-21", inferred: true });
    expect(read(e, "October 21", ctx({ anchor: null }))).toBeNull();
  });

  it("explains weekdays and relative dates by the anchor", () => {
    expect(read({ kind: "weekday", weekday: 1 }, "Monday")?.reason).toBe(
      "“Monday” taken as 21 October 2024, the Monday on or before the publication date, 23 October 2024",
    );
    expect(read({ kind: "relative", unit: "day", offset: 1 }, "tomorrow")?.reason).toBe(
      "“tomorrow” counted forward from the publication date, 23 October 2024",
    );
    expect(
      read({ kind: "relative", unit: "day", offset: 0 }, "today", ctx({ anchor: null })),
    ).toBeNull();
  });

  it("counts previous-relative dates from the base, else from the anchor", () => {
    const base: Base = { span: calendarSpan(2024, 5, 5), text: "May 5" };
    const e: DateExpression = { kind: "previous", unit: "day", offset: 0 };
    expect(read(e, "that day", ctx({ base: () => base }))).toMatchObject({
      start: "2024-05-05",
      reason: "“that day” read against the date given before it, 5 May 2024 (“May 5”)",
    });
    expect(read(e, "that day")?.start).toBe("2024-10-23");
  });

  it("keeps since open and not inferred when it runs to a given publication date", () => {
    const e: DateExpression = { kind: "since", from: { kind: "absolute", year: 2019 } };
    expect(read(e, "since 2019")).toMatchObject({
      start: "2019-01-01",
      end: "2024-10-23",
      inferred: false,
      open: true,
    });
    expect(read(e, "since 2019", ctx({ anchor: { ...anchor, given: false } }))?.inferred).toBe(
      true,
    );
    expect(read(e, "since 2019", ctx({ anchor: null }))).toBeNull();
  });

  it("closes ranges of weekdays forward", () => {
    const e: DateExpression = {
      kind: "range",
      from: { kind: "weekday", weekday: 2 },
      to: { kind: "weekday", weekday: 4 },
    };
    // Read against a Wednesday: last Tuesday to the Thursday after it.
    expect(read(e, "from Tuesday to Thursday")).toMatchObject({
      start: "2024-10-22",
      end: "2024-10-24",
      span: { precision: "range" },
    });
  });
});

describe("yearNearAnchor", () => {
  it("takes the nearest year, on the hinted weekday when one is near", () => {
    expect(yearNearAnchor({ kind: "partial", month: 10, day: 21 }, null, anchor, "x").year).toBe(
      2024,
    );
    expect(yearNearAnchor({ kind: "partial", month: 1, day: 2 }, null, anchor, "x").year).toBe(
      2025,
    );
    expect(yearNearAnchor({ kind: "partial", month: 4, day: 2 }, null, anchor, "x").year).toBe(
      2024,
    );
    const year = (month: number, day: number, at: Anchor = anchor) =>
      yearNearAnchor({ kind: "partial", month, day }, null, at, "x").year;
    expect(year(11, 5)).toBe(2024); // a date to come, soon after
    expect(year(2, 29)).toBe(2024);
    expect(year(2, 29, { ...anchor, day: d("2026-03-01") })).toBe(2024); // the last leap year
    expect(year(2, 29, { ...anchor, day: d("2027-12-01") })).toBe(2028);
    const hinted = yearNearAnchor(
      { kind: "partial", month: 10, day: 23 },
      { weekday: 1, why: "as the article says" },
      anchor,
      "x",
    );
    expect(hinted.year).toBe(2023);
    expect(hinted.reason).toContain("a Monday (as the article says)");
  });

  it("reads last, next and this before a month", () => {
    const at = (modifier: "last" | "next" | "this", month: number) =>
      yearNearAnchor({ kind: "partial", month, modifier }, null, anchor, "x").year;
    expect(at("last", 10)).toBe(2023);
    expect(at("last", 9)).toBe(2024);
    expect(at("next", 10)).toBe(2025);
    expect(at("next", 11)).toBe(2024);
    expect(at("this", 3)).toBe(2024);
  });
});
