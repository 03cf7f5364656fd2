import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { sourceStyle } from "./palette.ts";
import {
  ARROW,
  BAR,
  barEnds,
  breakSlashes,
  eventMark,
  type MarkSpec,
  MIN_BAR,
  markClass,
  markExtent,
  POINT_R,
  RING,
} from "./timeline-marks.ts";

function parse(markup: string) {
  return parseHTML(`<!doctype html><html><body><svg>${markup}</svg></body></html>`).document;
}

const base: MarkSpec = {
  kind: "bar",
  a0: 100,
  a1: 200,
  c: 50,
  multi: false,
  inferred: false,
  breaks: [],
  reports: [],
};

describe("eventMark", () => {
  it("draws a day as a circle and a span as a bar along the axis", () => {
    const point = parse(eventMark({ ...base, kind: "point", a1: 100 }, "horizontal"));
    expect(point.querySelector("circle")?.getAttribute("cx")).toBe("100");
    expect(point.querySelector("rect")).toBeNull();
    const across = parse(eventMark(base, "horizontal")).querySelector("rect");
    expect([across?.getAttribute("x"), across?.getAttribute("width")]).toEqual(["100", "100"]);
    expect(across?.getAttribute("height")).toBe(String(BAR));
    const down = parse(eventMark(base, "vertical")).querySelector("rect");
    expect([down?.getAttribute("y"), down?.getAttribute("height")]).toEqual(["100", "100"]);
    expect(down?.getAttribute("width")).toBe(String(BAR));
  });

  it("ends an open range in an arrowhead past its last day", () => {
    const open = parse(eventMark({ ...base, kind: "open" }, "horizontal"));
    const arrow = open.querySelector(".timeline-arrow")?.getAttribute("d") ?? "";
    expect(arrow).toContain(`L ${200 + ARROW} 50`);
    expect(parse(eventMark(base, "horizontal")).querySelector(".timeline-arrow")).toBeNull();
  });

  it("fills marks of several sources and leaves one source's hollow", () => {
    const filled = parse(eventMark({ ...base, multi: true }, "horizontal"));
    expect(filled.querySelector(".timeline-fill")?.getAttribute("fill")).toBe("currentColor");
    const hollow = parse(eventMark(base, "horizontal"));
    expect(hollow.querySelector(".timeline-fill")?.getAttribute("fill")).toBe("none");
  });

  it("rings an inferred date with a dashed outline", () => {
    const ring = parse(
      eventMark({ ...base, kind: "point", inferred: true }, "horizontal"),
    ).querySelector(".timeline-ring");
    expect(ring?.getAttribute("r")).toBe(String(POINT_R + RING));
    expect(ring?.getAttribute("stroke-dasharray")).toBe("3 2");
    expect(parse(eventMark(base, "horizontal")).querySelector(".timeline-ring")).toBeNull();
  });

  it("cuts a bar where it crosses a break and marks the cut", () => {
    const doc = parse(eventMark({ ...base, breaks: [150, 400] }, "horizontal"));
    expect(doc.querySelectorAll("rect.timeline-fill")).toHaveLength(2);
    expect(doc.querySelectorAll(".timeline-break")).toHaveLength(1);
  });

  it("puts each source's own date on a conflict's bar, in the source's shape", () => {
    const doc = parse(
      eventMark(
        {
          ...base,
          reports: [
            { a0: 110, a1: 110, style: sourceStyle(0) },
            { a0: 170, a1: 190, style: sourceStyle(1) },
          ],
        },
        "horizontal",
      ),
    );
    const marks = [...doc.querySelectorAll(".chart-mark")];
    expect(marks.map((m) => m.getAttribute("class"))).toEqual([
      "chart-mark chart-shape-circle",
      "chart-mark chart-shape-square",
    ]);
    expect(marks[1]?.getAttribute("transform")).toBe("translate(180,50)");
    // A source's date that is itself a span is drawn along the bar too.
    expect(doc.querySelectorAll(".timeline-report-span")).toHaveLength(1);
  });
});

describe("mark geometry", () => {
  it("stretches a bar too short to see to MIN_BAR about its middle", () => {
    expect(barEnds(100, 102)).toEqual([101 - MIN_BAR / 2, 101 + MIN_BAR / 2]);
    expect(barEnds(100, 200)).toEqual([100, 200]);
  });

  it("reaches as far as its ring and arrowhead", () => {
    expect(markExtent({ kind: "point", a0: 10, a1: 10, inferred: false })).toEqual({
      lo: 10 - POINT_R,
      hi: 10 + POINT_R,
      half: POINT_R,
    });
    const open = markExtent({ kind: "open", a0: 10, a1: 50, inferred: true });
    expect(open.hi).toBe(50 + ARROW + RING + 1);
    expect(open.lo).toBe(10 - RING - 1);
  });

  it("names what it shows in its classes", () => {
    expect(markClass({ ...base, multi: true, inferred: true })).toBe(
      "timeline-mark timeline-mark-bar timeline-multi timeline-inferred",
    );
  });

  it("draws a break as two slashes across the line", () => {
    const d = parse(breakSlashes(100, 20, 6, "horizontal"))
      .querySelector("path")
      ?.getAttribute("d");
    expect(d?.match(/M/g)).toHaveLength(2);
  });
});
