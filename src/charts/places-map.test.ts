import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { HOSTILE_SOURCES, manySources, viewBoxHeight } from "../../tests/support/chart-fixtures.ts";
import { type Anchor, overlaps, textBox } from "./map-labels.ts";
import { sourceStyle } from "./palette.ts";
import { MAX_KEY, MAX_PLACES, type MapPlace, mapSources, placesMap, R_MIN } from "./places-map.ts";

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

const SOURCES = [
  { id: "a", label: "The Daily Example" },
  { id: "b", label: "Example Wire" },
  { id: "c", label: "Sample Times" },
];

function place(
  id: string,
  name: string,
  lat: number,
  lon: number,
  country: string,
  mentions: number,
  sources: string[],
  href?: string,
): MapPlace {
  return {
    id,
    name,
    placeKind: "city",
    geo: { lat, lon, country },
    mentions,
    sources,
    ...(href ? { href } : {}),
  };
}

const PLACES: MapPlace[] = [
  place("lyon", "Lyon", 45.76, 4.84, "FR", 4, ["a", "b"], "/places/lyon/"),
  place("paris", "Paris", 48.85, 2.35, "FR", 9, ["a", "b", "c"], "/places/paris/"),
  place("geneva", "Geneva", 46.2, 6.14, "CH", 1, ["c"], "/places/geneva/"),
  place("annecy", "Annecy", 45.9, 6.12, "FR", 2, ["a"], "/places/annecy/"),
  place("turin", "Turin", 45.07, 7.69, "IT", 3, ["b"], "/places/turin/"),
];

function radius(doc: Document, id: string): number {
  return Number(doc.querySelector(`[data-place="${id}"] .map-bubble`)?.getAttribute("r"));
}

