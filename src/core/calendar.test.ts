import { describe, expect, it } from "vitest";
import {
  addMonths,
  civil,
  dayNumber,
  dayOfYear,
  daysInMonth,
  formatDay,
  formatMonthDay,
  isoDate,
  isValidMonthDay,
  mondayOf,
  monthEnd,
  parseIsoDate,
  weekdayOf,
  yearlessGap,
} from "./calendar.ts";

const d = (iso: string) => {
  const n = parseIsoDate(iso);
  if (n === null) throw new Error(iso);
  return n;
};

describe("calendar", () => {
  it("compares days of the year across the turn of the year", () => {
    expect(dayOfYear(1, 1)).toBe(0);
    expect(dayOfYear(12, 31)).toBe(364);
    expect(dayOfYear(2, 29)).toBe(dayOfYear(3, 1));
    expect(yearlessGap(dayOfYear(12, 30), dayOfYear(1, 2))).toBe(3);
    expect(yearlessGap(dayOfYear(7, 13), dayOfYear(9, 15))).toBe(64);
  });

  it("round-trips ISO dates through day numbers", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(isoDate(d("2024-10-23"))).toBe("2024-10-23");
    expect(civil(d("1999-12-31"))).toEqual({ year: 1999, month: 12, day: 31 });
    expect(isoDate(dayNumber(2024, 13, 1))).toBe("2025-01-01");
    expect(isoDate(dayNumber(2024, 0, 1))).toBe("2023-12-01");
    expect(isoDate(dayNumber(2024, 1, 32))).toBe("2024-02-01");
    expect(parseIsoDate("1970-01-02")).toBe(1);
    expect(parseIsoDate("1969-12-31")).toBe(-1);
  });

  it("knows leap years, including the century rules", () => {
    expect(d("2024-03-01") - d("2024-02-28")).toBe(2);
    expect(d("1900-03-01") - d("1900-02-28")).toBe(1);
    expect(d("2000-03-01") - d("2000-02-28")).toBe(2);
  });

  it("reads years before 100 as themselves, not as the 1900s", () => {
    expect(isoDate(d("0050-06-01"))).toBe("0050-06-01");
  });

  it("rejects dates that do not exist", () => {
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("23 October 2024")).toBeNull();
    expect(parseIsoDate("2024-02-30")).toBeNull();
    expect(parseIsoDate("2024-3-14")).toBeNull();
    expect(isValidMonthDay(2, 29)).toBe(true);
    expect(isValidMonthDay(2, 29, 2023)).toBe(false);
    expect(isValidMonthDay(4, 31)).toBe(false);
  });

  it("knows weekdays and Monday-started weeks", () => {
    expect(weekdayOf(d("2024-10-23"))).toBe(3); // a Wednesday
    expect(weekdayOf(d("1970-01-01"))).toBe(4);
    expect(weekdayOf(d("1969-12-28"))).toBe(0);
    expect(isoDate(mondayOf(d("2024-10-23")))).toBe("2024-10-21");
    expect(isoDate(mondayOf(d("2024-10-27")))).toBe("2024-10-21"); // Sunday ends the week
  });

  it("moves by months, clamping the day", () => {
    expect(isoDate(addMonths(d("2024-03-31"), -1))).toBe("2024-02-29");
    expect(isoDate(addMonths(d("2024-01-15"), -12))).toBe("2023-01-15");
    expect(isoDate(addMonths(d("2024-11-30"), 3))).toBe("2025-02-28");
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(isoDate(monthEnd(2023, 12))).toBe("2023-12-31");
  });

  it("writes dates the way the reasons read them", () => {
    expect(formatDay(d("2024-10-23"))).toBe("23 October 2024");
    expect(formatMonthDay(10, 23)).toBe("23 October");
    expect(formatMonthDay(8)).toBe("August");
  });
});
