import { describe, expect, it } from "vitest";
import { isoDate, parseIsoDate } from "../../core/calendar.ts";
import {
  calendarSpan,
  type DaySpan,
  describeSpan,
  granularity,
  previousSpan,
  relativeSpan,
  shift,
  unitSpan,
  weekdayDay,
} from "./date-values.ts";

const d = (iso: string) => parseIsoDate(iso) ?? Number.NaN;
const iso = (s: DaySpan) => [isoDate(s.start), isoDate(s.end), s.precision];
const wed = d("2024-10-23");

describe("spans", () => {
  it("covers the day, month or year a date names", () => {
    expect(iso(calendarSpan(2023, 8))).toEqual(["2023-08-01", "2023-08-31", "month"]);
    expect(iso(calendarSpan(2024))).toEqual(["2024-01-01", "2024-12-31", "year"]);
    expect(iso(unitSpan(wed, "week"))).toEqual(["2024-10-21", "2024-10-27", "week"]);
    expect(isoDate(shift(d("2024-02-29"), "year", -1))).toBe("2023-02-28");
  });

  it("reads relative expressions against the anchor", () => {
    const r = (offset: number, unit: "day" | "week" | "month" | "year", span?: number) =>
      iso(
        relativeSpan(
          { kind: "relative", unit, offset, ...(span === undefined ? {} : { span }) },
          wed,
        ),
      );
    expect(r(-1, "week")).toEqual(["2024-10-14", "2024-10-20", "week"]);
    expect(r(-2, "week", 2)).toEqual(["2024-10-09", "2024-10-23", "range"]);
    expect(r(2, "day", 2)).toEqual(["2024-10-23", "2024-10-25", "range"]);
    expect(r(-1, "day")).toEqual(["2024-10-22", "2024-10-22", "day"]);
    expect(r(1, "month")).toEqual(["2024-11-01", "2024-11-30", "month"]);
    expect(r(-1, "year")).toEqual(["2023-01-01", "2023-12-31", "year"]);
    expect(
      iso(relativeSpan({ kind: "relative", unit: "month", offset: 0, side: "before" }, wed)),
    ).toEqual(["2024-10-01", "2024-10-23", "range"]);
  });

  it("places weekdays in the past unless told otherwise", () => {
    expect(isoDate(weekdayDay(3, undefined, wed))).toBe("2024-10-23");
    expect(isoDate(weekdayDay(5, undefined, wed))).toBe("2024-10-18");
    expect(isoDate(weekdayDay(3, "last", wed))).toBe("2024-10-16");
    expect(isoDate(weekdayDay(3, "next", wed))).toBe("2024-10-30");
    expect(isoDate(weekdayDay(1, "next", wed))).toBe("2024-10-28");
    expect(isoDate(weekdayDay(5, "this", wed))).toBe("2024-10-25");
  });

  it("counts previous-relative expressions from a base day", () => {
    expect(iso(previousSpan({ kind: "previous", unit: "day", offset: 3 }, wed))).toEqual([
      "2024-10-26",
      "2024-10-26",
      "day",
    ]);
    expect(iso(previousSpan({ kind: "previous", unit: "week", offset: 1 }, wed))).toEqual([
      "2024-10-28",
      "2024-11-03",
      "week",
    ]);
  });

  it("orders precisions and describes spans", () => {
    expect(granularity("day")).toBeLessThan(granularity("week"));
    expect(granularity("range")).toBe(4);
    expect(describeSpan(calendarSpan(2023, 8))).toBe("August 2023");
    expect(describeSpan(unitSpan(wed, "week"))).toBe("the week of 21 October 2024");
    expect(describeSpan({ start: wed, end: wed + 1, precision: "range" })).toBe(
      "23 October 2024 to 24 October 2024",
    );
  });
});
