/** The words of map text alternatives: where a point sits in a country, coordinates, kinds. */
import type { PlaceKind } from "../core/model.ts";
import type { Box } from "./map-labels.ts";

/** "city", "region", …; "place" when the kind is unknown. */
export function kindWord(kind: PlaceKind | undefined): string {
  return kind ?? "place";
}

/** "a city", "an island": the article English needs before a kind. */
export function withArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** 45.764 -> "45.76° N"; rounded to 2 decimals, which is about a kilometre. */
export function latitude(lat: number): string {
  return `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? "S" : "N"}`;
}

export function longitude(lon: number): string {
  return `${Math.abs(lon).toFixed(2)}° ${lon < 0 ? "W" : "E"}`;
}

export function coordinates(lat: number, lon: number): string {
  return `${latitude(lat)}, ${longitude(lon)}`;
}

const SECTORS = [
  "east",
  "north-east",
  "north",
  "north-west",
  "west",
  "south-west",
  "south",
  "south-east",
] as const;

/**
 * Where a projected point sits in a country (north up), from the country's projected centre and
 * bounds: "north-east", "centre", "west"; "near" when it is outside the bounds; null when the
 * country is too small on the map for a direction to mean anything. Offsets are measured in
 * halves of the country's width and height, so a long, thin country still has an east and west.
 */
export function compass(
  x: number,
  y: number,
  centre: readonly [number, number],
  box: Box,
  minSize = 30,
): string | null {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (!(w >= minSize || h >= minSize) || w <= 0 || h <= 0) return null;
  if (
    x < box.x0 - w * 0.1 ||
    x > box.x1 + w * 0.1 ||
    y < box.y0 - h * 0.1 ||
    y > box.y1 + h * 0.1
  ) {
    return "near";
  }
  const nx = (x - centre[0]) / (w / 2);
  const ny = (y - centre[1]) / (h / 2);
  if (Math.hypot(nx, ny) < 0.2) return "centre";
  const angle = (Math.atan2(-ny, nx) * 180) / Math.PI;
  const sector = Math.round((angle + 360) / 45) % 8;
  return SECTORS[sector] ?? "centre";
}

/** "in the north-east of France", "near France", "in France". */
export function whereIn(direction: string | null, country: string): string {
  if (direction === null) return `in ${country}`;
  if (direction === "near") return `near ${country}`;
  return `in the ${direction} of ${country}`;
}

/**
 * A country's name as it reads after "in": "the United States", "the Netherlands", "France". The
 * definite article follows a rule of English names (plural forms, "Republic", "Kingdom",
 * "Islands"), not a list of countries.
 */
export function countryInProse(name: string): string {
  const plural =
    /^(United|Czech Republic|Central African|Dominican Republic|DR |Republic|Gambia|Bahamas|Netherlands|Philippines|Maldives|Comoros|Seychelles)\b/;
  const descriptive = /\b(Islands|Republic|Kingdom|Emirates|Federation|States)\b/;
  if (/^the\s/i.test(name)) return name;
  return plural.test(name) || descriptive.test(name) ? `the ${name}` : name;
}
