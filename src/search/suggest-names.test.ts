import { describe, expect, it } from "vitest";
import { nameEntry, searchWords, suggestNames } from "./suggest-names.ts";

const NAMES = [
  nameEntry("Marta K. Ovarsdottir Jr.", "/people/ovarsdottir/", [
    "Ovarsdottir",
    "Marta Ovarsdottir",
  ]),
  nameEntry("Teodor Brunholt", "/people/brunholt/", ["Brunholt", "Teodor Brünholt"]),
  nameEntry("Ilse Brunholm", "/people/brunholm/", ["Brunholm"]),
  nameEntry("Quenby", "/places/quenby/", ["Quenby", "Quenby City"]),
  nameEntry("Lee Park", "/people/lee-park/", ["Park", "Lee"]),
];
const names = (query: string, exclude?: ReadonlySet<string>) =>
  suggestNames(query, NAMES, exclude).map((e) => e.name);

describe("searchWords", () => {
  it("folds accents and case and drops initials, particles and suffixes", () => {
    expect(searchWords("Marta K. van Ovarsdóttir III")).toEqual(["marta", "ovarsdottir"]);
  });
});

describe("nameEntry", () => {
  it("gathers each word of the name and its spellings once, sorted", () => {
    expect(nameEntry("Teodor Brunholt", "/x/", ["Brunholt", "Teodor Brünholt"]).words).toEqual([
      "brunholt",
      "teodor",
    ]);
  });
});

describe("suggestNames", () => {
  it("suggests the name a misspelled word was meant to be: a missing letter, a swap", () => {
    expect(names("Ovarsdotir")).toEqual(["Marta K. Ovarsdottir Jr."]);
    expect(names("Quneby")).toEqual(["Quenby"]);
  });

  it("puts the closer spelling first when two names are near", () => {
    expect(names("Brunholtt")).toEqual(["Teodor Brunholt", "Ilse Brunholm"]);
    expect(names("Brunholmm")).toEqual(["Ilse Brunholm", "Teodor Brunholt"]);
  });

  it("prefers the name that matches more of the query's words", () => {
    // Both surnames are one slip from "Brunholn"; the given name decides.
    expect(names("Ilse Brunholn")[0]).toBe("Ilse Brunholm");
    expect(names("Teodor Brunholn")[0]).toBe("Teodor Brunholt");
  });

  it("suggests nothing for correctly spelled names or a word far from every name", () => {
    expect(names("Brunholt")).toEqual([]);
    expect(names("Ilse Brunholt")).toEqual([]);
    expect(names("weather")).toEqual([]);
    expect(names("")).toEqual([]);
  });

  it("allows no slip in a short word, more in a long one", () => {
    expect(names("Lea")).toEqual([]);
    expect(names("Prak")).toEqual(["Lee Park"]);
    expect(names("Ovrasdotir")).toEqual(["Marta K. Ovarsdottir Jr."]);
  });

  it("leaves out names whose page is already among the results", () => {
    expect(names("Brunholtt", new Set(["/people/brunholt/"]))).toEqual(["Ilse Brunholm"]);
  });
});
