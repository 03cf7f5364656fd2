import { describe, expect, it } from "vitest";
import { countryName, placeCountries } from "./countries.ts";

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
