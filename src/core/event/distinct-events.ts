import { km } from "../geo/gazetteer-regions.ts";
import type { Article, ArticleFacts, DateExpression, NameMention } from "../model.ts";

/**
 * Telling look-alike events apart: two quakes in one country, two players of one team put on
 * the injured list, two navy raids on pirates in one gulf. Their reports share the topic's
 * words, so word similarity joins them; what differs is who, where and how many their leads
 * name. A report's lead says what its news is; a party that most reports of one group lead
 * with, and few of the other's do, while the other group leads with another party of the same
 * kind, makes them two events.
 */

/** Someone, somewhere or a count an article's lead names. */
export interface LeadParty {
  /**
   * Entity id (people), gazetteer id (places), "noun:value" (counts), "weekday:<0-6>",
   * "month:<1-12>".
   */
  key: string;
  /** "person", "place", "count:<noun>", "weekday" or "month": only parties of one kind compete. */
  kind: string;
  /** A person's name words, lowercase: two spellings of one name share one. */
  words: readonly string[];
  geo?: { lat: number; lon: number } | undefined;
  /** A weekday's number, 0 = Sunday; a month's, 1 = January. */
  day?: number | undefined;
}

/** Counts in a sentence about casualties grow as reports come in: "five dead", then "ten". */
const TOLL = /\b(?:kill|dead|death|die[ds]?\b|dying|injur|wound|hurt|toll|missing|casualt|victim)/i;

/**
 * The people, places (cities and regions; a country is shared by every story set in it) and
 * exact counts named in an article's lead sentences (`lead`: indices into its sentences).
 * Counts that are hedged ("about 300") or tolls are left out: they differ between reports of
 * one event.
 */
export function leadParties(
  article: Article,
  facts: ArticleFacts,
  lead: ReadonlySet<number>,
  opening: ReadonlySet<number> = lead,
): LeadParty[] {
  const out = new Map<string, LeadParty>();
  for (const n of facts.names) {
    if (!lead.has(n.sentence) || !n.entity || !isSpecific(n)) continue;
    const key = n.placeId ?? n.entity;
    if (out.has(key)) continue;
    const words = n.type === "person" ? nameWords(n.name) : [];
    out.set(key, { key, kind: n.type === "person" ? "person" : "place", words, geo: n.geo });
  }
  for (const f of facts.figures) {
    if (!lead.has(f.sentence) || f.kind !== "count" || f.qualifier || !f.noun) continue;
    const sentence = article.sentences[f.sentence];
    if (sentence && TOLL.test(article.text.slice(sentence.start, sentence.end))) continue;
    const key = `${f.noun}:${f.value}`;
    if (!out.has(key)) out.set(key, { key, kind: `count:${f.noun}`, words: [] });
  }
  for (const d of facts.dates) {
    const day = lead.has(d.sentence) ? leadWeekday(d.expression) : undefined;
    const key = `weekday:${day}`;
    if (day !== undefined && !out.has(key)) out.set(key, { key, kind: "weekday", words: [], day });
  }
  for (const d of facts.dates) {
    const month = opening.has(d.sentence) ? leadMonth(d.expression) : undefined;
    const key = `month:${month}`;
    if (month !== undefined && !out.has(key))
      out.set(key, { key, kind: "month", words: [], day: month });
  }
  return [...out.values()];
}

/**
 * The month an article's opening dates its news to: its date line ("April 24, 2031") or its
 * lead ("in mid-February"). A month with "last" or "next" is another time than the news's;
 * a year alone says too little.
 */
function leadMonth(e: DateExpression): number | undefined {
  if (e.kind === "absolute") return e.month;
  if (e.kind === "partial")
    return e.modifier === "last" || e.modifier === "next" ? undefined : e.month;
  return undefined;
}

/**
 * The day of the week a lead dates its news to ("on Thursday", "Thursday, March 14"). A lead
 * tells its news as it happened, so reports of one event name one day (or, overnight, the next);
 * a day still to come ("next Friday") is another matter.
 */
function leadWeekday(e: DateExpression): number | undefined {
  if (e.kind === "weekday") return e.modifier === "next" ? undefined : e.weekday;
  if (e.kind === "partial" && e.modifier) return undefined;
  return e.kind === "absolute" || e.kind === "partial" ? e.weekday : undefined;
}

/** People, and places smaller than a country; organizations are too often misread to count. */
function isSpecific(n: NameMention): boolean {
  if (n.type === "person") return true;
  if (n.type !== "place" || n.demonym) return false;
  return n.placeKind !== "country" && n.placeKind !== "continent";
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.]+/u)
    .filter((w) => w.length > 2);
}

