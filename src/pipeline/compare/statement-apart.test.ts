import { describe, expect, it } from "vitest";
import type { DateValue } from "../../core/model.ts";
import { otherDays, tellsOtherOccasion } from "./statement-apart.ts";

const day = (start: string, inferred = false): DateValue => ({
  start,
  end: start,
  precision: "day",
  inferred,
});
const week: DateValue = {
  start: "2031-05-15",
  end: "2031-05-21",
  precision: "week",
  inferred: true,
};

describe("otherDays", () => {
  it("keeps apart two sentences that state different days, whatever else overlaps", () => {
    expect(otherDays([day("2031-05-12"), week], [day("2031-05-18")])).toBe(true);
  });

  it("lets sentences with a day in common, or without days stated outright, go on", () => {
    expect(otherDays([day("2031-05-12"), day("2031-05-18")], [day("2031-05-18")])).toBe(false);
    expect(otherDays([day("2031-05-12", true)], [day("2031-05-18")])).toBe(false);
    expect(otherDays([week], [day("2031-05-18")])).toBe(false);
    expect(otherDays([], [day("2031-05-18")])).toBe(false);
  });
});

describe("tellsOtherOccasion", () => {
  it("hears a later or separate occurrence", () => {
    expect(tellsOtherOccasion("It was followed by a smaller quake two miles east of Varno.")).toBe(
      true,
    );
    expect(tellsOtherOccasion("In a separate attack, three people were killed.")).toBe(true);
    expect(tellsOtherOccasion("Aftershocks rattled the town on Monday.")).toBe(true);
  });

  it("does not take an added count or a baseline for another occasion", () => {
    expect(tellsOtherOccasion("Another 20,000 people marched in the north.")).toBe(false);
    expect(tellsOtherOccasion("Graphics are 60 percent faster than the previous model.")).toBe(
      false,
    );
  });
});
