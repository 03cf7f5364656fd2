import { geoEquirectangular, geoPath } from "d3";
import type { LineString, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { mapPath, pathPoints, simplify } from "./map-path.ts";

// One degree = 10 units, north up, 0°,0° at 0,0: easy numbers to check.
const projection = () =>
  geoEquirectangular()
    .scale((10 * 180) / Math.PI)
    .translate([0, 0]);

function square(x0: number, y0: number, size: number): Polygon {
  // Clockwise on the map (d3's winding for an exterior ring).
  return {
    type: "Polygon",
    coordinates: [
      [
        [x0, y0],
        [x0, y0 + size],
        [x0 + size, y0 + size],
        [x0 + size, y0],
        [x0, y0],
      ],
    ],
  };
}

describe("mapPath", () => {
  it("writes a closed ring with relative moves that lead back to the projected corners", () => {
    const d = mapPath(square(1, -2, 3), projection());
    expect(d).toMatch(/^M[^Ml]+l[^M]+z$/);
    const pts = pathPoints(d);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    expect(Math.min(...xs)).toBeCloseTo(10, 1);
    expect(Math.max(...xs)).toBeCloseTo(40, 1);
    expect(Math.min(...ys)).toBeCloseTo(-10, 1);
    expect(Math.max(...ys)).toBeCloseTo(20, 1);
  });

  it("is much shorter than d3's own path for a detailed line, and stays within a unit of it", () => {
    const coordinates: [number, number][] = [];
    for (let i = 0; i <= 400; i++) coordinates.push([i / 20, Math.sin(i / 40) * 2]);
    const line: LineString = { type: "LineString", coordinates };
    const p = projection();
    const ours = mapPath(line, p);
    const theirs = geoPath(p)(line) ?? "";
    expect(ours.length).toBeLessThan(theirs.length / 4);
    for (const [x, y] of pathPoints(ours)) {
      const lon = x / 10;
      expect(Math.abs(-y / 10 - Math.sin(lon * 0.5) * 2)).toBeLessThan(0.1);
    }
  });

  it("drops specks and what the clip extent leaves out", () => {
    expect(mapPath(square(0, 0, 0.01), projection())).toBe("");
    const clipped = projection().clipExtent([
      [0, 0],
      [50, 50],
    ]);
    expect(mapPath(square(10, 10, 2), clipped)).toBe("");
    const inside = pathPoints(mapPath(square(-1, -4, 3), clipped));
    expect(inside.length).toBeGreaterThan(2);
    for (const [x, y] of inside) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
    }
  });

  it("keeps the ends of an open line", () => {
    const line: LineString = {
      type: "LineString",
      coordinates: [
        [0, 0],
        [1, 0],
        [1.01, 0],
        [2, 0],
      ],
    };
    const pts = pathPoints(mapPath(line, projection()));
    expect(pts[0]).toEqual([0, 0]);
    expect(pts[pts.length - 1]).toEqual([20, 0]);
  });

  it("writes compact numbers the SVG grammar reads back", () => {
    const d = mapPath(square(0.05, 0.05, 1), projection());
    expect(d).not.toMatch(/\d\s+-/);
    expect(d).not.toMatch(/(^|[^\d])0\.\d/);
  });
});

describe("simplify", () => {
  it("drops points on a straight run and keeps corners", () => {
    const pts: [number, number][] = [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [3, 3],
    ];
    expect(simplify(pts, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
  });
});
