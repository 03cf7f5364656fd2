import { describe, expect, it } from "vitest";
import { gazetteerPlaces } from "./places.ts";

describe("gazetteerPlaces", () => {
  it("answers the name finder's questions from the gazetteer", () => {
    const rome = gazetteerPlaces.choose(gazetteerPlaces.lookup("Rome"), { countries: new Set() });
    expect(rome?.country).toBe("IT");
    expect(gazetteerPlaces.demonym("Italian")?.country).toBe("IT");
    expect(gazetteerPlaces.lookup("Nowhereland Qxz")).toEqual([]);
  });
});
