import { describe, expect, it } from "vitest";
import type { FigureMention } from "../../core/model.ts";
import type { FigureContext } from "./figure-context.ts";
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
const context = (events: string[] = []): FigureContext => ({
  keys: new Set(),
  events: new Set(events),
  period: null,
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
  it("names what is counted and what happened to it", () => {
    const troops = {
      figure: figure({ unit: "troops", noun: "troop" }),
      context: context(["send"]),
    };
    const involved = { figure: figure({ unit: "troops", noun: "troop" }), context: context() };
    expect(figureTopic([troops, involved])).toBe("troops sent");
  });

  it("calls killed-or-wounded counts casualties", () => {
    const f = {
      figure: figure({ unit: "Russian soldiers", noun: "soldier" }),
      context: context(["casualty"]),
    };
    expect(figureTopic([f])).toBe("casualties");
  });

  it("drops leading names and 'new' from the unit", () => {
    const f = {
      figure: figure({ unit: "North Korean soldiers", noun: "soldier" }),
      context: context(["train"]),
    };
    expect(figureTopic([f])).toBe("soldiers trained");
    const g = {
      figure: figure({ unit: "new soldiers", noun: "soldier" }),
      context: context(["recruit"]),
    };
    expect(figureTopic([g])).toBe("soldiers recruited");
  });

  it("uses the fullest unit, and does not repeat an event the unit names", () => {
    const a = { figure: figure({ kind: "percent", unit: "" }), context: context(["reduce"]) };
    const b = {
      figure: figure({ kind: "percent", unit: "tariff cut", noun: "cut" }),
      context: context(["reduce"]),
    };
    expect(figureTopic([a, b])).toBe("tariff cut");
    expect(figureTopic([a])).toBe("share cut");
  });

  it("prefers a unit of a known kind over a misread one", () => {
    const a = {
      figure: figure({ unit: "earthquake", noun: "earthquake" }),
      context: context(["kill"]),
    };
    const b = { figure: figure({ unit: "people", noun: "person" }), context: context(["kill"]) };
    expect(figureTopic([a, b])).toBe("people killed");
  });

  it("prefers the event every source names", () => {
    const a = { figure: figure({ unit: "soldiers", noun: "soldier" }), context: context(["send"]) };
    const b = {
      figure: figure({ unit: "troops", noun: "troop" }),
      context: context(["send", "rescue"]),
    };
    expect(figureTopic([a, b])).toBe("soldiers sent");
  });
});
