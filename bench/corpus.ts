/**
 * A news corpus of any size for the benchmark, invented from templates written here (in the
 * style of tests/fixtures/articles) and a seeded PRNG, so every run of every size is the same
 * bytes. Stories of one to four reports by invented outlets: each report words the event its own
 * way, rounds its figures differently and quotes an invented person, as real coverage does.
 * Places are real (the project's gazetteer packages: capitals of world-countries), so geocoding,
 * place pages and the places map are exercised; people, outlets and organizations are invented.
 * Known limits: only eight outlets, and about 190 capitals, so the number of distinct outlets
 * and places stops growing early (a real archive's keeps growing).
 *
 *   node bench/corpus.ts --articles 1000 --out bench/.tmp/corpus-1000
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import countries from "world-countries";

/** mulberry32: small, fast and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const SYLLABLES = ["ba", "ren", "do", "vik", "sa", "mel", "tor", "li", "an", "ko", "ver", "du"];
const ENDINGS = ["ova", "sen", "ridge", "ani", "ez", "berg", "ski", "etti", "ard", "ley"];
const FIRST = ["Anka", "Bram", "Celia", "Dorin", "Elske", "Farid", "Greta", "Hollis", "Ines"];
const FIRST2 = ["Jorun", "Kasimir", "Lenka", "Milo", "Noor", "Oskar", "Petra", "Quill", "Rosa"];
const TOWNS = ["Harbour", "Valley", "Ridge", "Lake", "Coast", "Plains", "Alpine", "River"];
const PAPERS = ["Post", "Gazette", "Daily", "Courier", "Herald", "Observer", "Report", "Wire"];
const BODIES = ["Agency", "Council", "Commission", "Institute", "Bureau", "Authority"];
const FIELDS = ["Emergency Relief", "Water Safety", "Seismic Research", "Electoral Reform"];
const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );
const WEEKDAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");

interface Cast {
  person: string;
  surname: string;
  witness: string;
  org: string;
  city: string;
  country: string;
  region: string;
}

/** What every report of one story shares: the event, its place, its people and its figures. */
interface Event extends Cast {
  kind: Kind;
  day: Date;
  n: number;
  m: number;
}

type Line = (e: Event, r: Rand, when: string) => string;
interface Kind {
  title: (e: Event) => string;
  lead: Line;
  more: Line[];
}

const about = (r: Rand, n: number) =>
  pick(r, [`about ${fmt(round(n))}`, `at least ${fmt(n)}`, `more than ${fmt(round(n))}`, fmt(n)]);
const round = (n: number) => (n > 100 ? Math.round(n / 50) * 50 : n);
const fmt = (n: number) => n.toLocaleString("en-US");

const KINDS: Kind[] = [
  {
    title: (e) => `Floods Hit ${e.city} as Rivers Burst Their Banks`,
    lead: (e, r, when) =>
      `Flash floods swept through ${e.city}, ${e.country}, ${when}, killing ${about(r, e.n)} people and leaving hundreds without homes.`,
    more: [
      (e) =>
        `${e.person} visited the worst-hit districts the next day. "We will rebuild every street," ${e.surname} told reporters in ${e.city}.`,
      (e, r) =>
        `Officials said ${about(r, e.m)} soldiers had been deployed to search for survivors.`,
      (e) => `The ${e.org} said rainfall in ${e.region} had been the heaviest in decades.`,
      (e) => `"The water came in minutes," said ${e.witness}, who lives near the river.`,
    ],
  },
  {
    title: (e) => `Earthquake Shakes ${e.country}, Damaging Buildings in ${e.city}`,
    lead: (e, r, when) =>
      `A magnitude ${(5 + (e.n % 30) / 10).toFixed(1)} earthquake struck near ${e.city} ${when}, injuring ${about(r, e.n)} people, the ${e.org} said.`,
    more: [
      (e, r) =>
        `Rescue teams pulled ${about(r, Math.ceil(e.n / 4))} people from collapsed houses overnight.`,
      (e) => `"We slept in the car," said ${e.witness}, who runs a small shop near the station.`,
      (e) => `${e.person} said the government would send aid to ${e.region} within days.`,
      (e, r) =>
        `Dozens of aftershocks followed, and ${about(r, e.m)} residents spent the night in shelters.`,
    ],
  },
  {
    title: (e) => `${e.surname} Wins Presidential Runoff in ${e.country}`,
    lead: (e, _r, when) =>
      `${e.person} won the presidential runoff in ${e.country} ${when} with ${40 + (e.n % 20)} percent of the vote, the ${e.org} in ${e.city} said.`,
    more: [
      (e) =>
        `${e.surname} thanked voters in a speech in ${e.city}. "The country has chosen its future," ${e.surname} said.`,
      (e) => `Turnout was about ${45 + (e.m % 30)} percent, election officials said.`,
      (e) => `Observers from ${e.region} said the vote had been orderly.`,
      (e) => `"I waited three hours to vote," said ${e.witness}, a teacher.`,
    ],
  },
  {
    title: (e) => `Ministers Meet in ${e.city} to Agree on Trade Tariffs`,
    lead: (e, _r, when) =>
      `Ministers meeting in ${e.city} ${when} agreed to lower tariffs on electric cars by ${5 + (e.n % 20)} percent, officials said.`,
    more: [
      (e) => `${e.person} called the outcome "a deal that protects workers."`,
      (e) =>
        `The ${e.org} said it would affect roughly $${1 + (e.m % 9)} billion in goods each year.`,
      (e) => `Delegations from ${e.country} and ${e.region} had argued for weeks over the terms.`,
      (e) => `${e.witness}, an economist, said prices would fall slowly.`,
    ],
  },
];

