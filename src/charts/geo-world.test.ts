import { describe, expect, it } from "vitest";
import {
  CONTINENTS,
  capOf,
  countryFacts,
  findCountry,
  hasCoordinates,
  loadWorld,
} from "./geo-world.ts";

describe("loadWorld", () => {
  const world = loadWorld("110m");

  it("joins the atlas's numeric ids to alpha-2 codes, names and continents", () => {
    const france = world.byCode.get("FR");
    expect(france?.name).toBe("France");
    expect(france?.continent).toBe("Europe");
    expect(world.byCode.get("BR")?.continent).toBe("South America");
    expect(world.byCode.get("MX")?.continent).toBe("North America");
    // Nearly every atlas shape gets a code; only unnumbered disputed areas may lack one.
    const coded = world.countries.filter((c) => c.code !== undefined).length;
    expect(coded).toBeGreaterThan(world.countries.length - 4);
  });

  it("matches a shape the atlas leaves unnumbered by its name", () => {
    expect(world.byCode.get("XK")?.name).toBe("Kosovo");
  });

  it("loads once and keeps the world", () => {
    expect(loadWorld("110m")).toBe(world);
    expect(loadWorld("50m")).not.toBe(world);
    expect(loadWorld("50m").countries.length).toBeGreaterThan(world.countries.length);
  });

  it("finds neighbours by shared borders, sorted by name", () => {
    const france = world.byCode.get("FR");
    if (!france) throw new Error("no France");
    const names = world.neighbours(france).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Belgium", "Germany", "Spain"]));
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain("Japan");
  });

  it("draws each border once and leaves out the borders of an outlined country", () => {
    const fr = world.byCode.get("FR");
    const es = world.byCode.get("ES");
    if (!fr || !es) throw new Error("missing countries");
    expect(world.borders([fr, es]).coordinates.length).toBeGreaterThan(0);
    expect(world.borders([fr, es], [fr]).coordinates).toEqual([]);
    // Coasts are not borders: one country alone has none.
    expect(world.borders([es]).coordinates).toEqual([]);
  });

  it("merges countries into one shape", () => {
    const fr = world.byCode.get("FR");
    const es = world.byCode.get("ES");
    if (!fr || !es) throw new Error("missing countries");
    expect(world.union([fr, es]).type).toBe("MultiPolygon");
    expect(world.union([]).coordinates).toEqual([]);
  });
});

describe("findCountry and countryFacts", () => {
  it("falls back to 50m for a country too small for 110m", () => {
    expect(loadWorld("110m").byCode.get("MC")).toBeUndefined();
    expect(findCountry("mc")?.name).toBe("Monaco");
  });

  it("knows countries' names even when no map draws them, and not unknown codes", () => {
    expect(countryFacts("gi")?.name).toBe("Gibraltar");
    expect(countryFacts("ZZ")).toBeUndefined();
    expect(countryFacts(undefined)).toBeUndefined();
    expect(findCountry("ZZ")).toBeUndefined();
  });
});

describe("CONTINENTS and capOf", () => {
  it("lists the seven continents", () => {
    expect(CONTINENTS).toHaveLength(7);
  });

  it("holds every vertex of a shape in its cap", () => {
    const cap = capOf({
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
      ],
    });
    expect(cap.center[0]).toBeCloseTo(5, 0);
    expect(cap.radius).toBeGreaterThan((5 * Math.PI) / 180);
    expect(cap.radius).toBeLessThan((10 * Math.PI) / 180);
  });
});

describe("hasCoordinates", () => {
  it("accepts points on the globe only", () => {
    expect(hasCoordinates({ lat: 45.76, lon: 4.84 })).toBe(true);
    expect(hasCoordinates({ lat: Number.NaN, lon: 0 })).toBe(false);
    expect(hasCoordinates({ lat: 0, lon: 181 })).toBe(false);
    expect(hasCoordinates({ lat: -91, lon: 0 })).toBe(false);
  });
});
