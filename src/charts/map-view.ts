/**
 * Projections fitted to what a map frames. A country or a region gets a conic equal-area
 * projection centred on it (shapes and areas stay true at that scale, and its standard parallels
 * follow the frame); the world gets Equal Earth. Every projection clips to the viewBox, so nothing
 * outside it is written (the chart's <svg> shows overflow, so clipping is not optional).
 */
import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoBounds,
  geoConicEqualArea,
  geoDistance,
  geoEqualEarth,
  geoPath,
} from "d3";
import type { Geometry } from "geojson";
import type { Cap } from "./geo-world.ts";

/**
 * How far (units) outlines may stray from the shapes to save bytes: less than a pixel on a
 * country's map, a little more on the world's, where 170 countries share 360 units.
 */
export const LOCAL_TOLERANCE = 0.3;
export const WORLD_TOLERANCE = 0.6;

export interface MapView {
  /** Clipped to [0, 0]–[width, height]. */
  projection: GeoProjection;
  /** The same projection without the clip: for positions and bounds of things out of view. */
  unclipped: GeoProjection;
  width: number;
  height: number;
}

export interface ViewSize {
  width: number;
  /** The height follows the frame's shape, within these bounds. */
  minHeight: number;
  maxHeight: number;
  /** Space around the frame, in user units. */
  margin: number;
}

/** The middle longitude of a bounds box, across the antimeridian when the box wraps. */
export function middleLongitude(bounds: [[number, number], [number, number]]): number {
  const [[west], [east]] = bounds;
  const span = east >= west ? east - west : east + 360 - west;
  const mid = west + span / 2;
  return mid > 180 ? mid - 360 : mid;
}

/** Fits the projection to the frame: width fixed, height from the frame's shape (clamped). */
function fitView(make: () => GeoProjection, frame: GeoPermissibleObjects, size: ViewSize): MapView {
  const probe = make().fitWidth(size.width - 2 * size.margin, frame);
  const [[, y0], [, y1]] = geoPath(probe).bounds(frame);
  const natural = Number.isFinite(y1 - y0) ? y1 - y0 + 2 * size.margin : size.minHeight;
  const height = Math.round(Math.min(size.maxHeight, Math.max(size.minHeight, natural)));
  return placed(
    make,
    [
      [size.margin, size.margin],
      [size.width - size.margin, height - size.margin],
    ],
    frame,
    size.width,
    height,
  );
}

/** Two copies of the projection fitted to `extent`; one clipped to the viewBox. */
function placed(
  make: () => GeoProjection,
  extent: [[number, number], [number, number]],
  frame: GeoPermissibleObjects,
  width: number,
  height: number,
): MapView {
  const unclipped = make().fitExtent(extent, frame);
  const projection = make()
    .fitExtent(extent, frame)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, unclipped, width, height };
}

/** A conic equal-area view of a country or region, its parallels at 1/6 and 5/6 of the frame. */
export function localView(frame: GeoPermissibleObjects, size: ViewSize): MapView {
  const bounds = geoBounds(frame) as [[number, number], [number, number]];
  const [[, south], [, north]] = bounds;
  const third = (north - south) / 6;
  const make = () =>
    geoConicEqualArea()
      .rotate([-middleLongitude(bounds), 0])
      .parallels([south + third, north - third])
      .precision(0.2);
  return fitView(make, frame, size);
}

/** Points along a parallel, all the way round: what `worldView` fits to. */
function parallel(lat: number): GeoPermissibleObjects {
  const coordinates: [number, number][] = [];
  for (let lon = -180; lon <= 180; lon += 5) coordinates.push([lon, lat]);
  return { type: "MultiPoint", coordinates };
}

/**
 * The whole world in Equal Earth, rotated to `center` longitude. Without Antarctica (the band
 * from 58° S to 84° N: no capital, and a fifth of the height) unless it is asked for.
 */
export function worldView(
  width: number,
  opts: { antarctica?: boolean; center?: number } = {},
): MapView {
  const make = () =>
    geoEqualEarth()
      .rotate([-(opts.center ?? 0), 0])
      .precision(0.2);
  const frame: GeoPermissibleObjects = opts.antarctica
    ? { type: "Sphere" }
    : {
        type: "GeometryCollection",
        // The equator too: the widest parallel sets the width.
        geometries: [parallel(-58), parallel(0), parallel(84)] as Geometry[],
      };
  const [[, y0], [, y1]] = geoPath(make().fitWidth(width - 2, frame)).bounds(frame);
  const height = Math.ceil(y1 - y0 + 2);
  return placed(
    make,
    [
      [1, 1],
      [width - 1, height - 1],
    ],
    frame,
    width,
    height,
  );
}

/** Fits an Equal Earth view to a frame smaller than the world (a region the places are in). */
export function regionView(frame: GeoPermissibleObjects, size: ViewSize): MapView {
  const bounds = geoBounds(frame) as [[number, number], [number, number]];
  const make = () =>
    geoEqualEarth()
      .rotate([-middleLongitude(bounds), 0])
      .precision(0.2);
  return fitView(make, frame, size);
}

/**
 * A cap on the sphere that holds everything the view shows: its centre, and the farthest point
 * of its edge. Used to skip countries that cannot be in view before projecting them.
 */
export function visibleCap(view: MapView): Cap {
  const { projection, width, height } = view;
  const center = projection.invert?.([width / 2, height / 2]) ?? [0, 0];
  let radius = 0;
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [
      [(width * i) / steps, 0],
      [(width * i) / steps, height],
      [0, (height * i) / steps],
      [width, (height * i) / steps],
    ] as const) {
      const p = projection.invert?.([x, y]);
      // A viewBox corner off the globe (the world view): the view may hold anything.
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
        return { center, radius: Math.PI };
      radius = Math.max(radius, geoDistance(center, p));
    }
  }
  return { center: [center[0], center[1]], radius };
}

/** True when two caps overlap (so the shape may show in the view). */
export function capsMeet(a: Cap, b: Cap): boolean {
  return geoDistance(a.center, b.center) <= a.radius + b.radius + 1e-6;
}
