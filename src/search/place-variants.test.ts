import { describe, expect, it } from "vitest";
import { keyboardForms, placeVariants } from "./place-variants.ts";
import { MAX_TERMS } from "./terms.ts";

const lower = (terms: readonly string[]) => terms.map((t) => t.toLowerCase());

describe("placeVariants", () => {
  it("starts with the name and aliases as given", () => {
    const v = placeVariants({ name: "Lyon", aliases: ["Lugdunum"], placeKind: "city" });
    expect(v).toEqual(["Lyon", "Lugdunum"]);
  });

  it("gives a country its official name, alpha-3 code and other names", () => {
    const v = placeVariants({
      name: "Germany",
      aliases: [],
      placeKind: "country",
      geo: { country: "DE" },
    });
    expect(v[0]).toBe("Germany");
    expect(v).toEqual(
      expect.arrayContaining(["Federal Republic of Germany", "DEU", "Deutschland"]),
    );
  });

  it("finds a country by its long name or a well-known abbreviation", () => {
    const v = placeVariants({
      name: "United States",
      aliases: ["U.S."],
      placeKind: "country",
      geo: { country: "US" },
    });
    expect(v).toEqual(expect.arrayContaining(["United States of America", "USA", "U.S."]));
    const ci = placeVariants({
      name: "Ivory Coast",
      aliases: [],
      placeKind: "country",
      geo: { country: "CI" },
    });
    expect(ci).toEqual(expect.arrayContaining(["Côte d'Ivoire", "Cote d'Ivoire", "CIV"]));
  });

  it("does not give a city its country's names", () => {
    const v = placeVariants({
      name: "München",
      aliases: ["Munich"],
      placeKind: "city",
      geo: { country: "DE" },
    });
    expect(v).toEqual(["München", "Munich", "Munchen", "Muenchen"]);
    for (const n of ["germany", "deu", "federal republic of germany", "deutschland"]) {
      expect(lower(v)).not.toContain(n);
    }
  });

  it("does not give a region its country's names", () => {
    const v = placeVariants({
      name: "Example Oblast",
      aliases: [],
      placeKind: "region",
      geo: { country: "UA" },
    });
    expect(v).toEqual(["Example Oblast"]);
  });

  it("keeps a country without a known code to its own names", () => {
    expect(placeVariants({ name: "Exampleland", aliases: [], placeKind: "country" })).toEqual([
      "Exampleland",
    ]);
  });

  it("stays within the cap, without duplicates or unusable terms", () => {
    const v = placeVariants({
      name: "Switzerland",
      aliases: ["Confédération suisse", "Schweiz"],
      placeKind: "country",
      geo: { country: "CH" },
    });
    expect(v.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(new Set(lower(v)).size).toBe(v.length);
    expect(v.every((t) => (t.match(/\p{L}/gu) ?? []).length >= 2)).toBe(true);
    expect(v).toEqual(
      expect.arrayContaining(["Swiss Confederation", "CHE", "Confederation suisse"]),
    );
  });

  it("gives the same list every time", () => {
    const e = { name: "Germany", aliases: [], placeKind: "country", geo: { country: "DE" } };
    expect(placeVariants(e)).toEqual(placeVariants(e));
  });
});

describe("keyboardForms", () => {
  it("drops accents and hyphens, and swaps Saint and St.", () => {
    expect(keyboardForms("Saint-Étienne")).toEqual(
      expect.arrayContaining(["Saint-Etienne", "Saint Étienne", "Saint Etienne", "St. Etienne"]),
    );
    expect(keyboardForms("St. Example")).toEqual(["Saint Example"]);
    expect(keyboardForms("Sainte Example")).toEqual(["Ste. Example"]);
  });
  it("drops a leading The", () => {
    expect(keyboardForms("The Example Islands")).toEqual(["Example Islands"]);
  });
  it("gives nothing for a plain name", () => {
    expect(keyboardForms("Lyon")).toEqual([]);
  });
});