describe("placesMap", () => {
  const chart = placesMap(PLACES, SOURCES, { id: "pm" });
  const doc = parse(chart.svg);

  it("sizes each circle by mentions: more mentions, larger area", () => {
    const byMentions = [...PLACES].sort((x, y) => x.mentions - y.mentions);
    const radii = byMentions.map((p) => radius(doc, p.id));
    for (let i = 1; i < radii.length; i++) {
      expect(radii[i]).toBeGreaterThan(radii[i - 1] ?? 0);
    }
    expect(Math.min(...radii)).toBeGreaterThanOrEqual(R_MIN);
  });

  it("marks each place with the mark of every source that names it", () => {
    for (const p of PLACES) {
      const marks = [...doc.querySelectorAll(`[data-place="${p.id}"] .chart-mark`)];
      expect(marks.map((m) => m.getAttribute("fill"))).toEqual(
        p.sources.map((s) => sourceStyle(SOURCES.findIndex((x) => x.id === s)).color),
      );
      // Shape as well as colour.
      expect(marks.map((m) => m.getAttribute("class"))).toEqual(
        p.sources.map(
          (s) =>
            `chart-mark chart-shape-${sourceStyle(SOURCES.findIndex((x) => x.id === s)).shape}`,
        ),
      );
    }
  });

  it("makes each place a link with a spoken label, and the map a group so links are reachable", () => {
    const links = [...doc.querySelectorAll("a.map-place")];
    expect(links).toHaveLength(PLACES.length);
    const lyon = doc.querySelector('a[data-place="lyon"]');
    expect(lyon?.getAttribute("href")).toBe("/places/lyon/");
    expect(lyon?.getAttribute("aria-label")).toBe(
      "Lyon: 4 mentions in 2 sources: The Daily Example, Example Wire",
    );
    expect(doc.querySelector("svg")?.getAttribute("role")).toBe("group");
  });

  it("labels places without overlaps, inside the map", () => {
    const svg = doc.querySelector("svg");
    const width = Number(svg?.getAttribute("viewBox")?.split(" ")[2]);
    const boxes = [...doc.querySelectorAll(".map-label")].map((t) =>
      textBox(
        Number(t.getAttribute("x")),
        Number(t.getAttribute("y")),
        t.textContent ?? "",
        Number(t.getAttribute("font-size")),
        (t.getAttribute("text-anchor") ?? "start") as Anchor,
      ),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      if (!a) continue;
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(width);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (b) expect(overlaps(a, b)).toBe(false);
      }
    }
    // A label is never drawn over another place's circle.
    for (const bubble of doc.querySelectorAll(".map-bubble")) {
      const group = bubble.closest("[data-place]");
      const cx = Number(bubble.getAttribute("cx"));
      const cy = Number(bubble.getAttribute("cy"));
      const r = Number(bubble.getAttribute("r"));
      const circle = { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
      for (const t of doc.querySelectorAll(".map-label")) {
        if (t.closest("[data-place]") === group) continue;
        const box = textBox(
          Number(t.getAttribute("x")),
          Number(t.getAttribute("y")),
          t.textContent ?? "",
          Number(t.getAttribute("font-size")),
          (t.getAttribute("text-anchor") ?? "start") as Anchor,
        );
        expect(overlaps(box, circle)).toBe(false);
      }
    }
  });

  it("labels every place named five times or more, even where places crowd", () => {
    // Invented towns a few tens of kilometres apart, most of them much mentioned.
    const crowd = Array.from({ length: 10 }, (_, i) =>
      place(
        `t${i}`,
        `Townsville ${i}`,
        45 + (i % 4) * 0.4,
        5 + Math.floor(i / 4) * 0.5,
        "FR",
        5 + i,
        ["a"],
      ),
    );
    const crowded = parse(placesMap([...crowd, ...PLACES], SOURCES, { id: "crowd" }).svg);
    const labelled = new Set(
      [...crowded.querySelectorAll(".map-label")].map((t) =>
        t.closest("[data-place]")?.getAttribute("data-place"),
      ),
    );
    for (const p of [...crowd, ...PLACES].filter((x) => x.mentions >= 5)) {
      expect(labelled.has(p.id), p.name).toBe(true);
    }
  });

  it("fills the countries with a named place and keeps every place in the table", () => {
    expect(doc.querySelector(".map-mentioned")).not.toBeNull();
    expect(chart.table.head).toEqual(["Place", "Kind", "Country", "Mentions", "Sources"]);
    expect(chart.table.rows.map((r) => r[0])).toEqual([
      "Paris",
      "Lyon",
      "Turin",
      "Annecy",
      "Geneva",
    ]);
    expect(chart.table.rows[0]).toEqual([
      "Paris",
      "city",
      "France",
      "9",
      "The Daily Example, Example Wire, Sample Times",
    ]);
  });

  it("has a legend for size and for sources, and a text alternative", () => {
    const size = doc.querySelector(".map-size-legend")?.textContent ?? "";
    expect(size).toContain("1");
    expect(size).toContain("9");
    const key = doc.querySelector(".map-source-legend")?.textContent ?? "";
    for (const s of SOURCES) expect(key).toContain(s.label);
    expect(chart.alt).toContain(
      "Paris (9 mentions, in The Daily Example, Example Wire and Sample Times)",
    );
    expect(chart.alt).toContain("Paris is named by every source.");
    expect(doc.querySelector("desc")?.textContent).toBe(chart.alt);
  });

  it("is the same bytes every time, whatever the input order", () => {
    expect(placesMap(PLACES, SOURCES, { id: "pm" }).svg).toBe(chart.svg);
    expect(placesMap([...PLACES].reverse(), SOURCES, { id: "pm" }).svg).toBe(chart.svg);
  });
});

