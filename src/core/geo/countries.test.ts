import { describe, expect, it } from "vitest";
import {
  continentOf,
  countryByCode,
  countryName,
  placeCountries,
  requirePackageData,
  worldCountries,
} from "./countries.ts";

describe("countryName", () => {
  it("names a country from its two-letter code, in any case", () => {
    expect(countryName("FR")).toBe("France");
    expect(countryName("jp")).toBe("Japan");
  });
  it("gives nothing for a missing or unknown code", () => {
    expect(countryName(undefined)).toBeUndefined();
    expect(countryName("ZZ")).toBeUndefined();
  });
});

describe("placeCountries", () => {
  it("lists the countries of place names once each, ignoring people and unknown codes", () => {
    const names = [
      { type: "place", geo: { country: "FR" } },
      { type: "person" },
      { type: "place", geo: { country: "FR" } },
      { type: "place", geo: { country: "DE" } },
      { type: "place", geo: {} },
      { type: "organization", geo: { country: "JP" } },
    ];
    expect(placeCountries(names)).toEqual(["France", "Germany"]);
  });
});

describe("continentOf", () => {
  it("splits the Americas at Panama", () => {
    expect(continentOf({ region: "Americas", subregion: "South America" })).toBe("South America");
    expect(continentOf({ region: "Americas", subregion: "Caribbean" })).toBe("North America");
    expect(continentOf({ region: "Antarctic", subregion: "" })).toBe("Antarctica");
    expect(continentOf({ region: "", subregion: "" })).toBeUndefined();
  });
});

describe("worldCountries", () => {
  it("loads the package once, for every caller", () => {
    expect(worldCountries()).toBe(worldCountries());
    expect(worldCountries().length).toBeGreaterThan(200);
    expect(countryByCode("fr")).toBe(worldCountries().find((c) => c.cca2 === "FR"));
  });
});

describe("requirePackageData", () => {
  it("loads an installed data package and throws for one that is not", () => {
    expect(requirePackageData("world-countries")).toBe(worldCountries());
    expect(() => requirePackageData("no-such-package-here")).toThrow();
  });
});
