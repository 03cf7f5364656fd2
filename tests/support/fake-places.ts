import type { PlaceCandidate, Places } from "../../src/core/geo/places.ts";

/** A tiny gazetteer for unit tests of the name finder (the real one is tested on its own). */
const PLACES: PlaceCandidate[] = [
  { id: "c:RU", name: "Russia", kind: "country", lat: 60, lon: 100, country: "RU" },
  { id: "c:UA", name: "Ukraine", kind: "country", lat: 49, lon: 32, country: "UA" },
  { id: "c:KP", name: "North Korea", kind: "country", lat: 40, lon: 127, country: "KP" },
  { id: "c:KR", name: "South Korea", kind: "country", lat: 37, lon: 127.5, country: "KR" },
  { id: "c:US", name: "United States", kind: "country", lat: 38, lon: -97, country: "US" },
  { id: "c:IT", name: "Italy", kind: "country", lat: 42.8, lon: 12.8, country: "IT" },
  { id: "c:CN", name: "China", kind: "country", lat: 35, lon: 105, country: "CN" },
  { id: "c:IR", name: "Iran", kind: "country", lat: 32, lon: 53, country: "IR" },
  { id: "c:FR", name: "France", kind: "country", lat: 46, lon: 2, country: "FR" },
  { id: "k:EU", name: "Europe", kind: "continent", lat: 50, lon: 10 },
  { id: "k:AS", name: "Asia", kind: "continent", lat: 30, lon: 90 },
  { id: "p:rome", name: "Rome", kind: "city", lat: 41.9, lon: 12.5, country: "IT" },
  { id: "p:paris", name: "Paris", kind: "city", lat: 48.85, lon: 2.35, country: "FR" },
  { id: "p:beijing", name: "Beijing", kind: "city", lat: 39.9, lon: 116.4, country: "CN" },
  { id: "p:kursk", name: "Kursk", kind: "city", lat: 51.7, lon: 36.2, country: "RU" },
  { id: "p:vladivostok", name: "Vladivostok", kind: "city", lat: 43.1, lon: 131.9, country: "RU" },
  { id: "p:austin", name: "Austin", kind: "city", lat: 30.27, lon: -97.74, country: "US" },
  // Invented places for the name finder's error classes.
  { id: "r:new-marlow", name: "New Marlow", kind: "region", lat: 40, lon: -75, country: "US" },
  { id: "p:marlow", name: "Marlow", kind: "city", lat: 51.6, lon: -0.8, country: "GB" },
  { id: "r:ostria", name: "Ostria", kind: "region", lat: 41, lon: -80, country: "US" },
  {
    id: "p:preston",
    name: "Preston",
    kind: "city",
    lat: 35,
    lon: 139,
    country: "JP",
    population: 30_000,
  },
];
const ALIASES: Record<string, string> = {
  "U.S.": "c:US",
  US: "c:US",
  "Democratic People’s Republic of Korea": "c:KP",
  "Democratic People's Republic of Korea": "c:KP",
  DPRK: "c:KP",
};
const DEMONYMS: Record<string, string> = {
  Russian: "c:RU",
  Ukrainian: "c:UA",
  "North Korean": "c:KP",
  "South Korean": "c:KR",
  American: "c:US",
  Chinese: "c:CN",
  Italian: "c:IT",
  French: "c:FR",
};
const byId = new Map(PLACES.map((p) => [p.id, p]));

export const fakePlaces: Places = {
  lookup(name) {
    const id = ALIASES[name];
    if (id) return [byId.get(id) as PlaceCandidate];
    return PLACES.filter((p) => p.name === name);
  },
  demonym(word) {
    const id = DEMONYMS[word];
    return id ? (byId.get(id) ?? null) : null;
  },
  choose(candidates) {
    return candidates[0] ?? null;
  },
};
