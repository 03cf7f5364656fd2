/**
 * A locator map: a small map that tells the reader where one place is. A country is filled with
 * its neighbours around it; a city or a region is a ringed point in its (lightly filled) country,
 * framed to the country, or to a window round the point when the country is very large; a
 * continent is a world map with its countries filled. The text alternative says the same in words
 * ("Map showing where Lyon is: in the east of France, at 45.76° N, 4.84° E.").
 */
import { geoCentroid, geoPath } from "d3";
import type { MultiPolygon } from "geojson";
import type { GeoPoint, PlaceKind } from "../core/model.ts";
import { type ChartResult, FONT, frame, label, SMALL, WIDTH } from "./chart.ts";
import {
  CONTINENTS,
  type Continent,
  countryFacts,
  hasCoordinates,
  loadWorld,
  type Resolution,
  type World,
  type WorldCountry,
} from "./geo-world.ts";
import { countryFrame, type LocatorFrame, placeFrame } from "./map-frame.ts";
import {
  type Box,
  forceLabel,
  markBox,
  overlaps,
  type PlacedLabel,
  textBox,
  within,
} from "./map-labels.ts";
import { baseMap, countriesInView, pointMark, RING_R } from "./map-layers.ts";
import { localView, type MapView, WORLD_TOLERANCE, worldView } from "./map-view.ts";
import {
  compass,
  coordinates,
  countryInProse,
  kindWord,
  latitude,
  longitude,
  whereIn,
  withArticle,
} from "./map-words.ts";
import { el, join, type Markup } from "./svg.ts";
import { textWidth } from "./text-width.ts";
import { capitalize, listing } from "./words.ts";

export interface LocatorPlace {
  id: string;
  name: string;
  placeKind?: PlaceKind;
  geo: GeoPoint;
}

/** Frames smaller than this radius (degrees) are drawn from the 50m shapes, larger from 110m. */
export const DETAIL_BELOW_DEG = 25;
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 300;
/** Neighbours named in the description, at most. */
const MAX_NEIGHBOURS = 8;

type LonLat = [number, number];

/** "Europe", "europe", an id ending in "north-america": the continent, if it is one. */
export function continentNamed(place: { id: string; name: string }): Continent | undefined {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z]+/g, " ")
      .trim();
  const name = norm(place.name);
  const id = norm(place.id);
  return CONTINENTS.find((c) => {
    const key = norm(c);
    return name === key || id.endsWith(key);
  });
}

function bodyLabel(lbl: PlacedLabel, cls: string, size: number, bold: boolean): Markup {
  return label(lbl.x, lbl.y, lbl.text, { cls, size, bold, anchor: lbl.anchor });
}

function viewBox(view: MapView): Box {
  return { x0: 2, y0: 2, x1: view.width - 2, y1: view.height - 2 };
}

/** The ringed point and its name, the name beside the ring and inside the map. */
function pointWithName(
  view: MapView,
  at: [number, number],
  name: string,
): { markup: Markup; box: Box } {
  const mark = { x: at[0], y: at[1], r: RING_R + 1 };
  const placed = forceLabel(name, mark, viewBox(view), [], {
    size: FONT,
    weight: "bold",
  });
  return {
    markup: el(
      "g",
      { class: "map-place" },
      pointMark(at[0], at[1]),
      bodyLabel(placed, "map-label", FONT, true),
    ),
    box: placed.box,
  };
}

/** Under this size (units, both ways) a country is ringed like a point: its shape is a speck. */
const SPECK = 14;

/**
 * A country's name: over its middle when the shape is wide enough to hold it, beside it when it
 * is not (Luxembourg), and with a ring round it when the shape is too small to see.
 */
function countryMark(view: MapView, body: MultiPolygon, centre: LonLat, name: string): Markup {
  const [[x0, y0], [x1, y1]] = geoPath(view.unclipped).bounds(body);
  const w = x1 - x0;
  const h = y1 - y0;
  if (w < SPECK && h < SPECK) return pointWithName(view, centre, name).markup;
  if (textWidth(name, FONT, "bold") <= w * 0.8 && FONT * 1.2 <= h * 0.6) {
    const over = countryName(view, centre, name, [], { size: FONT, bold: true, cls: "map-label" });
    if (over) return over;
  }
  // Beside the middle of the shape: a tall, thin country's label sits next to it, not far off.
  const placed = forceLabel(
    name,
    { x: centre[0], y: centre[1], r: Math.min(w, h) / 2 + 2 },
    viewBox(view),
    [],
    {
      size: FONT,
      weight: "bold",
    },
  );
  return bodyLabel(placed, "map-label", FONT, true);
}

