import { describe, expect, it } from "vitest";
import {
  compass,
  coordinates,
  countryInProse,
  kindWord,
  whereIn,
  withArticle,
} from "./map-words.ts";

const box = { x0: 0, y0: 0, x1: 100, y1: 100 };
const centre: [number, number] = [50, 50];

describe("compass", () => {
  it("names the eight directions from the centre, north up", () => {
    expect(compass(95, 50, centre, box)).toBe("east");
    expect(compass(5, 50, centre, box)).toBe("west");
    expect(compass(50, 5, centre, box)).toBe("north");
    expect(compass(50, 95, centre, box)).toBe("south");
    expect(compass(90, 10, centre, box)).toBe("north-east");
    expect(compass(10, 90, centre, box)).toBe("south-west");
  });

  it("says centre near the middle, near outside the box, nothing for a speck", () => {
    expect(compass(55, 52, centre, box)).toBe("centre");
    expect(compass(150, 50, centre, box)).toBe("near");
    expect(compass(5, 5, [5, 5], { x0: 0, y0: 0, x1: 10, y1: 10 })).toBeNull();
  });

  it("measures in the country's own width and height", () => {
    // A long, thin country: 10 units off centre across it is already its west.
    const thin = { x0: 40, y0: 0, x1: 60, y1: 200 };
    expect(compass(42, 100, [50, 100], thin)).toBe("west");
  });
});

describe("words", () => {
  it("writes where a place is", () => {
    expect(whereIn("south-east", "France")).toBe("in the south-east of France");
    expect(whereIn("near", "France")).toBe("near France");
    expect(whereIn(null, "Monaco")).toBe("in Monaco");
  });

  it("puts 'the' before the names that take it", () => {
    expect(countryInProse("United States")).toBe("the United States");
    expect(countryInProse("Netherlands")).toBe("the Netherlands");
    expect(countryInProse("Solomon Islands")).toBe("the Solomon Islands");
    expect(countryInProse("France")).toBe("France");
    expect(countryInProse("the Gambia")).toBe("the Gambia");
  });

  it("writes coordinates with hemispheres, kinds with their article", () => {
    expect(coordinates(45.764, 4.8357)).toBe("45.76° N, 4.84° E");
    expect(coordinates(-33.9, -70.65)).toBe("33.90° S, 70.65° W");
    expect(withArticle(kindWord("city"))).toBe("a city");
    expect(withArticle("island")).toBe("an island");
    expect(kindWord(undefined)).toBe("place");
  });
});