/** Filler any report may carry, so articles reach news length (about 2 KB). */
const CONTEXT: Line[] = [
  (e) => `The ${e.org} said it would publish a full report later this month.`,
  (e) => `Local newspapers in ${e.city} carried the story on their front pages.`,
  (e) => `Officials in ${e.country} declined to comment further on the matter.`,
  () => `The region has seen similar events in past years, according to records.`,
  (e, r) => `${e.person} is expected to speak again on ${pick(r, WEEKDAYS)}.`,
  () => `Residents said they had not been warned in advance.`,
];

function surname(r: Rand): string {
  const s = pick(r, SYLLABLES) + pick(r, SYLLABLES) + pick(r, ENDINGS);
  return s[0]?.toUpperCase() + s.slice(1);
}

const capitals = countries
  .filter((c) => c.capital[0] && c.independent)
  .map((c) => ({ city: c.capital[0] as string, country: c.name.common, region: c.subregion }))
  .filter((c) => c.region !== "")
  .sort((a, b) => (a.city < b.city ? -1 : a.city > b.city ? 1 : 0));

function event(r: Rand): Event {
  const place = pick(r, capitals);
  const last = surname(r);
  const day = new Date(Date.UTC(2019 + int(r, 0, 6), int(r, 0, 11), int(r, 1, 28)));
  return {
    kind: pick(r, KINDS),
    person: `${pick(r, FIRST)} ${last}`,
    surname: last,
    witness: `${pick(r, FIRST2)} ${surname(r)}`,
    org: `${pick(r, FIELDS)} ${pick(r, BODIES)}`,
    city: place.city,
    country: place.country,
    region: place.region,
    day,
    n: int(r, 12, 900),
    m: int(r, 100, 5000),
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** One outlet's report of the event. */
function report(e: Event, r: Rand, outlet: string): string {
  const published = addDays(e.day, int(r, 0, 2));
  const when = pick(r, [
    `on ${WEEKDAYS[e.day.getUTCDay()]}`,
    `on ${MONTHS[e.day.getUTCMonth()]} ${e.day.getUTCDate()}`,
    `on ${MONTHS[e.day.getUTCMonth()]} ${e.day.getUTCDate()}, ${e.day.getUTCFullYear()}`,
  ]);
  const lines = [e.kind.lead(e, r, when)];
  const pool = [...e.kind.more, ...CONTEXT];
  const count = int(r, 8, 14);
  for (let i = 0; i < count; i++) lines.push(pick(r, pool)(e, r, when));
  return `---\ntitle: ${e.kind.title(e)}\noutlet: ${outlet}\npublished: ${iso(published)}\n---\n\n${[...new Set(lines)].join("\n\n")}\n`;
}

/** `articles` files, named so their order is their number: stories of one to four reports. */
export function generateCorpus(articles: number, seed = 1): { path: string; contents: string }[] {
  const r = prng(seed);
  const outlets = Array.from({ length: 40 }, (_, i) => `${TOWNS[i % 8]} ${PAPERS[(i * 3) % 8]}`);
  const unique = [...new Set(outlets)];
  const files: { path: string; contents: string }[] = [];
  while (files.length < articles) {
    const e = event(r);
    // Most stories have one or two reports, some three or four (about 1.7 on average).
    const reports = Math.min(articles - files.length, pick(r, [1, 1, 1, 2, 2, 2, 3, 4]));
    const start = int(r, 0, unique.length - 1);
    for (let k = 0; k < reports; k++) {
      const outlet = unique[(start + k) % unique.length] as string;
      const name = `article-${String(files.length).padStart(5, "0")}.md`;
      files.push({ path: name, contents: report(e, r, outlet) });
    }
  }
  return files;
}

/** Writes a corpus to `dir` (emptied first); returns how many files. */
export function writeCorpus(dir: string, articles: number, seed = 1): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = generateCorpus(articles, seed);
  for (const f of files) writeFileSync(join(dir, f.path), f.contents);
  return files.length;
}

if (import.meta.main) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const n = Number(arg("articles", "100"));
  const out = arg("out", `bench/.tmp/corpus-${n}`);
  console.log(`${writeCorpus(out, n, Number(arg("seed", "1")))} articles written to ${out}`);
}
