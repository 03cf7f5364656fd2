import { describe, expect, it } from "vitest";
import { civilDate, dayNumber, dayOfYear, isoDay, yearlessGap } from "./days.ts";

describe("days", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(isoDay("1970-01-31")).toBe(30);
    expect(isoDay("1969-12-31")).toBe(-1);
  });

  it("knows leap years, including the century rules", () => {
    expect(isoDay("2024-03-01") - isoDay("2024-02-28")).toBe(2);
    expect(isoDay("1900-03-01") - isoDay("1900-02-28")).toBe(1);
    expect(isoDay("2000-03-01") - isoDay("2000-02-28")).toBe(2);
  });

  it("turns a day number back into its date", () => {
    for (const iso of ["2024-10-23", "2000-02-29", "1999-12-31", "2025-01-01", "1969-12-31"]) {
      const { year, month, day } = civilDate(isoDay(iso));
      const back = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      expect(back).toBe(iso);
    }
  });

  it("compares days of the year across the turn of the year", () => {
    expect(dayOfYear(1, 1)).toBe(0);
    expect(dayOfYear(12, 31)).toBe(364);
    expect(yearlessGap(dayOfYear(12, 30), dayOfYear(1, 2))).toBe(3);
    expect(yearlessGap(dayOfYear(7, 13), dayOfYear(9, 15))).toBe(64);
  });
});
