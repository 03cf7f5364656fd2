import { describe, expect, it } from "vitest";
import { describeDateSpan, formatDate, plural } from "./format.ts";

describe("formatDate", () => {
  it("writes day, month and year without depending on locale or time zone", () => {
    expect(formatDate("2024-10-03")).toBe("3 October 2024");
    expect(formatDate("2024-10")).toBe("October 2024");
    expect(formatDate("2024")).toBe("2024");
  });
});

describe("plural", () => {
  it("chooses the form by count", () => {
    expect(plural(1, "source")).toBe("1 source");
    expect(plural(2, "story", "stories")).toBe("2 stories");
    expect(plural(12000, "word")).toBe("12,000 words");
  });
});

describe("describeDateSpan", () => {
  const v = (
    start: string,
    end: string,
    precision: "day" | "week" | "month" | "year" | "range",
    open = false,
  ) => ({
    start,
    end,
    precision,
    ...(open ? { open } : {}),
  });
  it("writes each precision as a reader says it", () => {
    expect(describeDateSpan(v("2024-10-23", "2024-10-23", "day"))).toBe("23 October 2024");
    expect(describeDateSpan(v("2024-10-14", "2024-10-20", "week"))).toBe(
      "the week of 14 October 2024",
    );
    expect(describeDateSpan(v("2024-10-01", "2024-10-31", "month"))).toBe("October 2024");
    expect(describeDateSpan(v("2024-01-01", "2024-12-31", "year"))).toBe("2024");
    expect(describeDateSpan(v("2024-10-09", "2024-10-23", "range"))).toBe(
      "9 October 2024 to 23 October 2024",
    );
    expect(describeDateSpan(v("2023-08-14", "2024-10-23", "range", true))).toBe(
      "since 14 August 2023",
    );
  });
  it("never words an open range's start more precisely than a source likely gave it", () => {
    expect(describeDateSpan(v("2023-08-01", "2024-10-23", "range", true))).toBe(
      "since August 2023",
    );
    expect(describeDateSpan(v("2023-01-01", "2024-10-23", "range", true))).toBe("since 2023");
  });
  it("returns what it cannot read unchanged", () => {
    expect(formatDate("2024-13")).toBe("2024-13");
  });
});
