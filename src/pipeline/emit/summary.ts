/**
 * A story's finding in a few sentences, written from its claims by general wording rules:
 *
 *   "Two sources report this story: Source A and Source B. They agree on two points; they differ
 *   on boats sunk (about 40 in Source A, about 60 in Source B) and on the wording of two
 *   quotes by Ann Example. Source B names the city (Lyon) where Source A says France. 12 facts
 *   come from one source only: 7 in Source A, 5 in Source B."
 *
 * Every phrase that states a finding links to its evidence on the page (the claim's entry, which
 * links each value to its sentence). Nothing here knows any story: only claim kinds, statuses,
 * topics, values and place kinds.
 */
import type { Claim, ClaimValue, DatePrecision, PlaceKind } from "../../core/model.ts";

/** A piece of a sentence: plain text, or text linked to its evidence. */
export type Part = string | { text: string; href: string };
export type Sentence = Part[];

export interface SummaryInput {
  claims: readonly Claim[];
  /** The story's sources in order, with the labels its pages use. */
  sources: readonly { id: string; label: string }[];
  /** Entity id -> place kind, for "names the city". */
  placeKinds: ReadonlyMap<string, PlaceKind>;
  /** Entity id -> name, for a quote's speaker. */
  names: ReadonlyMap<string, string>;
}

/** Anchors the story page gives its sections; claims are anchored by their id. */
export const ANCHORS = {
  sources: "the-sources",
  agree: "where-the-sources-agree",
  differ: "where-they-differ",
  single: "only-one-source-says",
  singleFrom: (source: string) => `only-in-${source}`,
} as const;

/**
 * The longest text one part of a sentence may have: names and values come from the seeds, and a
 * summary is a few lines, so anything longer is cut (with "…").
 */
export const MAX_PART = 200;

/** At most this many differences are named; the rest are counted. */
export const MAX_NAMED = 4;

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** 2 -> "two points", 12 -> "12 points". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${NUMBER_WORDS[n] ?? n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** ["a"] -> "a"; ["a", "b"] -> "a and b"; more -> "a, b and c". */
function listed<T>(items: readonly T[], sep: (i: number) => string): (T | string)[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [sep(i), item]));
}
const andSep = (n: number) => (i: number) => (i === n - 1 ? " and " : ", ");

const clip = (text: string) =>
  text.length <= MAX_PART ? text : `${text.slice(0, MAX_PART - 1).trimEnd()}…`;
const link = (text: string, id: string): Part => ({ text: clip(text), href: `#${id}` });

/** Order in which differences are named: numbers first, the wording of quotes last. */
const KIND_ORDER: Record<Claim["kind"], number> = {
  figure: 0,
  date: 1,
  place: 2,
  statement: 3,
  quote: 4,
};

/** A value as the summary quotes it: short values only (a figure, a place, a date). */
function valueText(v: ClaimValue): string {
  const t = v.value.trim();
  return t.length <= 60 ? t : `${t.slice(0, 59).trimEnd()}…`;
}

/** "about 40 in Source A, about 60 in Source B"; sources giving one value share it. */
function whoSaysWhat(c: Claim, label: (id: string) => string): string {
  const groups = new Map<string, string[]>();
  for (const v of c.values) {
    const key = valueText(v);
    groups.set(key, [...(groups.get(key) ?? []), label(v.source)]);
  }
  return [...groups]
    .map(([value, who]) => `${value} in ${listed(who, andSep(who.length)).join("")}`)
    .join(", ");
}

/** What one differing claim is called in the summary: its topic and who says what. */
function differencePhrase(c: Claim, label: (id: string) => string): string {
  if (c.kind === "statement") return c.topic;
  return `${c.topic} (${whoSaysWhat(c, label)})`;
}

/** Quotes worded differently, grouped by speaker: "the wording of two quotes by Ann Example". */
function quoteGroups(quotes: readonly Claim[], names: ReadonlyMap<string, string>) {
  const bySpeaker = new Map<string, Claim[]>();
  for (const q of quotes) {
    const speaker = q.values.find((v) => v.entity)?.entity ?? "";
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), q]);
  }
  return [...bySpeaker].map(([speaker, group]) => {
    const name = names.get(speaker);
    const what = `the wording of ${counted(group.length, "quote")}${name ? ` by ${name}` : ""}`;
    return { text: what, id: group[0]?.id ?? ANCHORS.differ };
  });
}

const PLACE_RANK: Record<PlaceKind, number> = { continent: 0, country: 1, region: 2, city: 3 };
const PLACE_WORD: Record<PlaceKind, string> = {
  continent: "the continent",
  country: "the country",
  region: "the region",
  city: "the city",
};
const DATE_RANK: Record<DatePrecision, number> = { range: 0, year: 1, month: 2, week: 3, day: 4 };
const DATE_WORD: Record<DatePrecision, string> = {
  range: "a period",
  year: "the year",
  month: "the month",
  week: "the week",
  day: "the day",
};

/**
 * A compatible claim as a sentence: the more precise source first ("Source B names the city
 * (Lyon) where Source A says France"), or both values when precision cannot be told apart.
 */
