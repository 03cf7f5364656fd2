import { describe, expect, it } from "vitest";
import {
  choosePlace,
  countryForDemonym,
  loadGazetteer,
  lookupPlaces,
  MIN_POPULATION,
  type Place,
  placeById,
} from "./gazetteer.ts";

const none = { countries: new Set<string>() };
const inContext = (...codes: string[]) => ({ countries: new Set(codes) });
const best = (name: string, context = none) => choosePlace(lookupPlaces(name), context);
const byId = (id: string) => placeById(id) as Place;

describe("loading", () => {
  it("loads once: a second call reports the first load's times", () => {
    // How long the load takes is the benchmark's business (npm run bench), not a unit test's.
    const first = loadGazetteer();
    expect(first.countries).toBeGreaterThan(0);
    expect(first.cities).toBeGreaterThan(0);
    expect(loadGazetteer()).toEqual(first);
  });
});

describe("lookupPlaces", () => {
  it("finds a country by its common and official names", () => {
    expect(lookupPlaces("North Korea")[0]?.id).toBe("country:KP");
    expect(lookupPlaces("Democratic People's Republic of Korea")[0]?.id).toBe("country:KP");
    expect(lookupPlaces("Democratic People’s Republic of Korea")[0]?.id).toBe("country:KP");
    expect(lookupPlaces("Russian Federation")[0]?.id).toBe("country:RU");
  });

  it("reads abbreviations exactly, dotted or not", () => {
    expect(lookupPlaces("U.S.").map((p) => p.id)).toEqual(["country:US"]);
    expect(lookupPlaces("US").map((p) => p.id)).toEqual(["country:US"]);
    expect(lookupPlaces("U.K.").map((p) => p.id)).toEqual(["country:GB"]);
    expect(lookupPlaces("DPRK").map((p) => p.id)).toEqual(["country:KP"]);
    // An organization's acronym is not a town that happens to share the letters.
    expect(lookupPlaces("NATO")).toEqual([]);
  });

  it("handles 'the' before a name, and keeps names that start with it", () => {
    expect(lookupPlaces("the Netherlands")[0]?.id).toBe("country:NL");
    expect(lookupPlaces("Netherlands")[0]?.id).toBe("country:NL");
    expect(lookupPlaces("the United States")[0]?.id).toBe("country:US");
    expect(lookupPlaces("The Hague")[0]?.name).toBe("The Hague");
  });

  it("finds continents", () => {
    expect(lookupPlaces("Europe")[0]).toMatchObject({ id: "continent:europe", kind: "continent" });
    expect(lookupPlaces("Asia")[0]?.kind).toBe("continent");
    expect(lookupPlaces("South America")[0]?.kind).toBe("continent");
  });

  it("puts capitals before smaller namesakes", () => {
    const rome = lookupPlaces("Rome");
    expect(rome[0]).toMatchObject({ name: "Rome", country: "IT", kind: "city", capital: true });
    expect(rome.some((p) => p.country === "US")).toBe(true);
    expect(lookupPlaces("Paris")[0]?.country).toBe("FR");
    expect(lookupPlaces("Moscow")[0]).toMatchObject({ country: "RU", capital: true });
  });

  it("keeps a city and the region named after it, the city first", () => {
    const kursk = lookupPlaces("Kursk");
    expect(kursk[0]).toMatchObject({ kind: "city", country: "RU" });
    expect(kursk.some((p) => p.id === "region:RU-KRS")).toBe(true);
    expect(lookupPlaces("Kursk Oblast")[0]).toMatchObject({ id: "region:RU-KRS", kind: "region" });
  });

  it("orders countries, then capitals, then by population", () => {
    const georgia = lookupPlaces("Georgia");
    expect(georgia[0]?.id).toBe("country:GE");
    expect(georgia.some((p) => p.id === "region:US-GA")).toBe(true);
    // (Sections of a city, such as a suburb in GeoNames, rank at a tenth of their size, so they
    // sit lower: only the leading towns are compared here.)
    const sizes = lookupPlaces("Springfield")
      .slice(0, 10)
      .map((p) => p.population ?? 0);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(100_000);
  });

  it("tolerates diacritics, apostrophe styles, dots and dashes", () => {
    expect(lookupPlaces("Sao Paulo")[0]?.name).toBe("São Paulo");
    expect(lookupPlaces("Xi'an")[0]?.country).toBe("CN");
    expect(lookupPlaces("St. Petersburg")[0]?.country).toBe("RU");
    expect(lookupPlaces("Washington")[0]).toMatchObject({
      name: "Washington, D.C.",
      capital: true,
    });
    expect(lookupPlaces("New York")[0]?.name).toBe("New York City");
  });

  it("is case-sensitive on the first letter only", () => {
    expect(lookupPlaces("rome")).toEqual([]);
    expect(lookupPlaces("north korea")).toEqual([]);
    expect(lookupPlaces("NORTH KOREA")[0]?.id).toBe("country:KP");
  });

  it("finds nothing for words that are no place", () => {
    expect(lookupPlaces("Kremlin")).toEqual([]);
    expect(lookupPlaces("")).toEqual([]);
    expect(lookupPlaces("   ")).toEqual([]);
  });

  it("returns a fresh array each time, of places no caller can change for the others", () => {
    const a = lookupPlaces("Rome");
    a.pop();
    expect(lookupPlaces("Rome").length).toBe(a.length + 1);
    const rome = a[0] as { name: string };
    expect(() => {
      rome.name = "Roma";
    }).toThrow(TypeError);
    expect(() => {
      (lookupPlaces("Italy")[0] as { name: string }).name = "Italia";
    }).toThrow(TypeError);
  });
});

