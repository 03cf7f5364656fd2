/**
 * Places map: every place the sources name, on one map. A circle's area grows with the place's
 * mentions; the sources that name it sit round the circle as their marks (the same colour and
 * shape as in every other chart, so colour never works alone); the countries with a named place
 * are lightly filled. Labels that would collide are left off the map, never out of the table.
 * With `href`, each place is a link a keyboard reaches with Tab.
 */
import { type GeoPermissibleObjects, geoBounds, geoCircle, scaleSqrt } from "d3";
import type { Feature, Polygon } from "geojson";
import type { GeoPoint, PlaceKind } from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import { cap, cappedNote, moreLine } from "./cap.ts";
import { type ChartResult, frame, label, SMALL, type SourceRef, WIDTH } from "./chart.ts";
import { countryFacts, hasCoordinates, loadWorld, type WorldCountry } from "./geo-world.ts";
import { dodge } from "./map-dodge.ts";
import { type Box, labelLine, markBox, type PlacedLabel, placeLabel } from "./map-labels.ts";
import { baseMap } from "./map-layers.ts";
import { type MapView, regionView, WORLD_TOLERANCE, worldView } from "./map-view.ts";
import { kindWord } from "./map-words.ts";
import { sourceMark, sourceStyle } from "./palette.ts";
import { describePlaces } from "./places-map-describe.ts";
import { sizeLegend, sourceKey } from "./places-map-legend.ts";
import { type ChartSource, letterFor } from "./sources.ts";
import { el, join, type Markup } from "./svg.ts";
import { count } from "./words.ts";

export interface MapPlace {
  id: string;
  name: string;
  placeKind?: PlaceKind;
  geo: GeoPoint;
  mentions: number;
  /** Ids of the sources that name the place. */
  sources: readonly string[];
  /** The place's page: each place becomes a link. */
  href?: string;
}

const TITLE = "Where the places named are";
/** Every place shows at least this much around it, so two nearby places still show a region. */
export const CONTEXT_DEG = 6;
/** A frame wider than this (degrees of longitude or latitude) shows the whole world. */
const WORLD_SPAN_LON = 150;
const WORLD_SPAN_LAT = 90;
/** Frames smaller than this radius are drawn from the 50m shapes. */
const DETAIL_SPAN_DEG = 50;
/** Circle radii: the least mentioned place, and the most. */
export const R_MIN = 4;
export const R_MAX = 14;
/** Source marks round a circle: their area, their gap from it, and the arc between two. */
const GLYPH_AREA = 40;
const GLYPH_GAP = 5;
const GLYPH_ARC = 9.5;
const GLYPH_R = 3.8;
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 340;
/**
 * The most places drawn (most mentioned first), source marks round one place, and sources in
 * the key; the table keeps every place and source.
 */
export const MAX_PLACES = 150;
export const MAX_MARKS = 12;
export const MAX_KEY = 24;
/** Outlines are a backdrop here, not the subject: a little coarser than a locator map's. */
const PLACES_TOLERANCE = 0.4;

type LonLat = [number, number];

/** Places named this often always get a label (farther out, with a line, where places crowd). */
const ALWAYS_LABELLED = 5;
/** How far from its circle such a label may go, nearest first. */
const FAR_GAPS = [2, 12, 24, 40, 60, 90];

interface Drawn {
  place: MapPlace;
  /** Where the place is on the map. */
  trueX: number;
  trueY: number;
  /** Where its circle is drawn: the same, unless it was moved off a neighbour's. */
  x: number;
  y: number;
  r: number;
  /** Radius of the circle with its source marks. */
  reach: number;
  sources: ChartSource[];
}

/** Most mentioned first; then by name and id, so ties always fall the same way. */
function byMentions(a: MapPlace, b: MapPlace): number {
  return b.mentions - a.mentions || byCodeUnit(a.name, b.name) || byCodeUnit(a.id, b.id);
}

/**
 * The listed sources in order, then any a place cites that the list lacks (labelled by id), each
 * styled by its position in the story's list as in every other chart.
 */
export function mapSources(
  sources: readonly SourceRef[],
  places: readonly MapPlace[],
): ChartSource[] {
  const refs: SourceRef[] = [];
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    refs.push({ id: s.id, label: s.label || s.id });
  }
  for (const p of places) {
    for (const id of p.sources) {
      if (seen.has(id)) continue;
      seen.add(id);
      refs.push({ id, label: id });
    }
  }
  return refs.map((r, i) => ({ ...r, style: sourceStyle(i), letter: letterFor(i) }));
}

/** Only links a page would make: relative paths and http(s). */
function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const h = href.trim();
  if (h === "") return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(h)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "http" || scheme === "https" ? h : undefined;
}

