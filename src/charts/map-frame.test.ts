import { geoContains } from "d3";
import { describe, expect, it } from "vitest";
import { findCountry } from "./geo-world.ts";
import { countryAt, countryFrame, MIN_CONTEXT_DEG, mainPart, placeFrame } from "./map-frame.ts";

const DENVER: [number, number] = [-104.99, 39.74];
const ANCHORAGE: [number, number] = [-149.9, 61.2];
const LYON: [number, number] = [4.84, 45.76];
const CAYENNE: [number, number] = [-52.33, 4.92];

function country(code: string) {
  const c = findCountry(code);
  if (!c) throw new Error(`no ${code}`);
  return c;
}

describe("mainPart", () => {
  it("frames a country to its main body, not its far-off parts", () => {
    const us = mainPart(country("US").feature.geometry);
    expect(geoContains(us, DENVER)).toBe(true);
    expect(geoContains(us, ANCHORAGE)).toBe(false);
    const fr = mainPart(country("FR").feature.geometry);
    expect(geoContains(fr, LYON)).toBe(true);
    expect(geoContains(fr, CAYENNE)).toBe(false);
  });

  it("starts from the part a place is in", () => {
    const alaska = mainPart(country("US").feature.geometry, ANCHORAGE);
    expect(geoContains(alaska, ANCHORAGE)).toBe(true);
    expect(geoContains(alaska, DENVER)).toBe(false);
  });

  it("keeps parts close together, or large enough, in one body", () => {
    const italy = country("IT").feature.geometry;
    const parts = italy.type === "MultiPolygon" ? italy.coordinates.length : 1;
    expect(mainPart(italy).coordinates).toHaveLength(parts);
    const malaysia = mainPart(country("MY").feature.geometry);
    expect(geoContains(malaysia, [101.7, 3.1])).toBe(true);
    expect(geoContains(malaysia, [116.1, 5.9])).toBe(true);
  });
});

describe("countryFrame", () => {
  it("frames a country with at least some surroundings", () => {
    const lu = countryFrame("LU", [6.13, 49.61]);
    expect(lu.mode).toBe("country");
    expect(lu.radiusDeg).toBeGreaterThanOrEqual(MIN_CONTEXT_DEG - 0.01);
    expect(lu.country?.code).toBe("LU");
  });

  it("frames the place alone when the country has no shape", () => {
    const f = countryFrame("ZZ", [10, 10]);
    expect(f.mode).toBe("alone");
    expect(f.country).toBeUndefined();
  });
});

describe("placeFrame", () => {
  it("frames a city to its country, or a window round it in a very large one", () => {
    const lyon = placeFrame("FR", LYON);
    expect(lyon.mode).toBe("place");
    expect(lyon.outlying).toBe(false);
    const denver = placeFrame("US", DENVER);
    expect(denver.mode).toBe("zoomed");
    expect(denver.radiusDeg).toBeLessThan(25);
  });

  it("knows a place in an outlying part of its country", () => {
    expect(placeFrame("US", ANCHORAGE).outlying).toBe(true);
    expect(placeFrame("FR", CAYENNE).outlying).toBe(true);
  });

  it("finds the country by position when the code is unknown or wrong", () => {
    expect(countryAt("ZZ", LYON)?.code).toBe("FR");
    expect(countryAt("JP", LYON)?.code).toBe("FR");
    expect(countryAt(undefined, [-40, 40])).toBeUndefined();
    expect(placeFrame("ZZ", [-40, 40]).mode).toBe("alone");
  });
});
