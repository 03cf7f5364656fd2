import { geoCircle } from "d3";
import type { Polygon } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadWorld } from "./geo-world.ts";
import { baseMap, countriesInView, pointMark, RING_R } from "./map-layers.ts";
import { pathPoints } from "./map-path.ts";
import { localView, worldView } from "./map-view.ts";

function parse(markup: string) {
  return parseHTML(`<!doctype html><html><body><svg>${markup}</svg></body></html>`).document;
}

const world = loadWorld("110m");
const france = world.byCode.get("FR");
const view = localView(geoCircle().center([2.5, 46.5]).radius(6)() as Polygon, {
  width: 360,
  minHeight: 200,
  maxHeight: 300,
  margin: 10,
});

describe("countriesInView", () => {
  it("keeps the countries near the view and leaves out the far ones", () => {
    const codes = countriesInView(world, view).map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["FR", "ES", "DE"]));
    expect(codes).not.toContain("JP");
    expect(countriesInView(world, worldView(360))).toHaveLength(world.countries.length);
  });
});

describe("baseMap", () => {
  if (!france) throw new Error("no France");
  const doc = parse(
    baseMap(world, view, { fills: [{ countries: [france], cls: "map-subject", outline: true }] }),
  );

  it("draws land, the filled country outlined, borders and a frame, hidden from screen readers", () => {
    expect(doc.querySelector(".map-base")?.getAttribute("aria-hidden")).toBe("true");
    expect(doc.querySelector(".map-land")).not.toBeNull();
    const subject = doc.querySelector(".map-subject");
    expect(subject?.getAttribute("class")).toContain("map-outlined");
    expect(subject?.getAttribute("stroke")).toBe("currentColor");
    expect(doc.querySelector(".map-border")).not.toBeNull();
    expect(doc.querySelector(".map-frame")).not.toBeNull();
  });

  it("draws nothing outside the viewBox", () => {
    for (const path of doc.querySelectorAll("path")) {
      for (const [x, y] of pathPoints(path.getAttribute("d") ?? "")) {
        expect(x).toBeGreaterThanOrEqual(-0.1);
        expect(x).toBeLessThanOrEqual(view.width + 0.1);
        expect(y).toBeGreaterThanOrEqual(-0.1);
        expect(y).toBeLessThanOrEqual(view.height + 0.1);
      }
    }
  });

  it("leaves a fill out when its countries are out of view", () => {
    const japan = world.byCode.get("JP");
    if (!japan) throw new Error("no Japan");
    const other = parse(baseMap(world, view, { fills: [{ countries: [japan], cls: "map-x" }] }));
    expect(other.querySelector(".map-x")).toBeNull();
  });
});

describe("pointMark", () => {
  it("is a dot in a ring on a halo", () => {
    const doc = parse(pointMark(10, 20));
    expect(doc.querySelector(".map-ring")?.getAttribute("r")).toBe(String(RING_R));
    expect(doc.querySelector(".map-dot")?.getAttribute("cx")).toBe("10");
    expect(doc.querySelector(".map-halo")).not.toBeNull();
  });
});