/** The world, or the region the places are in with some room round each. */
function viewFor(points: readonly LonLat[]): { view: MapView; world: boolean; radius: number } {
  if (points.length === 0) return { view: worldView(WIDTH), world: true, radius: 180 };
  const circles: Feature<Polygon>[] = points.map((p) => ({
    type: "Feature",
    properties: {},
    geometry: geoCircle().center(p).radius(CONTEXT_DEG).precision(6)() as Polygon,
  }));
  const frameObject: GeoPermissibleObjects = { type: "FeatureCollection", features: circles };
  const [[west, south], [east, north]] = geoBounds(frameObject);
  const lonSpan = east >= west ? east - west : east + 360 - west;
  const latSpan = north - south;
  if (lonSpan > WORLD_SPAN_LON || latSpan > WORLD_SPAN_LAT) {
    return {
      view: worldView(WIDTH, { antarctica: points.some((p) => p[1] < -58) }),
      world: true,
      radius: 180,
    };
  }
  const view = regionView(frameObject, {
    width: WIDTH,
    minHeight: MIN_HEIGHT,
    maxHeight: MAX_HEIGHT,
    margin: 4,
  });
  return { view, world: false, radius: Math.max(lonSpan, latSpan) / 2 };
}

/** Where the i-th of n source marks sits round a circle: clockwise from the top. */
function glyphRing(r: number, n: number): { distance: number; angle: (i: number) => number } {
  const distance = Math.max(r + GLYPH_GAP, (GLYPH_ARC * n) / (2 * Math.PI));
  const step = GLYPH_ARC / distance;
  return { distance, angle: (i) => -Math.PI / 2 + i * step };
}

function ariaLabel(d: Drawn): string {
  const names = cap(
    d.sources.map((s) => s.label),
    MAX_MARKS,
  );
  const n = d.place.mentions;
  const listed = [...names.shown, ...(names.more > 0 ? [`${names.more} more`] : [])];
  return `${d.place.name}: ${n} ${n === 1 ? "mention" : "mentions"} in ${count(d.sources.length, "source")}${
    listed.length > 0 ? `: ${listed.join(", ")}` : ""
  }`;
}

/** A line from a moved circle back to the dot where its place really is. */
function leader(d: Drawn): Markup | null {
  if (Math.hypot(d.x - d.trueX, d.y - d.trueY) <= 1) return null;
  return join(
    el("line", {
      class: "map-leader",
      x1: d.trueX,
      y1: d.trueY,
      x2: d.x,
      y2: d.y,
      stroke: "currentColor",
      "stroke-width": 1,
    }),
    el("circle", { class: "map-dot", cx: d.trueX, cy: d.trueY, r: 1.75, fill: "currentColor" }),
  );
}

function placeMarks(d: Drawn, placed: PlacedLabel | null): Markup {
  const marked = d.sources.slice(0, MAX_MARKS);
  const ring = glyphRing(d.r, marked.length);
  const glyphs = marked.map((s, i) => {
    const a = ring.angle(i);
    return sourceMark(
      s.style,
      d.x + ring.distance * Math.cos(a),
      d.y + ring.distance * Math.sin(a),
      GLYPH_AREA,
    );
  });
  return join(
    el("circle", {
      class: "map-bubble",
      cx: d.x,
      cy: d.y,
      r: d.r,
      fill: "currentColor",
      "fill-opacity": 0.6,
      stroke: "currentColor",
      "stroke-width": 1.25,
    }),
    ...glyphs,
    placed ? labelLine(d, placed) : null,
    placed
      ? label(placed.x, placed.y, placed.text, {
          cls: "map-label",
          size: SMALL,
          anchor: placed.anchor,
        })
      : null,
  );
}

