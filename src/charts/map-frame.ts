/**
 * What a locator map frames. A country is framed to its main body, not to every island and
 * overseas territory it has (France without French Guiana, the United States without Alaska), a
 * place to the part of its country it is in; a tiny country gets a minimum of surroundings, and a
 * place in a very large country a window around the place, so the dot says something.
 */
import {
  type GeoPermissibleObjects,
  geoArea,
  geoCentroid,
  geoCircle,
  geoContains,
  geoDistance,
} from "d3";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { type Cap, capOf, findCountry, loadWorld, type WorldCountry } from "./geo-world.ts";

const RAD = Math.PI / 180;
/** Parts of a country closer than this (about 440 km) belong to one body: Corsica, Sicily, Java. */
const LINK_DEG = 4;
/**
 * Two farther parts still belong together when the smaller is at least this share of the larger
 * (Malaysia's two halves; not Alaska, a fifth of the rest of the United States)…
 */
const LARGE_PART = 0.25;
/** …and not farther than this. */
const LARGE_LINK_DEG = 15;
/** A country is framed with at least this radius around its centre: a tiny one shows neighbours. */
export const MIN_CONTEXT_DEG = 3;
/** A place shows at least this much around it. */
export const PLACE_CONTEXT_DEG = 1.5;
/**
 * A country whose body reaches farther than this from its centre (the United States, Russia,
 * China, Brazil) is too big to frame a place in…
 */
export const BIG_COUNTRY_DEG = 18;
/**
 * …so the map frames a window round the place, a little over half the country's reach: enough
 * for some of its coasts and borders to show where in the country the window is.
 */
export const ZOOM_SHARE = 0.55;
export const ZOOM_MIN_DEG = 8;
export const ZOOM_MAX_DEG = 20;
/** A place with no country to frame gets this much around it. */
export const ALONE_DEG = 5;

type LonLat = [number, number];

/** At most `max` of a ring's vertices, evenly spread: enough to measure gaps between parts. */
function sample(ring: readonly Position[], max = 120): LonLat[] {
  const step = Math.max(1, Math.ceil(ring.length / max));
  const out: LonLat[] = [];
  for (let i = 0; i < ring.length; i += step) out.push([ring[i]?.[0] ?? 0, ring[i]?.[1] ?? 0]);
  return out;
}

interface Part {
  polygon: Position[][];
  area: number;
  outline: LonLat[];
  cap: Cap;
}

/**
 * The smallest distance (radians) between two parts' outlines, from samples of their vertices;
 * at least `limit` when their caps already say it is (most pairs, at no cost).
 */
function gap(a: Part, b: Part, limit: number): number {
  const apart = geoDistance(a.cap.center, b.cap.center) - a.cap.radius - b.cap.radius;
  if (apart >= limit) return apart;
  let best = Math.PI;
  for (const p of a.outline) {
    for (const q of b.outline) {
      best = Math.min(best, geoDistance(p, q));
      // Linked is all the caller asks: no need for the exact smallest distance.
      if (best < limit) return best;
    }
  }
  return best;
}

