import type { IState } from "country-state-city";
import { describe, expect, it } from "vitest";
import type { Country } from "world-countries";
import { CONTINENTS } from "./countries.ts";
import {
  buildCountryTier,
  continentId,
  countryId,
  countryNames,
  loadCountryTier,
  regionId,
} from "./gazetteer-countries.ts";
import { placeKey } from "./place-names.ts";

/** A world-countries record with only what the tier reads. */
function country(fields: {
  cca2: string;
  common: string;
  official?: string;
  alt?: string[];
  demonym?: string;
  region?: string;
  subregion?: string;
  independent?: boolean;
  unMember?: boolean;
  area?: number;
  latlng?: [number, number];
}): Country {
  return {
    cca2: fields.cca2,
    name: { common: fields.common, official: fields.official ?? fields.common, native: {} },
    altSpellings: fields.alt ?? [fields.cca2],
    demonyms: fields.demonym ? { eng: { m: fields.demonym, f: fields.demonym } } : {},
    region: fields.region ?? "Europe",
    subregion: fields.subregion ?? "",
    independent: fields.independent ?? true,
    unMember: fields.unMember ?? true,
    area: fields.area ?? 1000,
    latlng: fields.latlng ?? [0, 0],
  } as unknown as Country;
}
const state = (countryCode: string, isoCode: string, name: string, lat?: string): IState => ({
  countryCode,
  isoCode,
  name,
  latitude: lat ?? "10",
  longitude: lat === undefined ? "20" : null,
});

describe("buildCountryTier", () => {
  const tier = buildCountryTier(
    [
      country({
        cca2: "US",
        common: "United States",
        official: "United States of America",
        alt: ["US", "USA", "United States of America"],
        demonym: "American",
        region: "Americas",
        subregion: "North America",
        area: 9e6,
      }),
      country({
        cca2: "MP",
        common: "Northern Mariana Islands",
        demonym: "American",
        region: "Oceania",
        independent: false,
        unMember: false,
        area: 464,
      }),
      country({
        cca2: "BR",
        common: "Brazil",
        demonym: "Brazilian",
        region: "Americas",
        subregion: "South America",
      }),
      country({
        cca2: "NL",
        common: "Netherlands",
        official: "Kingdom of the Netherlands",
        alt: ["NL", "Holland", "The Netherlands"],
        demonym: "Dutch",
      }),
      country({
        cca2: "KR",
        common: "South Korea",
        official: "Republic of Korea",
        alt: ["KR", "Korea, Republic of", "남한"],
        demonym: "South Korean",
        region: "Asia",
      }),
    ],
    [
      state("US", "GA", "Georgia"),
      state("US", "XX", "Nowhere", "not a number"),
      state("RU", "KRS", "Kursk Oblast"),
    ],
  );
  const ids = (name: string) => tier.names.get(placeKey(name)) ?? [];

  it("has the seven continents", () => {
    for (const c of CONTINENTS) {
      expect(tier.places.get(continentId(c))?.kind, c).toBe("continent");
    }
  });

  it("places each country in its continent, splitting the Americas", () => {
    expect(tier.places.get("country:US")?.parent).toBe("continent:north-america");
    expect(tier.places.get("country:BR")?.parent).toBe("continent:south-america");
    expect(tier.places.get("country:KR")?.parent).toBe("continent:asia");
  });

  it("indexes common and official names and spellings, with and without 'the'", () => {
    expect(ids("United States of America")).toEqual(["country:US"]);
    expect(ids("Holland")).toEqual(["country:NL"]);
    expect(ids("Kingdom of the Netherlands")).toEqual(["country:NL"]);
    expect(ids("Netherlands")).toEqual(["country:NL"]);
    expect(ids("The Netherlands")).toEqual(["country:NL"]);
    expect(ids("Republic of Korea")).toEqual(["country:KR"]);
  });

  it("keeps abbreviations apart and adds the everyday ones", () => {
    expect(tier.abbreviations.get("US")).toEqual(["country:US"]);
    expect(tier.abbreviations.get("USA")).toEqual(["country:US"]);
    expect(ids("America")).toEqual(["country:US"]);
    expect(ids("us")).toEqual([]);
    // Other two-letter codes are not names.
    expect(tier.abbreviations.get("NL")).toBeUndefined();
  });

  it("gives a shared demonym to the sovereign country", () => {
    expect(tier.demonyms.get("american")).toBe("country:US");
    expect(tier.demonyms.get("south korean")).toBe("country:KR");
  });

  it("adds regions under their country, by full and base name, skipping those without a point", () => {
    expect(ids("Georgia")).toEqual([regionId("US", "GA")]);
    expect(tier.places.get(regionId("US", "GA"))?.parent).toBe(countryId("US"));
    expect(tier.places.has(regionId("US", "XX"))).toBe(false);
    // Russia is not in this small country list: the region has no parent to point to.
    expect(ids("Kursk")).toEqual([regionId("RU", "KRS")]);
    expect(tier.places.get(regionId("RU", "KRS"))?.parent).toBeUndefined();
    expect(tier.regionsByCountry.get("US")?.map((r) => r.name)).toEqual(["Georgia"]);
  });
});

describe("countryNames", () => {
  it("skips inverted forms, other scripts and bare codes", () => {
    const names = countryNames(
      country({
        cca2: "KR",
        common: "South Korea",
        official: "Republic of Korea",
        alt: ["KR", "Korea, Republic of", "남한", "Hanguk"],
      }),
    );
    expect(names).toEqual(["South Korea", "Republic of Korea", "Hanguk"]);
  });
});

describe("the installed world-countries and country-state-city data", () => {
  const tier = loadCountryTier();
  const first = (name: string) => tier.places.get(tier.names.get(placeKey(name))?.[0] ?? "");

  it("names countries by common and official names", () => {
    expect(first("North Korea")?.id).toBe("country:KP");
    expect(first("Democratic People's Republic of Korea")?.id).toBe("country:KP");
    expect(first("Russian Federation")?.id).toBe("country:RU");
    expect(tier.abbreviations.get("DPRK")).toEqual(["country:KP"]);
    expect(tier.abbreviations.get("UK")).toEqual(["country:GB"]);
  });

  it("knows demonyms, multi-word and ambiguous ones", () => {
    const d = (w: string) => tier.demonyms.get(placeKey(w));
    expect(d("North Korean")).toBe("country:KP");
    expect(d("South Korean")).toBe("country:KR");
    expect(d("American")).toBe("country:US");
    expect(d("French")).toBe("country:FR");
    expect(d("Dutch")).toBe("country:NL");
    expect(d("Korean")).toBeUndefined();
  });

  it("has Kursk Oblast in Russia, in Europe", () => {
    const kursk = tier.places.get("region:RU-KRS");
    expect(kursk?.name).toBe("Kursk Oblast");
    expect(kursk?.parent).toBe("country:RU");
    expect(tier.places.get("country:RU")?.parent).toBe("continent:europe");
  });
});
