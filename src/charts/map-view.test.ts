import { geoCircle, geoPath } from "d3";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import {
  capsMeet,
  localView,
  middleLongitude,
  regionView,
  visibleCap,
  worldView,
} from "./map-view.ts";

const size = { width: 360, minHeight: 200, maxHeight: 300, margin: 20 };
const circle = (lon: number, lat: number, r: number) =>
  geoCircle().center([lon, lat]).radius(r)() as Polygon;

describe("localView", () => {
  it("fits the frame inside the viewBox with its margin, the height following its shape", () => {
    const frame = circle(4.8, 45.8, 5);
    const view = localView(frame, size);
    expect(view.width).toBe(360);
    expect(view.height).toBeGreaterThanOrEqual(200);
    expect(view.height).toBeLessThanOrEqual(300);
    const [[x0, y0], [x1, y1]] = geoPath(view.unclipped).bounds(frame);
    expect(x0).toBeGreaterThanOrEqual(19.5);
    expect(x1).toBeLessThanOrEqual(340.5);
    expect(y0).toBeGreaterThanOrEqual(19.5);
    expect(y1).toBeLessThanOrEqual(view.height - 19.5);
    const centre = view.projection([4.8, 45.8]);
    expect(centre?.[0]).toBeCloseTo(180, 0);
  });

  it("gives a tall frame a taller map, within the bounds", () => {
    const wide = localView(
      {
        type: "MultiPoint",
        coordinates: [
          [0, 0],
          [30, 1],
        ],
      },
      size,
    );
    const tall = localView(
      {
        type: "MultiPoint",
        coordinates: [
          [0, 0],
          [1, 40],
        ],
      },
      size,
    );
    expect(wide.height).toBe(200);
    expect(tall.height).toBe(300);
  });

  it("clips what is drawn, while the unclipped twin still places far points", () => {
    const view = localView(circle(4.8, 45.8, 3), size);
    const far: [number, number] = [40, 45];
    expect(view.unclipped(far)?.[0]).toBeGreaterThan(360);
    expect(geoPath(view.projection)(circle(40, 45, 1))).toBeNull();
  });
});

describe("worldView and regionView", () => {
  it("shows the whole world one phone wide, without Antarctica unless asked", () => {
    // The widest parallel, the equator, fits: nothing is cut at the sides.
    const east = worldView(360).unclipped([179.9, 0]);
    const west = worldView(360).unclipped([-179.9, 0]);
    expect(east?.[0]).toBeLessThanOrEqual(360);
    expect(west?.[0]).toBeGreaterThanOrEqual(0);
    const view = worldView(360);
    expect(view.height).toBeGreaterThan(150);
    expect(view.height).toBeLessThan(180);
    const south = view.unclipped([0, -75]);
    expect(south?.[1]).toBeGreaterThan(view.height);
    const withIt = worldView(360, { antarctica: true });
    expect(withIt.height).toBeGreaterThan(view.height);
  });

  it("centres a region view on its frame, also across the antimeridian", () => {
    const view = regionView(circle(179, -17, 6), size);
    const p = view.projection([179, -17]);
    expect(p?.[0]).toBeCloseTo(180, 0);
  });
});

describe("middleLongitude", () => {
  it("takes the middle, across the antimeridian when the box wraps", () => {
    expect(
      middleLongitude([
        [0, 0],
        [20, 0],
      ]),
    ).toBe(10);
    expect(
      Math.abs(
        middleLongitude([
          [170, 0],
          [-170, 0],
        ]),
      ),
    ).toBe(180);
    expect(
      middleLongitude([
        [160, 0],
        [-140, 0],
      ]),
    ).toBe(-170);
  });
});

describe("visibleCap and capsMeet", () => {
  it("holds the view, so only shapes near it are kept", () => {
    const view = localView(circle(4.8, 45.8, 4), size);
    const cap = visibleCap(view);
    expect(cap.radius).toBeGreaterThan((4 * Math.PI) / 180);
    expect(cap.radius).toBeLessThan((12 * Math.PI) / 180);
    expect(capsMeet(cap, { center: [2, 46], radius: 0.01 })).toBe(true);
    expect(capsMeet(cap, { center: [139, 35], radius: 0.1 })).toBe(false);
  });
});
