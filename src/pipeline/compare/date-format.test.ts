import { describe, expect, it } from "vitest";
import type { DateValue } from "../model.ts";
import { formatDateValue, formatDay } from "./date-format.ts";

const v = (start: string, end: string, precision: DateValue["precision"], open = false) => ({
  start,
  end,
  precision,
  inferred: false,
  ...(open ? { open } : {}),
});

describe("formatDay", () => {
  it("writes an ISO day out in words", () => {
    expect(formatDay("2024-10-23")).toBe("23 October 2024");
    expect(formatDay("2025-03-01")).toBe("1 March 2025");
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatDay("2024-13")).toBe("2024-13");
  });
});

describe("formatDateValue", () => {
  it("writes each precision as a reader says it", () => {
    expect(formatDateValue(v("2024-10-23", "2024-10-23", "day"))).toBe("23 October 2024");
    expect(formatDateValue(v("2024-10-14", "2024-10-20", "week"))).toBe(
      "the week of 14 October 2024",
    );
    expect(formatDateValue(v("2024-10-01", "2024-10-31", "month"))).toBe("October 2024");
    expect(formatDateValue(v("2024-01-01", "2024-12-31", "year"))).toBe("2024");
    expect(formatDateValue(v("2024-10-09", "2024-10-23", "range"))).toBe(
      "9 October 2024 to 23 October 2024",
    );
    expect(formatDateValue(v("2023-08-01", "2024-10-23", "range", true))).toBe(
      "since 1 August 2023",
    );
  });
});
