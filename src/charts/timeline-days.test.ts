import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../core/calendar.ts";
import { dateOfDay, dayOfDate } from "./timeline-days.ts";

describe("day numbers as Dates", () => {
  it("gives the UTC midnight that starts a day, and back", () => {
    const day = parseIsoDate("2024-03-14") ?? Number.NaN;
    expect(dateOfDay(day).toISOString()).toBe("2024-03-14T00:00:00.000Z");
    expect(dayOfDate(dateOfDay(day))).toBe(day);
  });

  it("takes the start of the day for a fractional day number", () => {
    const day = parseIsoDate("2024-03-14") ?? Number.NaN;
    expect(dateOfDay(day + 0.5).toISOString()).toBe("2024-03-14T00:00:00.000Z");
  });
});
