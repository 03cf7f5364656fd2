import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  ALL,
  HOSTILE,
  HOSTILE_SOURCES,
  manyClaims,
  manySources,
  SOURCES,
  TROOPS,
  viewBoxHeight,
} from "../../tests/support/chart-fixtures.ts";
import { columnLayout, coverageMatrix, MAX_COLUMNS, MAX_ROWS } from "./coverage-matrix.ts";
import { chartSources } from "./sources.ts";

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

const MANY = [
  ...SOURCES,
  { id: "bbc", label: "BBC News" },
  { id: "nyt", label: "The New York Times" },
  { id: "yonhap", label: "Yonhap" },
];

describe("coverageMatrix", () => {
  const chart = coverageMatrix(ALL, SOURCES);
  const doc = parse(chart.svg);

  it("draws a cell per claim and source, with a distinct shape per state", () => {
    const rows = [...doc.querySelectorAll(".chart-row")];
    expect(rows).toHaveLength(ALL.length);
    for (const row of rows) expect(row.querySelectorAll(".chart-cell")).toHaveLength(3);
    const troops = [...(rows[0]?.querySelectorAll(".chart-cell") ?? [])].map((c) =>
      c.getAttribute("class"),
    );
    expect(troops).toEqual([
      "chart-cell chart-cell-differs",
      "chart-cell chart-cell-differs",
      "chart-cell chart-cell-absent",
    ]);
    expect(rows[0]?.querySelector(".chart-status-differs path")?.getAttribute("fill")).toBe("none");
    expect(rows[1]?.querySelector(".chart-status-reported circle")?.getAttribute("fill")).not.toBe(
      "none",
    );
    expect(rows[5]?.querySelectorAll(".chart-status-compatible")).toHaveLength(2);
  });

  it("writes the state next to each mark when columns are wide, and has a legend", () => {
    expect(doc.querySelector(".chart-row")?.textContent).toContain("differs");
    expect(doc.querySelector(".chart-row")?.textContent).toContain("not reported");
    const legend = doc.querySelector(".chart-legend")?.textContent ?? "";
    for (const word of ["reported", "differs", "compatible", "not reported"])
      expect(legend).toContain(word);
  });

  it("heads columns with full source names when they fit", () => {
    const heads = [...doc.querySelectorAll(".chart-column-head")].map((t) => t.textContent);
    expect(heads.join(" ")).toBe("Reuters Associated Press The Kyiv Independent");
    expect(doc.querySelector(".chart-key")).toBeNull();
  });

  it("switches to letters with a key when there are many sources", () => {
    const many = parse(coverageMatrix(ALL, MANY).svg);
    const heads = [...many.querySelectorAll(".chart-column-head")].map((t) => t.textContent);
    expect(heads).toEqual(["A", "B", "C", "D", "E", "F"]);
    const key = many.querySelector(".chart-key")?.textContent ?? "";
    for (const s of MANY) expect(key).toContain(s.label);
    // Narrow columns: shapes only (the legend and the table carry the words).
    expect(many.querySelector(".chart-row")?.textContent).not.toContain("differs");
  });

  it("uses letters when a name would have to be cut mid-word", () => {
    const long = [
      { id: "a", label: "Süddeutsche Zeitungsverlagsgesellschaft" },
      { id: "b", label: "B" },
    ];
    expect(columnLayout(chartSources(long, [])).letters).toBe(true);
    expect(columnLayout(chartSources(SOURCES, [])).letters).toBe(false);
  });

  it("keeps every listed source, even one that reports nothing", () => {
    expect(coverageMatrix([TROOPS], SOURCES).table.head).toEqual([
      "Claim",
      "Kind",
      "Reuters",
      "Associated Press",
      "The Kyiv Independent",
    ]);
  });

  it("returns a table with the state and value in words", () => {
    expect(chart.table.rows[0]).toEqual([
      "North Korean troops sent to Russia",
      "figure",
      "differs: about 2,500",
      "differs: about 3,000",
      "not reported",
    ]);
    expect(chart.table.rows[5]?.[2]).toBe("compatible: Kursk region");
  });

  it("names the disputes and single-source claims in the text alternative", () => {
    expect(chart.alt).toContain("How 3 sources cover 7 claims.");
    expect(chart.alt).toContain("Reuters reports 6 of 7");
    expect(chart.alt).toContain(
      "The sources differ on 3 claims: North Korean troops sent to Russia (Reuters and Associated Press)",
    );
    expect(chart.alt).toContain(
      "Reported by one source only: new soldiers recruited (The Kyiv Independent)",
    );
    expect(doc.querySelector("desc")?.textContent).toBe(chart.alt);
  });

  it("escapes markup from articles", () => {
    const evil = coverageMatrix([HOSTILE], HOSTILE_SOURCES);
    expect(evil.svg).not.toMatch(/<script|<img/i);
    expect(evil.svg).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    expect(evil.svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends");
    expect(parse(evil.svg).querySelectorAll("script")).toHaveLength(0);
  });

  it("is deterministic and copes with no claims", () => {
    expect(coverageMatrix(ALL, SOURCES)).toEqual(chart);
    expect(chart.svg).not.toMatch(/\d\.\d{3}/);
    expect(coverageMatrix([], SOURCES).alt).toBe("No claims to compare.");
  });
});

describe("coverageMatrix with hundreds of claims and sources", () => {
  it("draws the first rows and columns, says how many more, and keeps all in the table", () => {
    const sources = manySources(300);
    const claims = manyClaims(600, sources);
    const chart = coverageMatrix(claims, sources);
    const { document } = parseHTML(`<html><body>${chart.svg}</body></html>`);
    expect(document.querySelectorAll(".chart-row")).toHaveLength(MAX_ROWS);
    expect(chart.svg).toContain("and 540 more claims, listed in the table");
    expect(chart.svg).toContain(`and ${300 - MAX_COLUMNS} more sources, listed in the table`);
    expect(chart.alt).toContain(
      `The chart shows the first ${MAX_ROWS} of 600 claims and the first ${MAX_COLUMNS} of 300 sources; the table lists them all.`,
    );
    expect(chart.table.rows).toHaveLength(600);
    expect(chart.table.head).toHaveLength(302);
    // Small enough for a PNG at two pixels a unit (librsvg's limit is 32,767 px).
    expect(viewBoxHeight(chart.svg) * 2).toBeLessThan(32_767);
  });
});