function polygons(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The main body of a country: the polygon `near` is in (or the nearest one), else the largest, and
 * every part linked to it by short gaps or large enough to matter.
 */
export function mainPart(geometry: Polygon | MultiPolygon, near?: LonLat): MultiPolygon {
  const parts: Part[] = polygons(geometry).map((polygon) => ({
    polygon,
    area: geoArea({ type: "Polygon", coordinates: polygon }),
    outline: sample(polygon[0] ?? []),
    cap: capOf({ type: "Polygon", coordinates: polygon }),
  }));
  if (parts.length <= 1) return { type: "MultiPolygon", coordinates: parts.map((p) => p.polygon) };
  let anchor: Part | undefined;
  if (near) {
    anchor = parts.find((p) => geoContains({ type: "Polygon", coordinates: p.polygon }, near));
    if (!anchor) {
      let best = Infinity;
      for (const p of parts) {
        const d = Math.min(...p.outline.map((q) => geoDistance(q, near)));
        if (d < best) {
          best = d;
          anchor = p;
        }
      }
    }
  } else {
    for (const p of parts) if (!anchor || p.area > anchor.area) anchor = p;
  }
  if (!anchor) return { type: "MultiPolygon", coordinates: [] };
  const main = anchor;
  // Symmetric, so the body found from an outlying part (Alaska) does not swallow the main one.
  const linked = (p: Part, q: Part): boolean => {
    const large = Math.min(p.area, q.area) >= Math.max(p.area, q.area) * LARGE_PART;
    const limit = (large ? LARGE_LINK_DEG : LINK_DEG) * RAD;
    return gap(p, q, limit) < limit;
  };
  // Grows from the anchor: each part joins when it is linked to a part already in.
  const included = new Set<Part>([main]);
  const queue: Part[] = [main];
  for (let q = queue.shift(); q !== undefined; q = queue.shift()) {
    for (const p of parts) {
      if (included.has(p) || !linked(p, q)) continue;
      included.add(p);
      queue.push(p);
    }
  }
  // Source order, so the output does not depend on the order parts were linked in.
  return {
    type: "MultiPolygon",
    coordinates: parts.filter((p) => included.has(p)).map((p) => p.polygon),
  };
}

function circle(center: LonLat, radiusDeg: number): Polygon {
  return geoCircle().center(center).radius(radiusDeg).precision(6)() as Polygon;
}

function collection(...geometries: (Polygon | MultiPolygon)[]): GeoPermissibleObjects {
  return {
    type: "FeatureCollection",
    features: geometries.map(
      (geometry): Feature => ({ type: "Feature", properties: {}, geometry }),
    ),
  };
}

export type FrameMode =
  /** A country: its body filled, its neighbours around it. */
  | "country"
  /** A place in a country, framed to the country's body. */
  | "place"
  /** A place in a very large country: a window around the place. */
  | "zoomed"
  /** A place (or a country) with no shape to frame: the place and what is around it. */
  | "alone";

export interface LocatorFrame {
  mode: FrameMode;
  /** What the projection is fitted to. */
  frame: GeoPermissibleObjects;
  /** Angular radius of the frame, in degrees: how much of the world the map shows. */
  radiusDeg: number;
  country: WorldCountry | undefined;
  /** The body of the country the frame is built on (for "in the east of …"). */
  body: MultiPolygon | undefined;
  /** True when that body is not the country's main one (Alaska, Corsica, an overseas region). */
  outlying: boolean;
}

/** The country the point is in, from its code when that fits the point, else by containment. */
export function countryAt(code: string | undefined, point: LonLat): WorldCountry | undefined {
  const given = findCountry(code);
  if (given) {
    // A code that puts the place on the other side of the world is a wrong code: ignore it.
    const cap = given.cap;
    if (geoDistance(cap.center, point) <= cap.radius + 5 * RAD) return given;
  }
  for (const c of loadWorld("110m").countries) {
    if (geoDistance(c.cap.center, point) > c.cap.radius) continue;
    if (geoContains(c.feature, point)) return c;
  }
  return undefined;
}

function framed(
  mode: FrameMode,
  country: WorldCountry | undefined,
  body: MultiPolygon | undefined,
  ...shapes: (Polygon | MultiPolygon)[]
): LocatorFrame {
  const frame = collection(...shapes);
  const cap = capOf({
    type: "MultiPolygon",
    coordinates: shapes.flatMap((s) => (s.type === "Polygon" ? [s.coordinates] : s.coordinates)),
  });
  let outlying = false;
  if (country && body) {
    const main = mainPart(country.feature.geometry);
    outlying = !main.coordinates.some((p) => body.coordinates.includes(p));
  }
  return { mode, frame, radiusDeg: cap.radius / RAD, country, body, outlying };
}

/** The frame of a country's map. */
export function countryFrame(code: string | undefined, point: LonLat): LocatorFrame {
  const country = findCountry(code);
  if (!country) return framed("alone", undefined, undefined, circle(point, ALONE_DEG));
  const body = mainPart(country.feature.geometry);
  const center = geoCentroid(body) as LonLat;
  return framed("country", country, body, body, circle(center, MIN_CONTEXT_DEG));
}

/** The frame of a city's or a region's map. */
export function placeFrame(code: string | undefined, point: LonLat): LocatorFrame {
  const country = countryAt(code, point);
  if (!country) return framed("alone", undefined, undefined, circle(point, ALONE_DEG));
  const body = mainPart(country.feature.geometry, point);
  const cap = capOf(body);
  const reach = cap.radius / RAD;
  if (reach > BIG_COUNTRY_DEG) {
    const radius = Math.min(ZOOM_MAX_DEG, Math.max(ZOOM_MIN_DEG, reach * ZOOM_SHARE));
    return framed("zoomed", country, body, circle(point, radius));
  }
  return framed(
    "place",
    country,
    body,
    body,
    circle(point, PLACE_CONTEXT_DEG),
    circle(cap.center, MIN_CONTEXT_DEG),
  );
}
