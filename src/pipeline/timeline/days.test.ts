import { describe, expect, it } from "vitest";
import type { DateValue } from "../../core/model.ts";
import { datesClose, isPlaceable, sameSpan } from "./days.ts";

const day = (iso: string): DateValue => ({
  start: iso,
  end: iso,
  precision: "day",
  inferred: false,
});
const span = (start: string, end: string, more: Partial<DateValue> = {}): DateValue => ({
  start,
  end,
  precision: "range",
  inferred: false,
  ...more,
});

describe("isPlaceable", () => {
  it("places only values with real days, start not after end", () => {
    expect(isPlaceable(day("2024-03-14"))).toBe(true);
    expect(isPlaceable(null)).toBe(false);
    expect(isPlaceable(span("2024-03-14", "2024-03-01"))).toBe(false);
    expect(isPlaceable(span("2024-13-01", "2024-13-02"))).toBe(false);
  });
});

describe("datesClose", () => {
  it("lets two days about a week apart be one event, not further", () => {
    expect(datesClose(day("2024-03-21"), day("2024-03-23"))).toBe(true);
    expect(datesClose(day("2024-03-14"), day("2024-03-21"))).toBe(true);
    expect(datesClose(day("2024-03-14"), day("2024-03-22"))).toBe(false);
  });

  it("asks coarser dates to overlap", () => {
    const march = span("2024-03-01", "2024-03-31", { precision: "month" });
    expect(datesClose(march, day("2024-03-14"))).toBe(true);
    expect(datesClose(march, day("2024-04-02"))).toBe(false);
  });

  it("matches an open range only with another open range", () => {
    const since = span("2023-08-01", "2024-03-14", { open: true });
    expect(datesClose(since, day("2024-03-01"))).toBe(false);
    expect(datesClose(since, span("2023-08-01", "2024-03-20", { open: true }))).toBe(true);
  });

  it("knows the same days", () => {
    expect(sameSpan(day("2024-03-14"), day("2024-03-14"))).toBe(true);
    expect(sameSpan(day("2024-03-14"), day("2024-03-15"))).toBe(false);
  });
});
