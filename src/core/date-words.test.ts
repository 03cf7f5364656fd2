import { describe, expect, it } from "vitest";
import { MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, UNITS, WEEKDAYS } from "./date-words.ts";

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
  });

  it("counts in words and knows units", () => {
    expect(NUMBER_WORDS.get("a")).toBe(1);
    expect(NUMBER_WORDS.get("twelve")).toBe(12);
    expect(UNITS.get("decades")).toEqual({ unit: "year", factor: 10, plural: true });
    expect(UNITS.get("week")).toEqual({ unit: "week", factor: 1, plural: false });
  });
});
