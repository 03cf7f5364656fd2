import { describe, expect, it } from "vitest";
import {
  besideMonth,
  isClockTime,
  isDateDuration,
  isYearLike,
  yearContextBefore,
} from "./figure-dates.ts";
import { parseDigits } from "./number-parse.ts";
import { tokenize } from "./number-tokens.ts";

function first(text: string) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "num");
  const expr = parseDigits(tokens, i, false);
  if (!expr) throw new Error(`no number in ${text}`);
  return { tokens, expr, i };
}

describe("besideMonth", () => {
  it("recognizes day numbers next to a month", () => {
    for (const t of ["on October 23 in Rome", "on Oct. 23", "on 23 October", "since August 2023"]) {
      const { tokens, expr } = first(t);
      expect(besideMonth(tokens, expr), t).toBe(true);
    }
  });

  it("does not take a lower-case 'may' or 'march' for a month", () => {
    const { tokens, expr } = first("troops may 300 march");
    expect(besideMonth(tokens, expr)).toBe(false);
  });
});

describe("isClockTime", () => {
  it("recognizes times of day", () => {
    for (const t of ["at 5 p.m.", "at 10am", "at 1500 GMT", "at 7 o'clock"]) {
      const { tokens, expr } = first(t);
      expect(isClockTime(tokens, expr), t).toBe(true);
    }
  });

  it("leaves counts alone", () => {
    const { tokens, expr } = first("5 people");
    expect(isClockTime(tokens, expr)).toBe(false);
  });
});

describe("isYearLike", () => {
  it("is true for bare four-digit numbers in the range of years", () => {
    expect(isYearLike(first("in 2024").expr)).toBe(true);
    expect(isYearLike(first("2,024 troops").expr)).toBe(false);
    expect(isYearLike(first("3000 troops").expr)).toBe(false);
    expect(isYearLike(first("300 troops").expr)).toBe(false);
  });
});

describe("yearContextBefore", () => {
  it("recognizes words that introduce a year", () => {
    for (const t of [
      "in 2024",
      "since 2023",
      "the 2024 elections",
      "fiscal 2025",
      "October 2024",
    ]) {
      const { tokens, i } = first(t);
      expect(yearContextBefore(tokens, i), t).toBe(true);
    }
    const { tokens, i } = first("sent 2000 troops");
    expect(yearContextBefore(tokens, i)).toBe(false);
  });
});

describe("isDateDuration", () => {
  /** Is the count starting at the word `from`, with head `head`, a date? */
  function duration(text: string, from: string, head: string): boolean {
    const tokens = tokenize(text);
    const start = tokens.findIndex((t) => t.lower === from);
    const number = tokens.findIndex(
      (t) => t.kind === "num" || t.lower === "two" || t.lower === "three",
    );
    return isDateDuration(
      tokens,
      start,
      number,
      tokens.findIndex((t) => t.lower === head),
    );
  }

  it("recognizes time counts that locate an event", () => {
    expect(duration("over the past two weeks", "two", "weeks")).toBe(true);
    expect(duration("released two years ago", "two", "years")).toBe(true);
    expect(duration("three days later", "three", "days")).toBe(true);
    expect(duration("in two years", "two", "years")).toBe(true);
  });

  it("recognizes a period introduced by 'over' or 'within', even as a qualifier", () => {
    expect(duration("a package over two years", "over", "years")).toBe(true);
    expect(duration("within 24 hours", "24", "hours")).toBe(true);
  });

  it("leaves measured durations and other nouns alone", () => {
    expect(duration("sentenced to 10 years in prison", "10", "years")).toBe(false);
    expect(duration("the past two nations", "two", "nations")).toBe(false);
  });
});
