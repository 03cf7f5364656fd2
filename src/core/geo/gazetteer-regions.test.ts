import { describe, expect, it } from "vitest";
import { type AdminCity, km, matchAdminRegions, type RegionCentre } from "./gazetteer-regions.ts";

/** A few cities around a point, in one GeoNames admin group. */
function group(admin: string, lat: number, lon: number, seat?: string): AdminCity[] {
  const cities: AdminCity[] = [];
  for (const [dLat, dLon] of [
    [0, 0],
    [0.3, 0.2],
    [-0.2, 0.3],
    [0.1, -0.3],
  ] as const) {
    cities.push({
      admin,
      name: "",
      lat: lat + dLat,
      lon: lon + dLon,
      population: 5000,
      seat: false,
    });
  }
  if (seat) cities.push({ admin, name: seat, lat, lon, population: 400_000, seat: true });
  return cities;
}
const region = (code: string, name: string, lat: number, lon: number): RegionCentre => ({
  code,
  name,
  lat,
  lon,
});

describe("matchAdminRegions", () => {
  it("matches identical letter codes when the region is where the cities are", () => {
    const cities = [...group("GA", 33, -83.5), ...group("TX", 31, -99)];
    const regions = [region("GA", "Georgia", 32.7, -83.4), region("TX", "Texas", 31.5, -99.3)];
    expect(matchAdminRegions(cities, regions)).toEqual(
      new Map([
        ["GA", "GA"],
        ["TX", "TX"],
      ]),
    );
  });

  it("does not trust a numeric code that merely coincides", () => {
    // GeoNames "15" is here; the region coded "15" is far away and another region is here.
    const cities = [...group("15", 43.5, 16.5), ...group("13", 45.8, 16)];
    const regions = [region("15", "Far County", 45.8, 16), region("17", "Near County", 43.4, 16.6)];
    const map = matchAdminRegions(cities, regions);
    expect(map.get("15")).not.toBe("15");
  });

  it("matches a region named after the group's seat, exact name before base name", () => {
    const cities = [...group("41", 51.7, 36.2, "Kursk"), ...group("48", 55.75, 37.6, "Moscow")];
    const regions = [
      region("KRS", "Kursk Oblast", 51.8, 36.1),
      region("MOS", "Moscow Oblast", 55.8, 37.5),
      region("MOW", "Moscow", 55.75, 37.6),
    ];
    const map = matchAdminRegions(cities, regions);
    expect(map.get("41")).toBe("KRS");
    expect(map.get("48")).toBe("MOW");
  });

  it("matches by where the cities are when names and codes differ", () => {
    const cities = [...group("73", 55.8, 49.1, "Kazan"), ...group("08", 54.7, 56)];
    const regions = [
      region("TA", "Republic of Tatarstan", 55.6, 49.5),
      region("BA", "Republic of Bashkortostan", 54.5, 56.2),
    ];
    const map = matchAdminRegions(cities, regions);
    expect(map.get("73")).toBe("TA");
    expect(map.get("08")).toBe("BA");
  });

  it("leaves a group unmatched when no region is near", () => {
    const cities = [...group("01", 10, 10), ...group("02", 20, 20)];
    const regions = [region("A", "Alpha", 10.1, 10.1), region("B", "Beta", 40, 40)];
    const map = matchAdminRegions(cities, regions);
    expect(map.get("01")).toBe("A");
    expect(map.has("02")).toBe(false);
  });

  it("skips countries whose region list is at another level", () => {
    const cities = [...group("07", 41.9, 12.5, "Rome")];
    const regions = ["RM", "LT", "FR", "RI", "VT"].map((c, i) =>
      region(c, `Province of ${c}`, 41.5 + i * 0.1, 12.5),
    );
    expect(matchAdminRegions(cities, regions).size).toBe(0);
  });

  it("does not give a group a same-named region at a finer level", () => {
    // One group spanning several provinces: the seat's namesake province is not its region.
    const cities = [
      ...group("55", 41.65, -4.72, "Valladolid"),
      ...group("55", 42.6, -5.6),
      ...group("55", 40.97, -5.66),
      ...group("51", 37.4, -6),
      ...group("52", 41.6, -0.9, "Zaragoza"),
      ...group("60", 39.5, -0.4, "Valencia"),
    ];
    const regions = [
      region("VA", "Valladolid Province", 41.65, -4.72),
      region("LE", "Léon", 42.6, -5.6),
      region("SA", "Salamanca Province", 40.97, -5.66),
      region("AN", "Andalusia", 37.5, -4.7),
      region("AR", "Aragon", 41.6, -0.9),
      region("V", "Valencia", 39.5, -0.8),
    ];
    const map = matchAdminRegions(cities, regions);
    expect(map.has("55")).toBe(false);
    expect(map.get("51")).toBe("AN");
    expect(map.get("60")).toBe("V");
  });

  it("returns nothing for empty input", () => {
    expect(matchAdminRegions([], [region("A", "Alpha", 0, 0)]).size).toBe(0);
    expect(matchAdminRegions(group("01", 0, 0), []).size).toBe(0);
  });
});

describe("km", () => {
  it("measures great-circle distance, across the antimeridian too", () => {
    expect(km({ lat: 41.9, lon: 12.5 }, { lat: 48.86, lon: 2.35 })).toBeCloseTo(1106, -1);
    expect(km({ lat: 65, lon: 179.5 }, { lat: 65, lon: -179.5 })).toBeLessThan(50);
  });
});
