import { describe, expect, it } from "vitest";
import { normalizePublished, validDate } from "./published.ts";

describe("normalizePublished", () => {
  it("reads ISO dates and date-times as the calendar date written", () => {
    expect(normalizePublished("2024-10-23")).toBe("2024-10-23");
    expect(normalizePublished("2024-10-23T23:30:00-05:00")).toBe("2024-10-23");
  });

  it("reads written-out dates", () => {
    expect(normalizePublished("October 23, 2024")).toBe("2024-10-23");
    expect(normalizePublished("23 Oct 2024")).toBe("2024-10-23");
    expect(normalizePublished("Wed, 23 Oct 2024 10:00:00 GMT")).toBe("2024-10-23");
  });

  it("rejects impossible or unreadable dates", () => {
    expect(normalizePublished("2024-02-30")).toBeNull();
    expect(normalizePublished("yesterday")).toBeNull();
  });
});

describe("validDate", () => {
  it("knows leap years", () => {
    expect(validDate(2024, 2, 29)).toBe("2024-02-29");
    expect(validDate(2023, 2, 29)).toBeNull();
  });
});