/** Every place the sources name, on one map. */
export function placesMap(
  places: readonly MapPlace[],
  sources: readonly SourceRef[],
  opts: { id: string },
): ChartResult {
  const allSources = mapSources(sources, places);
  const sourceById = new Map(allSources.map((s) => [s.id, s]));
  const sorted = [...places].sort(byMentions);
  const mappable = cap(
    sorted.filter((p) => hasCoordinates(p.geo)),
    MAX_PLACES,
  );
  const located = mappable.shown;
  const missing = sorted.filter((p) => !hasCoordinates(p.geo));
  const points: LonLat[] = located.map((p) => [p.geo.lon, p.geo.lat]);
  const { view, world: isWorld, radius: frameRadius } = viewFor(points);
  const world = loadWorld(!isWorld && frameRadius < DETAIL_SPAN_DEG / 2 ? "50m" : "110m");

  const counts = located.map((p) => Math.max(1, p.mentions));
  const lo = Math.min(...counts, 1);
  const hi = Math.max(...counts, 1);
  const scale = scaleSqrt()
    .domain([lo, hi])
    .range([R_MIN, hi > lo ? R_MAX : R_MIN + 2]);
  const radius = (m: number) => scale(Math.max(lo, Math.min(hi, Math.max(1, m))));

  const drawn: Drawn[] = [];
  for (const p of located) {
    const at = view.projection([p.geo.lon, p.geo.lat]);
    if (!at) continue;
    const r = radius(p.mentions);
    const cited = [...new Set(p.sources)]
      .map((id) => sourceById.get(id))
      .filter((s): s is ChartSource => s !== undefined)
      .sort((a, b) => a.style.index - b.style.index);
    drawn.push({
      place: p,
      trueX: at[0],
      trueY: at[1],
      x: at[0],
      y: at[1],
      r,
      reach:
        glyphRing(r, Math.min(cited.length, MAX_MARKS)).distance + (cited.length > 0 ? GLYPH_R : 0),
      sources: cited,
    });
  }

  // Circles that would overlap are moved apart (a leader line shows where each really is).
  const bounds: Box = { x0: 2, y0: 2, x1: view.width - 2, y1: view.height - 2 };
  const moved = dodge(
    drawn.map((d) => ({ x: d.x, y: d.y, r: d.reach })),
    bounds,
  );
  drawn.forEach((d, i) => {
    d.x = moved[i]?.x ?? d.x;
    d.y = moved[i]?.y ?? d.y;
  });

  // Labels, most mentioned first: each clear of every mark and of the labels placed before it.
  const marks = drawn.map((d) => markBox({ x: d.x, y: d.y, r: d.reach }));
  const labels = new Map<Drawn, PlacedLabel>();
  const taken: Box[] = [];
  drawn.forEach((d, i) => {
    const obstacles = [...marks.filter((_, j) => j !== i), ...taken];
    // A much-mentioned place a reader looks for: in a crowd its label moves out, with a line.
    const gaps = d.place.mentions >= ALWAYS_LABELLED ? FAR_GAPS : [2];
    let placed: PlacedLabel | null = null;
    for (const gap of gaps) {
      const mark = { x: d.x, y: d.y, r: d.reach };
      placed = placeLabel(d.place.name, mark, bounds, obstacles, { size: SMALL, gap });
      if (placed) break;
    }
    if (placed) {
      labels.set(d, placed);
      taken.push(placed.box);
    }
  });

  const mentioned: WorldCountry[] = [];
  for (const p of located) {
    if (p.placeKind === "continent") continue;
    const c = p.geo.country ? world.byCode.get(p.geo.country.toUpperCase()) : undefined;
    if (c && !mentioned.includes(c)) mentioned.push(c);
  }

  // Larger circles first, so a small one on top of a large one stays visible.
  const drawOrder = [...drawn].sort(
    (a, b) =>
      b.r - a.r || byCodeUnit(a.place.name, b.place.name) || byCodeUnit(a.place.id, b.place.id),
  );
  let linked = false;
  const placeParts = drawOrder.map((d) => {
    const marksMarkup = placeMarks(d, labels.get(d) ?? null);
    const href = safeHref(d.place.href);
    if (href === undefined) {
      return el("g", { class: "map-place", "data-place": d.place.id }, marksMarkup);
    }
    linked = true;
    return el(
      "a",
      { class: "map-place", href, "aria-label": ariaLabel(d), "data-place": d.place.id },
      marksMarkup,
    );
  });

  const parts: Markup[] = [
    baseMap(world, view, {
      fills: [{ countries: mentioned, cls: "map-mentioned" }],
      tolerance: isWorld ? WORLD_TOLERANCE : PLACES_TOLERANCE,
    }),
    // Leaders under every circle, so none crosses a circle drawn before it.
    el("g", { class: "map-leaders", "aria-hidden": "true" }, ...drawOrder.map(leader)),
    el("g", { class: "map-places" }, ...placeParts),
  ];
  let y = view.height + 10;
  if (drawn.length > 0) {
    const values = lo === hi ? [lo] : [lo, hi];
    const size = sizeLegend(radius, values, y);
    parts.push(size.markup);
    y += size.height + 8;
  }
  const citing = new Set(drawn.flatMap((d) => d.sources));
  const cited = allSources.filter((s) => citing.has(s));
  if (cited.length > 0) {
    const key = sourceKey(cited, MAX_KEY, GLYPH_AREA + 20, y);
    parts.push(key.markup);
    y += key.height;
  }
  if (mappable.more > 0) {
    parts.push(moreLine(0, y + SMALL + 4, mappable.more, "place"));
    y += SMALL + 8;
  }

  const alt = [
    describePlaces(drawn, missing, cited.length),
    cappedNote([{ shown: located.length, total: located.length + mappable.more, many: "places" }]),
  ]
    .filter(Boolean)
    .join(" ");
  let svg = frame({
    id: opts.id,
    kind: "chart-map chart-places",
    height: y + 4,
    title: TITLE,
    desc: alt,
    body: join(parts),
  });
  // role="img" hides an image's children from assistive technology, links included: with links
  // the map is a group (still named by its title and described by its desc).
  if (linked) svg = svg.replace(' role="img"', ' role="group"') as Markup;

  return {
    svg,
    alt,
    table: {
      caption: "Places named in the sources",
      head: ["Place", "Kind", "Country", "Mentions", "Sources"],
      rows: sorted.map((p) => [
        p.name,
        kindWord(p.placeKind),
        countryFacts(p.geo.country)?.name ?? p.geo.country ?? "",
        String(p.mentions),
        [...new Set(p.sources)]
          .map((id) => sourceById.get(id))
          .filter((s): s is ChartSource => s !== undefined)
          .sort((a, b) => a.style.index - b.style.index)
          .map((s) => s.label)
          .join(", "),
      ]),
    },
  };
}