describe("countryForDemonym", () => {
  it("maps nationality words to countries", () => {
    expect(countryForDemonym("Russian")?.id).toBe("country:RU");
    expect(countryForDemonym("North Korean")?.id).toBe("country:KP");
    expect(countryForDemonym("South Korean")?.id).toBe("country:KR");
    expect(countryForDemonym("Ukrainian")?.id).toBe("country:UA");
    expect(countryForDemonym("American")?.id).toBe("country:US");
    expect(countryForDemonym("Chinese")?.id).toBe("country:CN");
    expect(countryForDemonym("British")?.id).toBe("country:GB");
    expect(countryForDemonym("Italian")?.id).toBe("country:IT");
  });

  it("accepts plural nouns for the people", () => {
    expect(countryForDemonym("Ukrainians")?.id).toBe("country:UA");
    expect(countryForDemonym("Swiss")?.id).toBe("country:CH");
  });

  it("rejects lowercase words, ambiguous stems and non-demonyms", () => {
    expect(countryForDemonym("russian")).toBeNull();
    expect(countryForDemonym("Korean")).toBeNull();
    expect(countryForDemonym("Russia")).toBeNull();
    expect(countryForDemonym("Kremlin")).toBeNull();
  });
});

describe("placeById", () => {
  it("returns every kind of place by id", () => {
    expect(byId("continent:europe").name).toBe("Europe");
    expect(byId("country:IT").name).toBe("Italy");
    expect(byId("region:RU-KRS").name).toBe("Kursk Oblast");
    const rome = lookupPlaces("Rome")[0] as Place;
    expect(placeById(rome.id)).toBe(rome);
  });

  it("returns undefined for unknown ids", () => {
    expect(placeById("country:XX")).toBeUndefined();
    expect(placeById("city:not-a-number")).toBeUndefined();
    expect(placeById("city:1")).toBeUndefined();
  });
});

describe("choosePlace", () => {
  it("lets a country or continent name win", () => {
    expect(best("Georgia", inContext("US"))?.id).toBe("country:GE");
    expect(best("Europe")?.id).toBe("continent:europe");
  });

  it("takes the capital over a smaller namesake", () => {
    expect(best("Rome")).toMatchObject({ country: "IT", capital: true });
    expect(best("Paris")?.country).toBe("FR");
  });

  it("prefers a namesake in a country already in the article, unless it is far smaller", () => {
    // Rome, Georgia (36,000) and Paris, Texas (25,000) are under a tenth of the capitals.
    expect(best("Rome", inContext("US"))?.country).toBe("IT");
    expect(best("Paris", inContext("US"))?.country).toBe("FR");
    // Victoria, Texas (65,000) is bigger than Victoria, Seychelles (capital, 22,000).
    expect(best("Victoria")?.country).toBe("SC");
    expect(best("Victoria", inContext("US"))?.country).toBe("US");
    // And the Australian state when Australia is in context.
    expect(best("Victoria", inContext("AU"))).toMatchObject({ kind: "region", country: "AU" });
  });

  it("picks a city over its namesake region", () => {
    expect(best("Kursk", inContext("RU"))).toMatchObject({ kind: "city", country: "RU" });
    expect(best("Kursk Oblast")).toMatchObject({ kind: "region" });
  });

  it("rejects a small place with no support from the context", () => {
    const victor = lookupPlaces("Victor");
    expect(victor.length).toBeGreaterThan(0);
    expect(victor.every((p) => (p.population ?? 0) < MIN_POPULATION)).toBe(true);
    expect(choosePlace(victor, none)).toBeNull();
    // The same town is fine once its country is in the article.
    expect(choosePlace(victor, inContext("US"))?.country).toBe("US");
  });

  it("rejects an everyday word that is also a town, unless its country is in context", () => {
    expect(best("Split")).toBeNull();
    expect(best("Split", inContext("HR"))?.country).toBe("HR");
    expect(best("Most")).toBeNull();
    expect(choosePlace(lookupPlaces("Split"), { countries: new Set(), name: "Split" })).toBeNull();
  });

  it("needs a sizable town for an everyday word even with its country in context", () => {
    // Republic, Missouri has 16,000 people: "Republic" in a US story is not it.
    expect(lookupPlaces("Republic").some((p) => p.country === "US")).toBe(true);
    expect(best("Republic", inContext("US"))).toBeNull();
    expect(best("North.")).toBeNull();
  });

  it("distrusts a mid-sized town matched only by ignoring its accents", () => {
    // "Bush" folds onto Būsh, Egypt (87,000); "Sao Paulo" onto São Paulo (10 million).
    expect(lookupPlaces("Bush")[0]?.name).toBe("Būsh");
    expect(best("Bush")).toBeNull();
    expect(best("Bush", inContext("EG"))?.name).toBe("Būsh");
    expect(best("Sao Paulo")?.name).toBe("São Paulo");
    expect(best("Būsh")?.name).toBe("Būsh");
  });

  it("returns null for no candidates", () => {
    expect(choosePlace([], inContext("US"))).toBeNull();
  });
});
