import { describe, expect, it } from "vitest";
import type { DateValue } from "../../core/model.ts";
import { eventDate } from "./event-date.ts";

const day = (iso: string, more: Partial<DateValue> = {}): DateValue => ({
  start: iso,
  end: iso,
  precision: "day",
  inferred: false,
  ...more,
});

describe("eventDate", () => {
  it("keeps one date when the sources agree", () => {
    expect(eventDate([day("2024-03-14"), day("2024-03-14")])).toEqual({
      start: "2024-03-14",
      end: "2024-03-14",
      precision: "day",
      inferred: false,
      reasons: [],
      open: false,
      conflict: false,
    });
  });

  it("spans conflicting dates as a range and marks the conflict", () => {
    const d = eventDate([day("2024-03-23"), day("2024-03-21")]);
    expect(d).toMatchObject({
      start: "2024-03-21",
      end: "2024-03-23",
      precision: "range",
      conflict: true,
    });
  });

  it("takes the day, not a conflict, when another source gives only the week it lies in", () => {
    const week: DateValue = {
      start: "2024-03-11",
      end: "2024-03-17",
      precision: "week",
      inferred: true,
    };
    expect(eventDate([week, day("2024-03-14")])).toMatchObject({
      start: "2024-03-14",
      end: "2024-03-14",
      conflict: false,
      precision: "day",
    });
  });

  it("marks the day inferred when only the inferred report gives it", () => {
    const month: DateValue = {
      start: "2024-03-01",
      end: "2024-03-31",
      precision: "month",
      inferred: false,
    };
    const thursday = day("2024-03-14", {
      inferred: true,
      reason: "“Thursday” read against the published date",
    });
    expect(eventDate([month, thursday])).toMatchObject({
      start: "2024-03-14",
      precision: "day",
      inferred: true,
      reasons: ["“Thursday” read against the published date"],
    });
  });

  it("keeps two “since” ranges with different starts as a conflict, not one closed range", () => {
    const since = (start: string): DateValue => ({
      start,
      end: "2024-03-18",
      precision: "range",
      inferred: false,
      open: true,
    });
    expect(eventDate([since("2024-01-01"), since("2024-03-01")])).toMatchObject({
      start: "2024-01-01",
      conflict: true,
      open: true,
    });
  });

  it("marks a conflict when a day lies outside the week another source gives", () => {
    const week: DateValue = {
      start: "2024-03-11",
      end: "2024-03-17",
      precision: "week",
      inferred: true,
    };
    expect(eventDate([day("2024-03-19"), week])).toMatchObject({
      start: "2024-03-11",
      end: "2024-03-19",
      conflict: true,
      precision: "range",
    });
  });

  it("is inferred only when every report's date is, with the distinct reasons", () => {
    const a = day("2024-03-14", { inferred: true, reason: "year not given" });
    const b = day("2024-03-14", { inferred: true, reason: "counted from the publication date" });
    const c = day("2024-03-14", { inferred: true, reason: "year not given" });
    expect(eventDate([a, b, c])).toMatchObject({
      inferred: true,
      reasons: ["year not given", "counted from the publication date"],
    });
    expect(eventDate([a, day("2024-03-14")])).toMatchObject({ inferred: false, reasons: [] });
  });

  it("keeps an open “since” range open, and two from one start agree", () => {
    const since = (anchor: string): DateValue => ({
      start: "2023-08-01",
      end: anchor,
      precision: "range",
      inferred: false,
      open: true,
    });
    expect(eventDate([since("2024-03-14")])).toMatchObject({ open: true, conflict: false });
    expect(eventDate([since("2024-03-14"), since("2024-03-16")])).toMatchObject({
      start: "2023-08-01",
      end: "2024-03-16",
      open: true,
      conflict: false,
      precision: "range",
    });
  });

  it("gives the plainest precision when reports give the same days", () => {
    const month: DateValue = {
      start: "2024-03-01",
      end: "2024-03-31",
      precision: "month",
      inferred: false,
    };
    const range: DateValue = { ...month, precision: "range" };
    expect(eventDate([range, month]).precision).toBe("month");
    expect(eventDate([month]).precision).toBe("month");
  });
});
