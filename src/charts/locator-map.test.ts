import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { continentNamed, type LocatorPlace, locatorMap } from "./locator-map.ts";
import { type Anchor, textBox } from "./map-labels.ts";
import { pathPoints } from "./map-path.ts";

function parse(svg: string) {
  const doc = parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
  const [, , width = 0, height = 0] = (doc.querySelector("svg")?.getAttribute("viewBox") ?? "")
    .split(" ")
    .map(Number);
  return { doc, width, height };
}

function city(name: string, lat: number, lon: number, country?: string): LocatorPlace {
  return {
    id: `place-${name.toLowerCase()}`,
    name,
    placeKind: "city",
    geo: country === undefined ? { lat, lon } : { lat, lon, country },
  };
}

const LYON = city("Lyon", 45.76, 4.84, "FR");
const FRANCE: LocatorPlace = {
  id: "place-france",
  name: "France",
  placeKind: "country",
  geo: { lat: 46.6, lon: 2.4, country: "FR" },
};

/** Every label's box, from the text-width estimate (which errs wide). */
function labelBoxes(svg: string) {
  const { doc } = parse(svg);
  return [...doc.querySelectorAll(".map-label")].map((t) =>
    textBox(
      Number(t.getAttribute("x")),
      Number(t.getAttribute("y")),
      t.textContent ?? "",
      Number(t.getAttribute("font-size") ?? 14),
      (t.getAttribute("text-anchor") ?? "start") as Anchor,
      t.getAttribute("font-weight") === "700" ? "bold" : "normal",
    ),
  );
}

describe("locatorMap for a city", () => {
  const chart = locatorMap(LYON, { id: "m-lyon" });
  const { doc, width, height } = parse(chart.svg);

  it("marks the point inside the viewBox, with its name", () => {
    const dot = doc.querySelector(".map-place .map-dot");
    const x = Number(dot?.getAttribute("cx"));
    const y = Number(dot?.getAttribute("cy"));
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(height);
    expect(doc.querySelector(".map-place .map-ring")).not.toBeNull();
    expect(doc.querySelector(".map-place .map-label")?.textContent).toBe("Lyon");
  });

  it("fills the country it is in, around the point", () => {
    const fill = doc.querySelector(".map-country");
    expect(fill).not.toBeNull();
    const pts = pathPoints(fill?.getAttribute("d") ?? "");
    const dot = doc.querySelector(".map-dot");
    const x = Number(dot?.getAttribute("cx"));
    expect(Math.min(...pts.map((p) => p[0]))).toBeLessThan(x);
    expect(Math.max(...pts.map((p) => p[0]))).toBeGreaterThan(x);
  });

  it("says where it is in words: title, description and table", () => {
    expect(doc.querySelector("title")?.textContent).toBe("Lyon is a city in France.");
    expect(chart.alt).toBe(
      "Map showing where Lyon is: in the south-east of France, at 45.76° N, 4.84° E.",
    );
    expect(doc.querySelector("desc")?.textContent).toBe(chart.alt);
    expect(chart.table.head).toEqual(["Place", "Kind", "Country", "Latitude", "Longitude"]);
    expect(chart.table.rows).toEqual([["Lyon", "city", "France", "45.76° N", "4.84° E"]]);
  });

  it("is the same bytes every time", () => {
    expect(locatorMap(LYON, { id: "m-lyon" }).svg).toBe(chart.svg);
  });
});

describe("locatorMap for a country", () => {
  const chart = locatorMap(FRANCE, { id: "m-fr" });
  const { doc } = parse(chart.svg);

  it("fills and outlines the country, names it, and lists the neighbours on the map", () => {
    expect(doc.querySelector(".map-subject.map-outlined")).not.toBeNull();
    expect(doc.querySelector(".map-label")?.textContent).toBe("France");
    expect(doc.querySelector("title")?.textContent).toBe("France is a country in Europe.");
    expect(chart.alt).toContain("Spain");
    expect(chart.alt).toContain("Germany");
    // French Guiana's neighbours are not on this map.
    expect(chart.alt).not.toContain("Brazil");
  });

  it("rings a country too small to see and keeps its name in view", () => {
    const vatican = locatorMap(
      {
        id: "v",
        name: "Vatican City",
        placeKind: "country",
        geo: { lat: 41.9, lon: 12.45, country: "VA" },
      },
      { id: "m-va" },
    );
    const v = parse(vatican.svg);
    expect(v.doc.querySelector(".map-ring")).not.toBeNull();
    expect(vatican.alt).toContain("Italy");
  });
});

