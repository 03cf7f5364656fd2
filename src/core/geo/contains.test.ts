import { describe, expect, it } from "vitest";
import { contains } from "./contains.ts";
import { lookupPlaces, type Place, placeById } from "./gazetteer.ts";

const byId = (id: string) => placeById(id) as Place;

describe("contains", () => {
  const rome = lookupPlaces("Rome")[0] as Place;
  const kursk = lookupPlaces("Kursk")[0] as Place;

  it("follows parents from city to region, country and continent", () => {
    expect(contains(byId("country:IT"), rome)).toBe(true);
    expect(contains(byId("continent:europe"), rome)).toBe(true);
    expect(contains(byId("continent:europe"), byId("country:IT"))).toBe(true);
    expect(contains(byId("country:RU"), byId("region:RU-KRS"))).toBe(true);
    expect(contains(byId("region:RU-KRS"), kursk)).toBe(true);
    expect(kursk.parent).toBe("region:RU-KRS");
  });

  it("is false across borders and upwards", () => {
    expect(contains(byId("country:DE"), rome)).toBe(false);
    expect(contains(byId("continent:asia"), rome)).toBe(false);
    expect(contains(rome, byId("country:IT"))).toBe(false);
    expect(contains(byId("region:RU-KRS"), lookupPlaces("Moscow")[0] as Place)).toBe(false);
  });

  it("counts a place as containing itself", () => {
    expect(contains(rome, rome)).toBe(true);
    expect(contains(byId("country:RU"), byId("country:RU"))).toBe(true);
  });
});
