/**
 * The layers every map shares: land, the countries a map picks out, borders and coasts, a frame,
 * and the ringed point of a place. Only countries that can be in view are drawn (a cap test, then
 * the projection's clip), land is one merged shape and borders one mesh, so each coast and border
 * is written once. Colours are fallbacks in faint `currentColor`; maps.css swaps in the page's
 * variables for both colour schemes.
 */
import type { GeoPermissibleObjects, GeoProjection } from "d3";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { World, WorldCountry } from "./geo-world.ts";
import { mapPath } from "./map-path.ts";
import { capsMeet, LOCAL_TOLERANCE, type MapView, visibleCap } from "./map-view.ts";
import { el, join, type Markup } from "./svg.ts";

/** A group of countries filled alike: the subject of a map, or the countries its places are in. */
export interface CountryFill {
  countries: readonly WorldCountry[];
  cls: string;
  /** Outlined in the text colour too (the country a locator map is about). */
  outline?: boolean;
}

export interface BaseMapOptions {
  fills?: readonly CountryFill[];
  /** How far (units) an outline may stray from the shape to save bytes: more on a world map. */
  tolerance?: number;
}

/** The countries that can show in the view. */
export function countriesInView(world: World, view: MapView): WorldCountry[] {
  const cap = visibleCap(view);
  if (cap.radius >= Math.PI) return [...world.countries];
  return world.countries.filter((c) => capsMeet(c.cap, cap));
}

function features(countries: readonly WorldCountry[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: "FeatureCollection", features: countries.map((c) => c.feature) };
}

/** How borders and coasts are drawn without maps.css: a faint line in the text colour. */
const LINE = {
  stroke: "currentColor",
  "stroke-opacity": 0.35,
  "stroke-width": 0.5,
  "stroke-linejoin": "round",
} as const;

function layer(cls: string, d: string, attrs: Record<string, string | number>): Markup | null {
  return d === "" ? null : el("path", { class: cls, d, ...attrs });
}

/** Land, fills, borders and a frame, bottom to top. */
export function baseMap(world: World, view: MapView, o: BaseMapOptions = {}): Markup {
  const p: GeoProjection = view.projection;
  const d = (object: GeoPermissibleObjects) =>
    mapPath(object, p, 0.6, o.tolerance ?? LOCAL_TOLERANCE);
  const visible = countriesInView(world, view);
  const shown = new Set(visible);
  const fills = (o.fills ?? []).map((f) => ({
    ...f,
    countries: f.countries.filter((c) => shown.has(c)),
  }));
  const filled = new Set(fills.flatMap((f) => f.countries));
  // Each shape is written once: the land is the countries no fill covers, and a shape's outline
  // is its own path's stroke (a coast, or the edge of a fill), so no coast is written twice.
  const parts: (Markup | null)[] = [
    layer("map-land", d(world.union(visible.filter((c) => !filled.has(c)))), {
      fill: "currentColor",
      "fill-opacity": 0.07,
      ...LINE,
    }),
  ];
  for (const fill of fills) {
    if (fill.countries.length === 0) continue;
    parts.push(
      layer(fill.outline ? `${fill.cls} map-outlined` : fill.cls, d(features(fill.countries)), {
        fill: "currentColor",
        "fill-opacity": 0.2,
        ...(fill.outline
          ? { stroke: "currentColor", "stroke-width": 1.2, "stroke-linejoin": "round" }
          : LINE),
      }),
    );
  }
  // Borders, except those of an outlined country: its stroke is already there, and stronger.
  const outlined = fills.filter((f) => f.outline).flatMap((f) => f.countries);
  parts.push(
    layer("map-border", d(world.borders(visible, outlined)), {
      fill: "none",
      ...LINE,
    }),
  );
  return el(
    "g",
    { class: "map-base", "aria-hidden": "true" },
    ...parts,
    el("rect", {
      class: "map-frame",
      x: 0.5,
      y: 0.5,
      width: view.width - 1,
      height: view.height - 1,
      fill: "none",
      stroke: "currentColor",
      "stroke-opacity": 0.25,
    }),
  );
}
/** Radius of a place's ring on a locator map. */
export const RING_R = 7;

/**
 * A place: a dot inside a ring, on a halo of the page background (maps.css) so it stands out on
 * land and sea alike.
 */
export function pointMark(x: number, y: number): Markup {
  return join(
    el("circle", {
      class: "map-halo",
      cx: x,
      cy: y,
      r: RING_R,
      fill: "none",
      stroke: "none",
      "stroke-width": 4,
    }),
    el("circle", {
      class: "map-ring",
      cx: x,
      cy: y,
      r: RING_R,
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 1.75,
    }),
    el("circle", { class: "map-dot", cx: x, cy: y, r: 3, fill: "currentColor" }),
  );
}