/** The country's name at the centre of its body, when it fits there clear of the point. */
function countryName(
  view: MapView,
  at: [number, number] | null,
  name: string,
  avoid: readonly Box[],
  opts: { size: number; bold: boolean; cls: string },
): Markup | null {
  if (!at) return null;
  const y = at[1] + opts.size * 0.32;
  const box = textBox(at[0], y, name, opts.size, "middle", opts.bold ? "bold" : "normal");
  if (!within(box, viewBox(view)) || avoid.some((b) => overlaps(b, box))) return null;
  return label(at[0], y, name, {
    cls: opts.cls,
    size: opts.size,
    bold: opts.bold,
    anchor: "middle",
  });
}

function projectedCentre(view: MapView, body: MultiPolygon | undefined): LonLat | null {
  if (!body || body.coordinates.length === 0) return null;
  const p = view.unclipped(geoCentroid(body) as LonLat);
  return p ? [p[0], p[1]] : null;
}

/** Where the point sits in the body, in words: computed without the view's clip. */
function direction(view: MapView, body: MultiPolygon, point: LonLat): string | null {
  const projection = view.unclipped;
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(body);
  const p = projection(point);
  const c = projectedCentre(view, body);
  if (!p || !c) return null;
  return compass(p[0], p[1], c, { x0, y0, x1, y1 });
}

function namesOf(countries: readonly WorldCountry[]): string {
  const names = countries.map((c) => c.name);
  if (names.length <= MAX_NEIGHBOURS) return listing(names);
  const more = names.length - MAX_NEIGHBOURS;
  return listing([...names.slice(0, MAX_NEIGHBOURS), `${more} more`]);
}

interface Drawn {
  view: MapView;
  body: Markup;
  title: string;
  desc: string;
  country: string;
}

function renderContinent(place: LocatorPlace, point: LonLat | null): Drawn {
  const continent = continentNamed(place);
  const world = loadWorld("110m");
  const view = worldView(WIDTH, { antarctica: continent === "Antarctica" });
  const members = continent ? world.countries.filter((c) => c.continent === continent) : [];
  const parts: Markup[] = [
    baseMap(world, view, {
      fills: [{ countries: members, cls: "map-subject" }],
      tolerance: WORLD_TOLERANCE,
    }),
  ];
  let desc: string;
  if (members.length > 0) {
    desc = `World map with the countries of ${place.name} filled.`;
  } else {
    const at = point ? view.projection(point) : null;
    if (at) parts.push(pointWithName(view, [at[0], at[1]], place.name).markup);
    desc = point
      ? `World map showing where ${place.name} is: ${coordinates(point[1], point[0])}.`
      : `World map. Where ${place.name} is is not known.`;
  }
  return {
    view,
    body: join(parts),
    title: `${place.name} is a continent.`,
    desc,
    country: "",
  };
}

function resolutionFor(f: LocatorFrame): Resolution {
  return f.radiusDeg < DETAIL_BELOW_DEG ? "50m" : "110m";
}

/** The same country in the world the map is drawn from (shapes of two worlds do not mesh). */
function inWorld(world: World, country: WorldCountry | undefined): WorldCountry | undefined {
  if (!country) return undefined;
  if (country.code !== undefined) return world.byCode.get(country.code);
  return world.countries.find((c) => c.name === country.name);
}

function renderCountry(place: LocatorPlace, point: LonLat): Drawn {
  const f = countryFrame(place.geo.country, point);
  const facts = countryFacts(place.geo.country);
  const world = loadWorld(resolutionFor(f));
  const view = localView(f.frame, {
    width: WIDTH,
    minHeight: MIN_HEIGHT,
    maxHeight: MAX_HEIGHT,
    margin: f.mode === "alone" ? 0 : 24,
  });
  const subject = inWorld(world, f.country);
  const parts: Markup[] = [
    baseMap(world, view, {
      fills: subject ? [{ countries: [subject], cls: "map-subject", outline: true }] : [],
    }),
  ];
  const centre = projectedCentre(view, f.body);
  if (!subject || !f.body || !centre) {
    const at = view.projection(point);
    if (at) parts.push(pointWithName(view, [at[0], at[1]], place.name).markup);
  } else {
    parts.push(countryMark(view, f.body, centre, place.name));
  }
  const where = facts?.continent ? ` in ${facts.continent}` : "";
  const title = `${countryInProse(place.name)} is a country${where}.`;
  let desc: string;
  if (subject) {
    // Neighbours on the map: France's in Europe, not those of French Guiana.
    const inView = new Set(countriesInView(world, view));
    const around = world.neighbours(subject).filter((c) => inView.has(c));
    desc =
      around.length > 0
        ? `Map of ${countryInProse(place.name)}, filled, and the countries around it: ${namesOf(around)}.`
        : `Map of ${countryInProse(place.name)}, filled; it has no land border with another country.`;
  } else {
    desc = `Map showing where ${countryInProse(place.name)} is: ${coordinates(point[1], point[0])}.`;
  }
  return {
    view,
    body: join(parts),
    title: capitalize(title),
    desc,
    country: facts?.name ?? place.name,
  };
}

