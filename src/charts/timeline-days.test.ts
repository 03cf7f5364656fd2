import { describe, expect, it } from "vitest";
import { dateOfDay, dayOf, dayOfDate, isoOfDay } from "./timeline-days.ts";

describe("day numbers", () => {
  it("counts days since 1970-01-01 and back", () => {
    expect(dayOf("1970-01-01")).toBe(0);
    expect(dayOf("1970-01-02")).toBe(1);
    expect(dayOf("2024-03-14")).toBe(19796);
    expect(isoOfDay(19796)).toBe("2024-03-14");
    expect(dateOfDay(19796).toISOString()).toBe("2024-03-14T00:00:00.000Z");
    expect(dayOfDate(dateOfDay(19796))).toBe(19796);
  });

  it("refuses dates that are not on the calendar", () => {
    expect(dayOf("2024-02-30")).toBeNull();
    expect(dayOf("2023-02-29")).toBeNull();
    expect(dayOf("2024-02-29")).not.toBeNull();
    expect(dayOf("14 March 2024")).toBeNull();
    expect(dayOf("2024-3-14")).toBeNull();
  });

  it("takes the start of the day for a fractional day number", () => {
    expect(isoOfDay(19796.5)).toBe("2024-03-14");
  });
});
