import { describe, expect, it } from "vitest";
import type { DateValue } from "../../core/model.ts";
import { dateAgreement, within } from "./date-status.ts";

const v = (start: string, end = start, precision: DateValue["precision"] = "day"): DateValue => ({
  start,
  end,
  precision,
  inferred: false,
});

describe("dateAgreement", () => {
  it("agrees on the same day however it was written", () => {
    expect(dateAgreement(v("2024-10-23"), v("2024-10-23"))).toBe("agree");
  });

  it("is compatible when one date lies within the other", () => {
    expect(dateAgreement(v("2024-10-16"), v("2024-10-14", "2024-10-20", "week"))).toBe(
      "compatible",
    );
    expect(dateAgreement(v("2024-10-01", "2024-10-31", "month"), v("2024-10-23"))).toBe(
      "compatible",
    );
  });

  it("differs when no day is shared, even a day apart", () => {
    expect(dateAgreement(v("2024-10-23"), v("2024-10-22"))).toBe("differ");
    expect(dateAgreement(v("2024-10-21"), v("2024-10-14", "2024-10-20", "week"))).toBe("differ");
  });
});

describe("within", () => {
  it("is true only for a strictly smaller span inside another", () => {
    expect(within(v("2024-10-16"), v("2024-10-14", "2024-10-20", "week"))).toBe(true);
    expect(within(v("2024-10-16"), v("2024-10-16"))).toBe(false);
    expect(within(v("2024-10-14", "2024-10-20", "week"), v("2024-10-16"))).toBe(false);
  });
});
