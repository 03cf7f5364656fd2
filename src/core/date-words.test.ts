import { describe, expect, it } from "vitest";
import {
  isCapitalizedMonth,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTHS,
  NUMBER_WORDS,
  UNITS,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from "./date-words.ts";

describe("date words", () => {
  it("names all twelve months, each abbreviation meaning its full name's month", () => {
    expect(new Set(MONTHS.values()).size).toBe(12);
    for (const abbr of MONTH_ABBREVIATIONS) {
      const full = [...MONTHS.keys()].find((k) => k.startsWith(abbr.slice(0, 3)) && k.length > 4);
      if (full) expect(MONTHS.get(abbr)).toBe(MONTHS.get(full));
    }
    expect(MONTHS.get("sept")).toBe(9);
    expect(MONTH_ABBREVIATIONS.has("may")).toBe(false);
  });

  it("numbers weekdays from Sunday = 0", () => {
    expect(WEEKDAYS.get("sunday")).toBe(0);
    expect(WEEKDAYS.get("wednesday")).toBe(3);
    expect(WEEKDAYS.size).toBe(7);
    expect(WEEKDAY_NAMES[WEEKDAYS.get("friday") ?? -1]).toBe("Friday");
  });

  it("reads every month name in the text form and writes it in the reader's", () => {
    expect(MONTH_NAMES[(MONTHS.get("oct") ?? 0) - 1]).toBe("October");
    expect(MONTH_NAMES[(MONTHS.get("may") ?? 0) - 1]).toBe("May");
  });

  it("tells a month written with a capital from a lower-case homograph", () => {
    expect(isCapitalizedMonth("October")).toBe(true);
    expect(isCapitalizedMonth("Sept")).toBe(true);
    expect(isCapitalizedMonth("may")).toBe(false);
    expect(isCapitalizedMonth("MARCH")).toBe(false);
  });

  it("counts in words and knows units", () => {
    expect(NUMBER_WORDS.get("a")).toBe(1);
    expect(NUMBER_WORDS.get("twelve")).toBe(12);
    expect(UNITS.get("decades")).toEqual({ unit: "year", factor: 10, plural: true });
    expect(UNITS.get("week")).toEqual({ unit: "week", factor: 1, plural: false });
  });
});
