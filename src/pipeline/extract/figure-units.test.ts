import { describe, expect, it } from "vitest";
import {
  GENERIC_QUANTITY_NOUNS,
  LABEL_NOUNS,
  NOMINAL_ADJECTIVES,
  RATE_NOUNS,
  RATE_WORDS,
  TIME_UNITS,
  UNIT_ABBREVIATIONS,
} from "./figure-units.ts";

describe("figure word lists", () => {
  it("list units that can be counted without looking plural", () => {
    expect(UNIT_ABBREVIATIONS.has("km")).toBe(true);
    expect(UNIT_ABBREVIATIONS.has("m")).toBe(false); // metres or million: too ambiguous
  });

  it("list singular time units for rates and durations", () => {
    expect(["day", "week", "month", "year"].every((w) => TIME_UNITS.has(w))).toBe(true);
    expect(TIME_UNITS.has("days")).toBe(false);
  });

  it("list rate words and price units", () => {
    expect(RATE_WORDS.has("annually")).toBe(true);
    expect(RATE_NOUNS.has("barrel")).toBe(true);
  });

  it("list adjectives that stand for people, labels and bare quantity words", () => {
    expect(NOMINAL_ADJECTIVES.has("wounded")).toBe(true);
    expect(LABEL_NOUNS.has("page")).toBe(true);
    expect(GENERIC_QUANTITY_NOUNS.has("total")).toBe(true);
    expect(GENERIC_QUANTITY_NOUNS.has("casualties")).toBe(false);
  });
});
