import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  ALL,
  CASUALTIES,
  FIGURES,
  HOSTILE,
  HOSTILE_SOURCES,
  manyClaims,
  manySources,
  RECRUITS,
  SHELLS,
  SOURCES,
  TROOPS,
  viewBoxHeight,
} from "../../tests/support/chart-fixtures.ts";
import { figuresBySource, MAX_ROWS } from "./figures-by-source.ts";

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

describe("figuresBySource", () => {
  const chart = figuresBySource(FIGURES, SOURCES);
  const doc = parse(chart.svg);

  it("is one accessible SVG whose description is the text alternative", () => {
    const svg = doc.querySelector("svg");
    expect(doc.querySelectorAll("svg")).toHaveLength(1);
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("width")).toBe("100%");
    expect(svg?.getAttribute("viewBox")).toMatch(/^0 0 360 \d+$/);
    expect(doc.querySelector("title")?.textContent).toBe("Figures by source");
    expect(doc.querySelector("desc")?.textContent).toBe(chart.alt);
  });

  it("draws a row per figure claim, in order, and ignores other kinds", () => {
    const rows = [...doc.querySelectorAll(".chart-row")].map((r) => r.getAttribute("data-claim"));
    expect(rows).toEqual(FIGURES.map((c) => c.id));
    expect(parse(figuresBySource(ALL, SOURCES).svg).querySelectorAll(".chart-row")).toHaveLength(4);
  });

  it("has a legend naming each source beside its shape, and the qualifier symbols used", () => {
    const legend = doc.querySelector(".chart-legend");
    for (const s of SOURCES) expect(legend?.textContent).toContain(s.label);
    expect(legend?.querySelectorAll(".chart-mark")).toHaveLength(3);
    expect(legend?.textContent).toContain("about");
    expect(legend?.textContent).toContain("a range");
    expect(legend?.textContent).toContain("or more");
    expect(legend?.textContent).toContain("or less");
  });

  it("says which rows differ, with the values, in the text alternative", () => {
    expect(chart.alt).toContain("The sources differ on 2 figures");
    expect(chart.alt).toContain(
      "Reuters says about 2,500 troops; Associated Press says about 3,000 troops",
    );
    expect(chart.alt).toContain("25,000 to 30,000 new soldiers each month");
    expect(chart.alt).toContain("Russian casualties: the sources agree");
  });

  it("returns a table with a row per figure and a column per source", () => {
    expect(chart.table.head).toEqual([
      "Figure",
      "Status",
      "Reuters",
      "Associated Press",
      "The Kyiv Independent",
    ]);
    expect(chart.table.rows[0]).toEqual([
      "North Korean troops sent to Russia",
      "differs",
      "about 2,500 troops",
      "about 3,000 troops",
      "not reported",
    ]);
    expect(chart.table.rows).toHaveLength(4);
  });

  it("leaves out sources that give no figure", () => {
    const only = figuresBySource([TROOPS, CASUALTIES], SOURCES);
    expect(only.table.head).not.toContain("The Kyiv Independent");
    expect(parse(only.svg).querySelector(".chart-legend")?.textContent).not.toContain("Kyiv");
  });

  it("is deterministic, with coordinates of at most two decimals", () => {
    expect(figuresBySource(FIGURES, SOURCES)).toEqual(chart);
    expect(chart.svg).not.toMatch(/\d\.\d{3}/);
    expect(figuresBySource([SHELLS], SOURCES).svg).not.toBe(
      figuresBySource([RECRUITS], SOURCES).svg,
    );
  });

  it("escapes markup and ampersands from articles everywhere", () => {
    const evil = figuresBySource([HOSTILE], HOSTILE_SOURCES);
    expect(evil.svg).not.toMatch(/<script|<img|<b>/i);
    expect(evil.svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends");
    expect(evil.svg).toContain("Plain &amp; Simple");
    expect(evil.svg).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    const d = parse(evil.svg);
    expect(d.querySelectorAll("script, img, b")).toHaveLength(0);
    expect(d.querySelector(".chart-topic")?.textContent).toContain("<script>alert(1)</script>");
    expect(evil.alt).toContain('<script>alert("x")</script> & Sons says about 5');
  });

  it("says so when there is nothing to draw", () => {
    const empty = figuresBySource([], SOURCES);
    expect(empty.alt).toBe("No figures to compare.");
    expect(empty.table.rows).toEqual([]);
    expect(parse(empty.svg).querySelector("svg")?.getAttribute("role")).toBe("img");
  });

  it("takes an id prefix for the title and description", () => {
    const withId = parse(figuresBySource(FIGURES, SOURCES, { id: "fig-1" }).svg);
    expect(withId.getElementById("fig-1-title")).not.toBeNull();
    expect(withId.querySelector("svg")?.getAttribute("aria-describedby")).toBe("fig-1-desc");
  });
});

describe("figuresBySource with hundreds of figures", () => {
  it("draws the first rows, says how many more, and keeps all in the table", () => {
    const sources = manySources(3);
    const chart = figuresBySource(manyClaims(600, sources), sources);
    expect(chart.svg).toContain(`and ${600 - MAX_ROWS} more figures, listed in the table`);
    expect(chart.alt).toContain(`the first ${MAX_ROWS} of 600 figures`);
    expect(chart.table.rows).toHaveLength(600);
    expect(viewBoxHeight(chart.svg) * 2).toBeLessThan(32_767);
  });
});
