import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  CASUALTIES,
  RECRUITS,
  SHELLS,
  SOURCES,
  TROOPS,
} from "../../tests/support/chart-fixtures.ts";
import { AXIS_X0, AXIS_X1, chevron, figureRow, fitName, lanesOf, rowUnit } from "./figure-row.ts";
import { chartSources } from "./sources.ts";
import { textWidth } from "./text-width.ts";

const sources = chartSources(SOURCES, [TROOPS, CASUALTIES, RECRUITS, SHELLS]);

/** Estimated width of a <text>, tspan by tspan, with each one's size and weight. */
function measure(t: Element): number {
  const spans = [...t.querySelectorAll("tspan")];
  const parts = spans.length > 0 ? spans : [t];
  const size = (e: Element) =>
    Number(e.getAttribute("font-size") ?? t.getAttribute("font-size") ?? 14);
  const weight = (e: Element) =>
    (e.getAttribute("font-weight") ?? t.getAttribute("font-weight")) === "700" ? "bold" : "normal";
  return parts.reduce((sum, e) => sum + textWidth(e.textContent ?? "", size(e), weight(e)), 0);
}

function row(claim: typeof TROOPS) {
  const { markup, height } = figureRow(claim, sources, 0);
  const { document } = parseHTML(`<!doctype html><html><body><svg>${markup}</svg></body></html>`);
  return { document, height, markup };
}

describe("figureRow", () => {
  it("draws one lane per source that gives a number, each with its own shape", () => {
    const { document } = row(TROOPS);
    const lanes = [...document.querySelectorAll(".chart-lane")];
    expect(lanes.map((l) => l.getAttribute("data-source"))).toEqual(["reuters", "ap"]);
    const shapes = lanes.map((l) => l.querySelector(".chart-mark")?.getAttribute("class"));
    expect(new Set(shapes).size).toBe(2);
    expect(lanes[0]?.textContent).toContain("Reuters");
  });

  it("writes the qualifier next to the mark: ≈ for about, a chevron and the word for over", () => {
    expect(row(TROOPS).document.querySelector(".chart-value")?.textContent).toContain("≈ 2,500");
    const over = row(CASUALTIES).document;
    expect(over.querySelector(".chart-value")?.textContent).toContain("over 600,000");
    const lane = over.querySelector(".chart-lane");
    const mark = lane?.querySelector(".chart-mark")?.getAttribute("transform") ?? "";
    const markX = Number(/translate\(([\d.]+)/.exec(mark)?.[1]);
    const chev = lane?.querySelector(".chart-chevron")?.getAttribute("d") ?? "";
    const xs = [...chev.matchAll(/[ML] ([\d.]+)/g)].map((m) => Number(m[1]));
    // The chevron is to the right of the mark and points right (its tip is its rightmost point).
    expect(Math.min(...xs)).toBeGreaterThan(markX);
    expect(xs[1]).toBeGreaterThan(xs[0] ?? 0);
  });

  it("draws a range as a bar between its two ends", () => {
    const { document } = row(RECRUITS);
    const bar = document.querySelector("rect.chart-range");
    expect(bar).not.toBeNull();
    const x = Number(bar?.getAttribute("x"));
    const w = Number(bar?.getAttribute("width"));
    expect(w).toBeGreaterThan(20);
    const ends = [...document.querySelectorAll(".chart-lane .chart-mark")].map((m) =>
      Number(/translate\(([\d.]+)/.exec(m.getAttribute("transform") ?? "")?.[1]),
    );
    expect(ends).toEqual([x, Math.round((x + w) * 100) / 100]);
    expect(document.querySelector(".chart-value")?.textContent).toContain("25,000 to 30,000");
  });

  it("uses a linear axis from zero for close numbers and a log axis across magnitudes", () => {
    const linear = row(TROOPS).document;
    expect(linear.querySelector(".chart-axis-linear")).not.toBeNull();
    expect(linear.querySelector(".chart-axis text")?.textContent).toBe("0");
    const log = row(SHELLS).document;
    expect(log.querySelector(".chart-axis-log")).not.toBeNull();
    expect(log.body.textContent).toContain("log scale");
  });

  it("makes a disputed row stand out: bold topic, the word and a background", () => {
    const differ = row(TROOPS).document;
    const topic = differ.querySelector(".chart-topic");
    expect(topic?.getAttribute("font-weight")).toBe("700");
    expect(differ.querySelector(".chart-status-word")?.textContent).toBe("differs");
    expect(differ.querySelector(".chart-differ-bg")).not.toBeNull();
    expect(differ.querySelector(".chart-status-differs")).not.toBeNull();
    const agree = row(CASUALTIES).document;
    expect(agree.querySelector(".chart-topic")?.getAttribute("font-weight")).toBeNull();
    expect(agree.querySelector(".chart-differ-bg")).toBeNull();
    expect(agree.querySelector(".chart-status-word")?.textContent).toBe("agree");
  });

  it("keeps every label inside the chart's width", () => {
    for (const claim of [TROOPS, CASUALTIES, RECRUITS, SHELLS]) {
      for (const t of row(claim).document.querySelectorAll("text")) {
        const x = Number(t.getAttribute("x"));
        const w = measure(t);
        const anchor = t.getAttribute("text-anchor");
        const [left, right] =
          anchor === "end" ? [x - w, x] : anchor === "middle" ? [x - w / 2, x + w / 2] : [x, x + w];
        expect(left).toBeGreaterThanOrEqual(-0.01);
        expect(right).toBeLessThanOrEqual(360.01);
      }
    }
  });

  it("says what is counted", () => {
    const recruits = { ...RECRUITS, topic: "recruitment" };
    expect(rowUnit(recruits, null)).toBe("new soldiers · each month");
    // A unit the title already says is not said again under it.
    expect(rowUnit(RECRUITS, null)).toBe("each month");
    expect(rowUnit(TROOPS, null)).toBe("");
    expect(rowUnit({ ...TROOPS, topic: "Forces sent" }, null)).toBe("troops");
    expect(lanesOf(SHELLS, sources).map((l) => l.figure.label)).toEqual([
      "over 1,000,000",
      "up to 8,000",
    ]);
  });

  it("reports its height, at least a header, one lane and an axis", () => {
    expect(row(RECRUITS).height).toBeGreaterThan(60);
  });
});

describe("fitName and chevron", () => {
  it("shortens a source name to the room there is, or gives up", () => {
    expect(fitName("Reuters", 200)).toBe("Reuters");
    expect(fitName("The Kyiv Independent", 100)).toMatch(/…$/);
    expect(fitName("The Kyiv Independent", 10)).toBeNull();
  });

  it("points left for upper bounds", () => {
    const d = chevron(10, 0, "left");
    const xs = [...d.matchAll(/[ML] ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(xs[1]).toBeLessThan(xs[0] ?? 0);
    expect(AXIS_X0).toBeGreaterThan(9);
    expect(AXIS_X1).toBeLessThan(360 - 9);
  });
});
