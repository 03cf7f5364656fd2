import { describe, expect, it } from "vitest";
import { forceLabel, markBox, overlaps, placeLabel, textBox, within } from "./map-labels.ts";

const bounds = { x0: 0, y0: 0, x1: 360, y1: 240 };
const o = { size: 14 };

describe("textBox", () => {
  it("follows the anchor and covers the text's height", () => {
    const start = textBox(100, 50, "Lyon", 14, "start");
    const end = textBox(100, 50, "Lyon", 14, "end");
    const middle = textBox(100, 50, "Lyon", 14, "middle");
    expect(start.x0).toBeLessThan(100);
    expect(start.x1).toBeGreaterThan(120);
    expect(end.x1).toBeGreaterThan(100);
    expect(end.x0).toBeLessThan(80);
    expect((middle.x0 + middle.x1) / 2).toBeCloseTo(100, 5);
    expect(start.y0).toBeLessThan(50 - 10);
    expect(start.y1).toBeGreaterThan(50);
  });
});

describe("placeLabel", () => {
  it("puts the label right of the mark when there is room", () => {
    const l = placeLabel("Lyon", { x: 100, y: 100, r: 5 }, bounds, [], o);
    expect(l?.anchor).toBe("start");
    expect(l?.x).toBeGreaterThan(105);
  });

  it("moves it when an obstacle or the edge is in the way, and never overlaps the obstacle", () => {
    const obstacle = { x0: 100, y0: 80, x1: 200, y1: 120 };
    const l = placeLabel("Lyon", { x: 100, y: 100, r: 5 }, bounds, [obstacle], o);
    expect(l).not.toBeNull();
    if (l) expect(overlaps(l.box, obstacle)).toBe(false);
    const edge = placeLabel("Lyon", { x: 355, y: 100, r: 3 }, bounds, [], o);
    expect(edge?.anchor).toBe("end");
    if (edge) expect(within(edge.box, bounds)).toBe(true);
  });

  it("gives up when nowhere is free", () => {
    const everywhere = { x0: -1000, y0: -1000, x1: 1000, y1: 1000 };
    expect(placeLabel("Lyon", { x: 100, y: 100, r: 5 }, bounds, [everywhere], o)).toBeNull();
  });
});

describe("forceLabel", () => {
  it("shortens a name too long for the map, and keeps it inside", () => {
    const long = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const l = forceLabel(long, { x: 180, y: 120, r: 8 }, bounds, [], o);
    expect(l.text.endsWith("…")).toBe(true);
    expect(within(l.box, bounds)).toBe(true);
  });

  it("stays inside even on a map too small for any position beside the mark", () => {
    const tiny = { x0: 0, y0: 0, x1: 30, y1: 30 };
    const l = forceLabel("Lyon", { x: 15, y: 15, r: 14 }, tiny, [], o);
    expect(l.box.x0).toBeGreaterThanOrEqual(0);
    expect(l.box.y1).toBeLessThanOrEqual(30);
  });
});

describe("markBox", () => {
  it("is the square round a circle, padded", () => {
    expect(markBox({ x: 10, y: 20, r: 5 }, 1)).toEqual({ x0: 4, y0: 14, x1: 16, y1: 26 });
  });
});
