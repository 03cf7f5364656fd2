import { describe, expect, it } from "vitest";
import type { FigureMention } from "../../core/model.ts";
import { figureTopic, figureValue, formatNumber } from "./figure-format.ts";

const figure = (fields: Partial<FigureMention>): FigureMention => ({
  type: "figure",
  kind: "count",
  text: "",
  start: 0,
  end: 0,
  sentence: 0,
  value: 0,
  qualifier: null,
  unit: "",
  noun: "",
  ...fields,
});

describe("formatNumber", () => {
  it("groups thousands and names round millions and billions", () => {
    expect(formatNumber(2500)).toBe("2,500");
    expect(formatNumber(600000)).toBe("600,000");
    expect(formatNumber(1200000)).toBe("1.2 million");
    expect(formatNumber(4.5e9)).toBe("4.5 billion");
    expect(formatNumber(6.8)).toBe("6.8");
    expect(formatNumber(1234567)).toBe("1,234,567");
  });
});

describe("figureValue", () => {
  it("shows qualifier, number, range, currency and rate", () => {
    expect(figureValue(figure({ value: 2500, qualifier: "about" }))).toBe("about 2,500");
    expect(figureValue(figure({ value: 25000, max: 30000, rate: "each month" }))).toBe(
      "25,000 to 30,000 each month",
    );
    expect(figureValue(figure({ kind: "money", value: 4.5e9, currency: "USD" }))).toBe(
      "$4.5 billion",
    );
    expect(figureValue(figure({ kind: "money", value: 1e9, currency: "CHF" }))).toBe(
      "1 billion CHF",
    );
    expect(figureValue(figure({ kind: "percent", value: 12 }))).toBe("12%");
  });
});

describe("figureTopic", () => {
  const label = (text: string, rank: number) => ({ label: { text, rank } });

  it("takes the fullest label any source's clause gives", () => {
    expect(figureTopic([label("troops", 2), label("troops sent", 3)])).toBe("troops sent");
    expect(figureTopic([label("amount", 0), label("fares rose", 2)])).toBe("fares rose");
  });

  it("among equal labels takes the one most sources give, then the first", () => {
    const group = [label("ferries sent", 3), label("boats sent", 3), label("boats sent", 3)];
    expect(figureTopic(group)).toBe("boats sent");
    expect(figureTopic([label("ferries sent", 3), label("boats sent", 3)])).toBe("ferries sent");
  });
});
