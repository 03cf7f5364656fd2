/**
 * The world map's countries: Natural Earth shapes from world-atlas (TopoJSON, numeric ISO 3166-1
 * ids) joined to world-countries (alpha-2 `cca2`, numeric `ccn3`, name, region), so a chart can ask
 * for "FR" the way the gazetteer writes it. Nothing here is a hand-written table: both halves of
 * the join come from the packages.
 *
 * The data loads lazily, once per resolution, through core's one package loader
 * (core/geo/countries.ts), which also serves bundled chunks; it keeps the 750 KB 50m file out of
 * any bundle and out of the type checker.
 */
import { geoCentroid, geoDistance } from "d3";
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, merge, mesh, neighbors } from "topojson-client";
import type {
  GeometryCollection,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from "topojson-specification";
import type { Country } from "world-countries";
import {
  CONTINENTS,
  type Continent,
  continentOf,
  requirePackageData,
  worldCountries,
} from "../core/geo/countries.ts";
import { byCodeUnit } from "../core/text/compare.ts";

/** 110m: the world and continents; 50m: a country or a region, and the smallest countries. */
export type Resolution = "110m" | "50m";

export { CONTINENTS, type Continent };

/** What world-countries says about a country, whether or not the atlas draws it. */
export interface CountryFacts {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  continent: Continent | undefined;
}

/** A spherical cap that contains a shape: cheap "could this be in view?" tests. */
export interface Cap {
  center: [number, number];
  /** Radians. */
  radius: number;
}

/** A country's TopoJSON geometry, named by Natural Earth. */
type Shape = TopoPolygon<AtlasProps> | TopoMultiPolygon<AtlasProps>;
interface AtlasProps {
  name?: string;
}

export interface WorldCountry {
  /** ISO alpha-2, or undefined for areas world-countries does not list (disputed territories). */
  code: string | undefined;
  name: string;
  continent: Continent | undefined;
  feature: Feature<Polygon | MultiPolygon>;
  cap: Cap;
  /** The TopoJSON geometry, for meshes and merges that draw each shared border once. */
  shape: Shape;
}

export interface World {
  resolution: Resolution;
  countries: readonly WorldCountry[];
  byCode: ReadonlyMap<string, WorldCountry>;
  /** Countries sharing a border with this one (topological neighbours), sorted by name. */
  neighbours(country: WorldCountry): readonly WorldCountry[];
  /**
   * The land borders among these countries, each once (coasts are the land's own outline),
   * leaving out the borders of `except` (drawn with their country's own outline).
   */
  borders(countries: readonly WorldCountry[], except?: readonly WorldCountry[]): MultiLineString;
  /** These countries as one shape, without the borders between them. */
  union(countries: readonly WorldCountry[]): MultiPolygon;
}

/** True when a point can be drawn: finite, and on the globe. */
export function hasCoordinates(geo: { lat: number; lon: number }): boolean {
  return (
    Number.isFinite(geo.lat) &&
    Number.isFinite(geo.lon) &&
    Math.abs(geo.lat) <= 90 &&
    Math.abs(geo.lon) <= 180
  );
}

/** The smallest cap (about the centroid) that holds every vertex. */
export function capOf(geometry: Polygon | MultiPolygon): Cap {
  const center = geoCentroid(geometry) as [number, number];
  let radius = 0;
  const rings: Position[][] =
    geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const p of ring) {
      const d = geoDistance(center, [p[0] ?? 0, p[1] ?? 0]);
      if (d > radius) radius = d;
    }
  }
  return { center, radius };
}

function isShape(g: { type: string | null }): g is Shape {
  return g.type === "Polygon" || g.type === "MultiPolygon";
}

/**
 * Joins an atlas topology to world-countries. Atlas ids are numeric codes ("250"); the few shapes
 * without one (Natural Earth leaves disputed areas unnumbered) are matched by name when
 * world-countries lists that name, and kept without a code otherwise.
 */
export function buildWorld(
  topology: Topology,
  countryList: readonly Country[],
  resolution: Resolution,
): World {
  const byNumeric = new Map<string, Country>();
  const byName = new Map<string, Country>();
  for (const c of countryList) {
    if (c.ccn3) byNumeric.set(c.ccn3, c);
    byName.set(c.name.common.toLowerCase(), c);
  }
  const collection = topology.objects.countries as GeometryCollection<AtlasProps>;
  const shapes = collection.geometries.filter(isShape);
  const countries: WorldCountry[] = [];
  for (const shape of shapes) {
    const atlasName = shape.properties?.name ?? "";
    const facts =
      shape.id !== undefined
        ? byNumeric.get(String(shape.id))
        : byName.get(atlasName.toLowerCase());
    const f = feature(topology, shape) as Feature<Polygon | MultiPolygon>;
    countries.push({
      code: facts?.cca2,
      name: facts?.name.common ?? atlasName,
      continent: facts ? continentOf(facts) : undefined,
      feature: f,
      cap: capOf(f.geometry),
      shape,
    });
  }
  const byCode = new Map<string, WorldCountry>();
  for (const c of countries) if (c.code !== undefined && !byCode.has(c.code)) byCode.set(c.code, c);

  const adjacency = neighbors(shapes);
  const index = new Map(countries.map((c, i) => [c, i]));
  return {
    resolution,
    countries,
    byCode,
    neighbours(country) {
      const i = index.get(country);
      if (i === undefined) return [];
      return (adjacency[i] ?? [])
        .map((j) => countries[j])
        .filter((c): c is WorldCountry => c !== undefined)
        .sort((a, b) => byCodeUnit(a.name, b.name));
    },
    borders(list, except = []) {
      const skip = new Set<unknown>(except.map((c) => c.shape));
      return mesh(
        topology,
        { type: "GeometryCollection", geometries: list.map((c) => c.shape) },
        (a, b) => a !== b && !skip.has(a) && !skip.has(b),
      );
    },
    union(list) {
      return merge(
        topology,
        list.map((c) => c.shape),
      );
    },
  };
}

const worlds = new Map<Resolution, World>();
let facts: Map<string, CountryFacts> | undefined;

/** The world at a resolution, loaded on first use and kept. */
export function loadWorld(resolution: Resolution = "110m"): World {
  let world = worlds.get(resolution);
  if (!world) {
    const topology = requirePackageData(`world-atlas/countries-${resolution}.json`) as Topology;
    world = buildWorld(topology, worldCountries(), resolution);
    worlds.set(resolution, world);
  }
  return world;
}

/** Name and continent of a country by alpha-2 code (any case), drawn on the map or not. */
export function countryFacts(code: string | undefined): CountryFacts | undefined {
  if (code === undefined) return undefined;
  if (!facts) {
    facts = new Map();
    for (const c of worldCountries()) {
      facts.set(c.cca2, { code: c.cca2, name: c.name.common, continent: continentOf(c) });
    }
  }
  return facts.get(code.toUpperCase());
}

/** The country's shape at the given resolution, or at 50m when 110m leaves it out. */
export function findCountry(
  code: string | undefined,
  resolution: Resolution = "110m",
): WorldCountry | undefined {
  if (code === undefined) return undefined;
  const key = code.toUpperCase();
  return (
    loadWorld(resolution).byCode.get(key) ??
    (resolution === "110m" ? loadWorld("50m").byCode.get(key) : undefined)
  );
}