describe("locatorMap when the data is incomplete", () => {
  it("still draws the point for an unknown country code, finding the country by position", () => {
    const chart = locatorMap(city("Lyon", 45.76, 4.84, "ZZ"), { id: "m-zz" });
    const { doc } = parse(chart.svg);
    expect(doc.querySelector(".map-dot")).not.toBeNull();
    expect(chart.table.rows[0]?.[2]).toBe("France");
  });

  it("draws the point alone at sea, without a country", () => {
    const chart = locatorMap(city("Sea Town", 40, -40, "ZZ"), { id: "m-sea" });
    const { doc, width, height } = parse(chart.svg);
    const dot = doc.querySelector(".map-dot");
    expect(Number(dot?.getAttribute("cx"))).toBeCloseTo(width / 2, 0);
    expect(Number(dot?.getAttribute("cy"))).toBeCloseTo(height / 2, 0);
    expect(doc.querySelector("title")?.textContent).toBe("Sea Town is a city.");
    expect(chart.alt).toBe("Map showing where Sea Town is: 40.00° N, 40.00° W.");
  });

  it("draws a world map without a point when the coordinates are unusable", () => {
    const chart = locatorMap(city("Nowhere", Number.NaN, 200), { id: "m-nan" });
    const { doc } = parse(chart.svg);
    expect(doc.querySelector(".map-dot")).toBeNull();
    expect(chart.alt).toContain("not known");
    expect(chart.table.rows[0]?.slice(3)).toEqual(["", ""]);
  });

  it("escapes a hostile name everywhere", () => {
    const chart = locatorMap(city('<script>alert("x")</script> & Co', 45.76, 4.84, "FR"), {
      id: "m-evil",
    });
    expect(chart.svg).not.toContain("<script>");
    const { doc } = parse(chart.svg);
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.querySelector(".map-label")?.textContent).toContain("<script>");
  });
});

describe("locatorMap for a continent", () => {
  it("fills the continent's countries on a world map", () => {
    const chart = locatorMap(
      { id: "place-europe", name: "Europe", placeKind: "continent", geo: { lat: 50, lon: 15 } },
      { id: "m-eu" },
    );
    const { doc } = parse(chart.svg);
    expect(doc.querySelector(".map-subject")).not.toBeNull();
    expect(chart.alt).toBe("World map with the countries of Europe filled.");
  });

  it("marks the point when the continent is not one it knows", () => {
    const chart = locatorMap(
      { id: "place-x", name: "Atlantis", placeKind: "continent", geo: { lat: 30, lon: -30 } },
      { id: "m-x" },
    );
    const { doc } = parse(chart.svg);
    expect(doc.querySelector(".map-subject")).toBeNull();
    expect(doc.querySelector(".map-dot")).not.toBeNull();
  });

  it("recognises continents by name or id", () => {
    expect(continentNamed({ id: "x", name: "south america" })).toBe("South America");
    expect(continentNamed({ id: "continent:north-america", name: "The Americas" })).toBe(
      "North America",
    );
    expect(continentNamed({ id: "x", name: "Middle Earth" })).toBeUndefined();
  });
});

describe("labels and size", () => {
  const LONG = "Saint-Example-de-la-Grande-Montagne-sur-Mer-et-les-Environs";
  const places: LocatorPlace[] = [
    city("Brest", 48.39, -4.49, "FR"),
    city("Strasbourg", 48.57, 7.75, "FR"),
    city(LONG, 43.3, 3.5, "FR"),
    city("Nome", 64.5, -165.4, "US"),
    city("Anadyr", 64.73, 177.5, "RU"),
    city("Ushuaia", -54.8, -68.3, "AR"),
    city("Hammerfest", 70.66, 23.68, "NO"),
    city("Monaco", 43.73, 7.42, "MC"),
    { ...FRANCE, name: LONG },
  ];

  it("never puts a label outside the viewBox", () => {
    for (const place of places) {
      const chart = locatorMap(place, { id: "m" });
      const { width, height } = parse(chart.svg);
      const boxes = labelBoxes(chart.svg);
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.y0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(width);
        expect(b.y1).toBeLessThanOrEqual(height);
      }
    }
  });

  it("stays under 25 KB for real places, big and tiny", () => {
    const real: LocatorPlace[] = [
      city("Denver", 39.74, -104.99, "US"),
      city("Anchorage", 61.2, -149.9, "US"),
      city("Irkutsk", 52.29, 104.3, "RU"),
      LYON,
      FRANCE,
      {
        id: "ca",
        name: "Canada",
        placeKind: "country",
        geo: { lat: 60, lon: -100, country: "CA" },
      },
      {
        id: "id",
        name: "Indonesia",
        placeKind: "country",
        geo: { lat: -2, lon: 118, country: "ID" },
      },
      {
        id: "lu",
        name: "Luxembourg",
        placeKind: "country",
        geo: { lat: 49.8, lon: 6.1, country: "LU" },
      },
      city("Vatican City", 41.9, 12.45, "VA"),
      { id: "eu", name: "Asia", placeKind: "continent", geo: { lat: 34, lon: 100 } },
    ];
    for (const place of real) {
      const size = new TextEncoder().encode(locatorMap(place, { id: "m" }).svg).length;
      expect(size, place.name).toBeLessThan(25_000);
    }
  });
});