function compatibleSentence(
  c: Claim,
  input: SummaryInput,
  label: (id: string) => string,
): Sentence {
  const rank = (v: ClaimValue): [number, string] | null => {
    if (c.kind === "place" && v.entity) {
      const kind = input.placeKinds.get(v.entity);
      return kind ? [PLACE_RANK[kind], PLACE_WORD[kind]] : null;
    }
    if (c.kind === "date" && v.date)
      return [DATE_RANK[v.date.precision], DATE_WORD[v.date.precision]];
    return null;
  };
  const ranked = c.values.map((v) => ({ v, r: rank(v) }));
  const sorted = [...ranked].sort((a, b) => (b.r?.[0] ?? -1) - (a.r?.[0] ?? -1));
  const [fine, coarse] = [sorted[0], sorted[sorted.length - 1]];
  if (fine?.r && coarse?.r && fine.r[0] > coarse.r[0]) {
    return [
      link(
        `${label(fine.v.source)} names ${fine.r[1]} (${valueText(fine.v)}) where ${label(coarse.v.source)} says ${valueText(coarse.v)}`,
        c.id,
      ),
      ".",
    ];
  }
  return ["On ", link(c.topic, c.id), `, ${whoSaysWhat(c, label)}: both can be true.`];
}

function sourcesSentence(input: SummaryInput): Sentence {
  const labels = input.sources.map((s) => s.label);
  const n = labels.length;
  if (n === 1)
    return [`One source reports this story: `, link(labels[0] ?? "", ANCHORS.sources), "."];
  const who = listed(labels, andSep(n)).join("");
  const count = counted(n, "source");
  return [
    `${count[0]?.toUpperCase()}${count.slice(1)} report this story: `,
    link(who, ANCHORS.sources),
    ".",
  ];
}

function comparisonSentences(input: SummaryInput, label: (id: string) => string): Sentence[] {
  const agree = input.claims.filter((c) => c.status === "agree");
  const differ = input.claims
    .filter((c) => c.status === "differ")
    .map((c, i) => ({ c, i }))
    .sort((a, b) => KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind] || a.i - b.i)
    .map(({ c }) => c);
  const compatible = input.claims.filter((c) => c.status === "compatible");
  if (agree.length + differ.length + compatible.length === 0) {
    return [["No fact was found in more than one of them, so nothing could be compared yet."]];
  }

  const named: Part[] = [
    ...differ.filter((c) => c.kind !== "quote").map((c) => link(differencePhrase(c, label), c.id)),
    ...quoteGroups(
      differ.filter((c) => c.kind === "quote"),
      input.names,
    ).map((g) => link(g.text, g.id)),
  ];
  const shown = named.slice(0, MAX_NAMED);
  const rest = named.length - shown.length;
  const items: Part[] =
    rest > 0 ? [...shown, link(`${counted(rest, "other point")}`, ANCHORS.differ)] : shown;
  const onEach = listed(items, (i) => (i === items.length - 1 ? " and on " : ", on "));

  const out: Sentence[] = [];
  const agreed = link(counted(agree.length, "point"), ANCHORS.agree);
  if (differ.length > 0) {
    out.push(
      agree.length > 0
        ? ["They agree on ", agreed, "; they differ on ", ...onEach, "."]
        : ["They differ on ", ...onEach, "."],
    );
  } else if (agree.length > 0) {
    out.push(["They agree on ", agreed, " and contradict each other on none."]);
  } else {
    out.push(["They contradict each other on no fact that both report."]);
  }
  for (const c of compatible.slice(0, MAX_NAMED)) out.push(compatibleSentence(c, input, label));
  return out;
}

function singleSourceSentence(input: SummaryInput): Sentence | null {
  const single = input.claims.filter((c) => c.status === "single-source");
  if (single.length === 0) return null;
  const per = input.sources
    .map((s) => ({ s, n: single.filter((c) => c.values[0]?.source === s.id).length }))
    .filter((x) => x.n > 0);
  const total = counted(single.length, "fact");
  const head = link(
    `${total[0]?.toUpperCase()}${total.slice(1)} ${single.length === 1 ? "comes" : "come"} from one source only`,
    ANCHORS.single,
  );
  if (input.sources.length === 1) {
    return [
      "With one source there is nothing to compare yet: ",
      link(`the ${counted(single.length, "fact")} it reports`, ANCHORS.single),
      single.length === 1 ? " is listed below." : " are listed below.",
    ];
  }
  const each = per.map((x) => link(`${x.n} in ${x.s.label}`, ANCHORS.singleFrom(x.s.id)));
  return [head, ": ", ...listed(each, andSep(each.length)), "."];
}

/** The summary, sentence by sentence. */
export function storySummary(input: SummaryInput): Sentence[] {
  const labels = new Map(input.sources.map((s) => [s.id, s.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const out: Sentence[] = [sourcesSentence(input)];
  if (input.sources.length > 1) out.push(...comparisonSentences(input, label));
  const single = singleSourceSentence(input);
  if (single) out.push(single);
  return out.map((sentence) => sentence.map((p) => (typeof p === "string" ? clip(p) : p)));
}

/** The summary as plain text, for a page's description and link previews. */
export function plainSummary(sentences: readonly Sentence[]): string {
  return sentences
    .map((s) => s.map((p) => (typeof p === "string" ? p : p.text)).join(""))
    .join(" ");
}