export interface DistinctContext {
  /** Whether gazetteer place `outer` contains `inner` (a place contains itself). */
  contains: (outer: string, inner: string) => boolean;
}

/** Reports that must lead with a party before it tells what a group is about. */
const MIN_REPORTS = 3;
/** Reports of the other group that must date their news to other days (see datedOtherwise). */
const MIN_DATED = 2;
/** Share of a group's reports that must lead with the party it is told by. */
const MOST = 0.5;
/** Share of the other group's reports that must lead with its own, competing party. */
const SOME = 0.2;
/** At most this share of a group's reports may lead with the other group's party. */
const FEW = 1 / 3;
/** Two places closer than this may be one scene described two ways (a town and its suburb). */
const NEAR_KM = 150;

/**
 * Why two groups of reports (each report as its lead parties) tell different events, or null.
 * They do when a party leads most of one group (at least three reports) and few of the other,
 * and a competing party of the same kind leads at least three reports of the other group and
 * few of the first: another player put on the list, another town hit, another number of
 * pirates caught. Two parties that may be one (people sharing a name word; places one inside
 * the other, or near each other) do not compete. Fewer than three reports a side never tell.
 */
export function distinctEvents(
  a: readonly (readonly LeadParty[])[],
  b: readonly (readonly LeadParty[])[],
  ctx: DistinctContext,
): string | null {
  const ta = tally(a);
  const tb = tally(b);
  return competing(ta, tb, ctx) ?? competing(tb, ta, ctx);
}

interface Tally {
  size: number;
  count: Map<string, number>;
  party: Map<string, LeadParty>;
  reports: readonly (readonly LeadParty[])[];
}

function tally(group: readonly (readonly LeadParty[])[]): Tally {
  const count = new Map<string, number>();
  const party = new Map<string, LeadParty>();
  for (const parties of group) {
    for (const p of parties) {
      count.set(p.key, (count.get(p.key) ?? 0) + 1);
      party.set(p.key, p);
    }
  }
  return { size: group.length, count, party, reports: group };
}

/** A party that tells `x` apart, and one of `y` that competes with it. */
function competing(x: Tally, y: Tally, ctx: DistinctContext): string | null {
  const share = (t: Tally, key: string) => (t.count.get(key) ?? 0) / t.size;
  const leads = (t: Tally, key: string, least: number) =>
    (t.count.get(key) ?? 0) >= MIN_REPORTS && share(t, key) >= least;
  for (const [key, p] of x.party) {
    if (!leads(x, key, MOST) || share(y, key) > FEW) continue;
    for (const [other, q] of y.party) {
      if (q.kind !== p.kind || !leads(y, other, SOME) || share(x, other) > FEW) continue;
      if (mayBeOne(p, q, ctx)) continue;
      return `${p.key} leads one group's reports, ${q.key} the other's`;
    }
    if ((p.kind === "weekday" || p.kind === "month") && datedOtherwise(p, x, y, ctx)) {
      return `${p.key} leads one group's reports, other ${p.kind}s the other's`;
    }
  }
  return null;
}

/**
 * Whether enough of `y`'s reports date their news only to days that cannot be the day `p` that
 * leads `x`, and that few of `x`'s reports name. A day is a party that many reports leave out
 * (most leads say what happened, fewer say when), so two such reports are enough.
 */
function datedOtherwise(p: LeadParty, x: Tally, y: Tally, ctx: DistinctContext): boolean {
  const other = (q: LeadParty) =>
    q.kind === p.kind && !mayBeOne(p, q, ctx) && (x.count.get(q.key) ?? 0) / x.size <= FEW;
  let against = 0;
  for (const parties of y.reports) {
    const days = parties.filter((q) => q.kind === p.kind);
    if (days.length > 0 && days.every(other)) against++;
  }
  return against >= MIN_DATED && against / y.size >= SOME;
}

function mayBeOne(p: LeadParty, q: LeadParty, ctx: DistinctContext): boolean {
  if (p.kind === "person") return p.words.some((w) => q.words.includes(w));
  // "Late Friday" and "early Saturday" may be one night, or one day in two time zones.
  if (p.kind === "weekday") return ((p.day ?? 0) - (q.day ?? 0) + 8) % 7 <= 2;
  // A report dated the first of a month may tell of the last night of the one before.
  if (p.kind === "month") return ((p.day ?? 0) - (q.day ?? 0) + 13) % 12 <= 2;
  if (p.kind !== "place") return false;
  if (ctx.contains(p.key, q.key) || ctx.contains(q.key, p.key)) return true;
  return p.geo !== undefined && q.geo !== undefined && km(p.geo, q.geo) < NEAR_KM;
}
