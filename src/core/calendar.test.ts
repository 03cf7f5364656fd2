import { describe, expect, it } from "vitest";
import {
  addMonths,
  civil,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonthDay,
  isoDate,
  isValidMonthDay,
  mondayOf,
  monthEnd,
  parseIsoDate,
  weekdayOf,
} from "./calendar.ts";

const d = (iso: string) => {
  const n = parseIsoDate(iso);
  if (n === null) throw new Error(iso);
  return n;
};

describe("calendar", () => {
  it("round-trips ISO dates through day numbers", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(isoDate(d("2024-10-23"))).toBe("2024-10-23");
    expect(civil(d("1999-12-31"))).toEqual({ year: 1999, month: 12, day: 31 });
    expect(isoDate(dayNumber(2024, 13, 1))).toBe("2025-01-01");
  });

  it("rejects dates that do not exist", () => {
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("23 October 2024")).toBeNull();
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