function renderPlace(place: LocatorPlace, point: LonLat): Drawn {
  const f = placeFrame(place.geo.country, point);
  const world = loadWorld(resolutionFor(f));
  const view = localView(f.frame, {
    width: WIDTH,
    minHeight: MIN_HEIGHT,
    maxHeight: MAX_HEIGHT,
    margin: f.mode === "place" ? 20 : 0,
  });
  const country = inWorld(world, f.country);
  const parts: Markup[] = [
    baseMap(world, view, {
      fills: country ? [{ countries: [country], cls: "map-country" }] : [],
    }),
  ];
  const at = view.projection(point) ?? [view.width / 2, view.height / 2];
  const ring = markBox({ x: at[0], y: at[1], r: RING_R + 2 });
  const marked = pointWithName(view, [at[0], at[1]], place.name);
  const countryLabel =
    f.country && f.mode === "place"
      ? countryName(view, projectedCentre(view, f.body), f.country.name, [ring, marked.box], {
          size: SMALL,
          bold: false,
          cls: "map-country-label chart-muted",
        })
      : null;
  if (countryLabel) parts.push(countryLabel);
  parts.push(marked.markup);

  const kind = withArticle(kindWord(place.placeKind));
  const countryWords = f.country ? countryInProse(f.country.name) : null;
  const title = countryWords
    ? `${place.name} is ${kind} in ${countryWords}.`
    : `${place.name} is ${kind}.`;
  const at2 = coordinates(point[1], point[0]);
  let desc: string;
  if (f.country && f.body && countryWords) {
    const where = f.outlying
      ? `in an outlying part of ${countryWords}`
      : whereIn(direction(view, f.body, point), countryWords);
    const zoom =
      f.mode === "zoomed"
        ? ` The map shows the area around it, not the whole of ${countryWords}.`
        : "";
    desc = `Map showing where ${place.name} is: ${where}, at ${at2}.${zoom}`;
  } else {
    desc = `Map showing where ${place.name} is: ${at2}.`;
  }
  return {
    view,
    body: join(parts),
    title,
    desc,
    country: f.country?.name ?? countryFacts(place.geo.country)?.name ?? "",
  };
}

function renderUnknown(place: LocatorPlace): Drawn {
  const world = loadWorld("110m");
  const view = worldView(WIDTH);
  return {
    view,
    body: baseMap(world, view, { tolerance: WORLD_TOLERANCE }),
    title: `Where ${place.name} is`,
    desc: `World map. Where ${place.name} is is not known.`,
    country: countryFacts(place.geo.country)?.name ?? "",
  };
}

/** A small map that tells the reader where one place is. */
export function locatorMap(place: LocatorPlace, opts: { id: string }): ChartResult {
  const point: LonLat | null = hasCoordinates(place.geo) ? [place.geo.lon, place.geo.lat] : null;
  const drawn =
    place.placeKind === "continent"
      ? renderContinent(place, point)
      : point === null
        ? renderUnknown(place)
        : place.placeKind === "country"
          ? renderCountry(place, point)
          : renderPlace(place, point);
  const svg = frame({
    id: opts.id,
    kind: "chart-map chart-locator",
    height: drawn.view.height,
    title: drawn.title,
    desc: drawn.desc,
    body: drawn.body,
  });
  return {
    svg,
    alt: drawn.desc,
    table: {
      caption: `Where ${place.name} is`,
      head: ["Place", "Kind", "Country", "Latitude", "Longitude"],
      rows: [
        [
          place.name,
          kindWord(place.placeKind),
          drawn.country,
          point ? latitude(point[1]) : "",
          point ? longitude(point[0]) : "",
        ],
      ],
    },
  };
}