describe("placesMap edge cases", () => {
  it("is an image without links when no place has a page", () => {
    const plain = PLACES.map(({ href: _href, ...p }) => p);
    const doc = parse(placesMap(plain, SOURCES, { id: "pm" }).svg);
    expect(doc.querySelector("a")).toBeNull();
    expect(doc.querySelector("svg")?.getAttribute("role")).toBe("img");
  });

  it("moves apart places on the same spot, with a line to where they are", () => {
    const doc = parse(
      placesMap(
        [
          place("x", "Lyon", 45.76, 4.84, "FR", 3, ["a"]),
          place("y", "Lyon Centre", 45.76, 4.84, "FR", 3, ["b"]),
        ],
        SOURCES,
        { id: "pm" },
      ).svg,
    );
    const xs = [...doc.querySelectorAll(".map-bubble")]
      .filter((c) => c.closest("[data-place]"))
      .map((c) => `${c.getAttribute("cx")},${c.getAttribute("cy")}`);
    expect(new Set(xs).size).toBe(2);
    expect(doc.querySelector(".map-leader")).not.toBeNull();
  });

  it("escapes hostile names, labels and links, and drops script links", () => {
    const evil = placesMap(
      [
        place(
          "e",
          '<script>alert("x")</script>',
          45.76,
          4.84,
          "FR",
          2,
          ["evil", "ok"],
          "javascript:alert(1)",
        ),
        place("f", "Lyon & <b>Co</b>", 48.85, 2.35, "FR", 1, ["ok"], '/p/"><script>/'),
      ],
      HOSTILE_SOURCES,
      { id: "pm" },
    );
    expect(evil.svg).not.toContain("<script>");
    expect(evil.svg).not.toContain("<b>");
    expect(evil.svg).not.toContain("javascript:");
    const doc = parse(evil.svg);
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.querySelector('[data-place="e"]')?.tagName.toLowerCase()).toBe("g");
    expect(doc.querySelector('a[data-place="f"]')?.getAttribute("href")).toBe('/p/"><script>/');
    expect(doc.querySelector(".map-source-legend")?.textContent).toContain(
      '<script>alert("x")</script> & Sons',
    );
  });

  it("keeps places without coordinates in the table and says so", () => {
    const chart = placesMap(
      [
        place("lyon", "Lyon", 45.76, 4.84, "FR", 2, ["a"]),
        { ...place("x", "Atlantis", 0, 0, "", 1, ["b"]), geo: { lat: Number.NaN, lon: 0 } },
      ],
      SOURCES,
      { id: "pm" },
    );
    expect(chart.table.rows.map((r) => r[0])).toEqual(["Lyon", "Atlantis"]);
    expect(chart.alt).toContain("only in the table: Atlantis");
    expect(parse(chart.svg).querySelectorAll(".map-places .map-bubble")).toHaveLength(1);
  });

  it("draws a world map for no places, and for places far apart", () => {
    expect(placesMap([], SOURCES, { id: "pm" }).alt).toBe("No places to show.");
    const far = placesMap(
      [
        place("lyon", "Lyon", 45.76, 4.84, "FR", 2, ["a"]),
        place("lima", "Lima", -12.04, -77.03, "PE", 1, ["b"]),
      ],
      SOURCES,
      { id: "pm" },
    );
    expect(new TextEncoder().encode(far.svg).length).toBeLessThan(30_000);
    expect(parse(far.svg).querySelectorAll(".map-places .map-bubble")).toHaveLength(2);
  });

  it("lists sources a place cites that the story's list lacks", () => {
    const list = mapSources(SOURCES, [place("p", "P", 0, 0, "", 1, ["zz", "a"])]);
    expect(list.map((s) => s.label)).toEqual([...SOURCES.map((s) => s.label), "zz"]);
  });
});

describe("placesMap named by hundreds of sources", () => {
  it("caps the places, marks and key it draws; the table keeps everything", () => {
    const sources = manySources(800);
    const places: MapPlace[] = Array.from({ length: 400 }, (_, i) => ({
      id: `place-${i}`,
      name: `Place ${i}`,
      geo: { lat: (i % 60) - 30, lon: ((i * 7) % 300) - 150, country: "FR" },
      mentions: i + 1,
      sources: sources.slice(0, 800 - i).map((s) => s.id),
    }));
    const t0 = performance.now();
    const chart = placesMap(places, sources, { id: "places" });
    expect(performance.now() - t0).toBeLessThan(20_000);
    const { document } = parseHTML(`<html><body>${chart.svg}</body></html>`);
    expect(document.querySelectorAll(".map-place")).toHaveLength(MAX_PLACES);
    // The drawn places are named by 550 sources; the key names the first MAX_KEY.
    expect(chart.svg).toContain(`and ${550 - MAX_KEY} more sources, listed in the table`);
    expect(chart.alt.length).toBeLessThan(10_000);
    expect(chart.svg).toContain(`and ${400 - MAX_PLACES} more places, listed in the table`);
    expect(chart.table.rows).toHaveLength(400);
    expect(viewBoxHeight(chart.svg) * 2).toBeLessThan(32_767);
  });
});
