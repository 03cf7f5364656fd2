import { describe, expect, it } from "vitest";
import { distinctTitles } from "./distinct-titles.ts";

describe("distinctTitles: two events never share a title", () => {
  it("leaves titles that are already distinct alone", () => {
    expect(
      distinctTitles([
        { title: "Council closed pier", qualifiers: ["in Portvale", "(Monday)"] },
        { title: "Board reopened pier", qualifiers: ["in Portvale", "(Friday)"] },
      ]),
    ).toEqual(["Council closed pier", "Board reopened pier"]);
  });

  it("tells equal titles apart by place first", () => {
    expect(
      distinctTitles([
        { title: "Council closed pier", qualifiers: ["in Portvale", "(Monday)"] },
        { title: "Council closed pier", qualifiers: ["in Eastholm", "(Monday)"] },
      ]),
    ).toEqual(["Council closed pier in Portvale", "Council closed pier in Eastholm"]);
  });

  it("then by the date as the source words it, when the place does not tell them apart", () => {
    expect(
      distinctTitles([
        { title: "Board reported shipments", qualifiers: [null, "(since May)"] },
        { title: "Board reported shipments", qualifiers: [null, "(last week)"] },
      ]),
    ).toEqual(["Board reported shipments (since May)", "Board reported shipments (last week)"]);
  });

  it("numbers what nothing else tells apart, the first keeping its plain title", () => {
    const titles = distinctTitles([
      { title: "Council met", qualifiers: [] },
      { title: "Council met", qualifiers: [] },
      { title: "Council met", qualifiers: [] },
    ]);
    expect(titles).toEqual(["Council met", "Council met (2)", "Council met (3)"]);
    expect(new Set(titles).size).toBe(3);
  });
});
