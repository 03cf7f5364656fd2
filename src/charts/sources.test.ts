import { describe, expect, it } from "vitest";
import { RECRUITS, SOURCES, TROOPS } from "../../tests/support/chart-fixtures.ts";
import { chartSources, letterFor } from "./sources.ts";

describe("letterFor", () => {
  it("counts like spreadsheet columns", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(letterFor)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
    ]);
  });
});

describe("chartSources", () => {
  it("keeps the story's order and labels, with letters", () => {
    const s = chartSources(SOURCES, [TROOPS]);
    expect(s.map((x) => [x.label, x.letter])).toEqual([
      ["Reuters", "A"],
      ["Associated Press", "B"],
      ["The Kyiv Independent", "C"],
    ]);
  });

  it("can leave out sources no claim cites, keeping each source's style", () => {
    const all = chartSources(SOURCES, [RECRUITS]);
    const cited = chartSources(SOURCES, [RECRUITS], true);
    expect(cited.map((s) => s.id)).toEqual(["kyiv"]);
    expect(cited[0]?.style).toEqual(all[2]?.style);
  });

  it("adds a source a claim cites but the list forgot, labelled by its id", () => {
    const bbc = { source: "bbc", value: "2,000", text: "2,000", start: 0, end: 5, sentence: 0 };
    const s = chartSources(SOURCES, [{ ...TROOPS, values: [...TROOPS.values, bbc] }]);
    expect(s.at(-1)).toMatchObject({ id: "bbc", label: "bbc", letter: "D" });
    expect(s.at(-1)?.style.index).toBe(3);
  });

  it("drops duplicates", () => {
    expect(chartSources([...SOURCES, SOURCES[0] ?? { id: "", label: "" }], [])).toHaveLength(3);
  });
});
