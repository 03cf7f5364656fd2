/**
 * What an editor should check before publishing, from the model of a build: every claim, every
 * entity the machine merged from several spellings, every quote's speaker and every story
 * title; each with the sentences it rests on, why the machine decided so, and a correction ready
 * to paste into corrections.yml. Claims the aligner scored come first, weakest first (its own
 * score, see Claim.score); then what it gives no score: single-source claims, merged names,
 * speakers, titles.
 */
import type { Article, ArticleFacts, Claim, Entity, Quote, Story } from "../core/model.ts";
import { sourceLabels } from "../core/source-labels.ts";
import { byCodeUnit } from "../core/text/compare.ts";

export interface ReviewModel {
  articles: readonly Article[];
  facts: readonly ArticleFacts[];
  entities: readonly Entity[];
  quotes: readonly Quote[];
  stories: readonly Story[];
  claims: readonly Claim[];
}

export interface Evidence {
  /** The source's label: its outlet or id. */
  source: string;
  sentence: string;
  /** The words the item is about, inside `sentence`. */
  mark: string;
}

export interface ReviewItem {
  kind: "claim" | "merge" | "speaker" | "title";
  /** The machine's own confidence, 0 to 1, or null where it keeps none. */
  score: number | null;
  heading: string;
  /** What the machine decided: a status, "one entity", a speaker, a title. */
  decision: string;
  reason: string;
  evidence: Evidence[];
  /** True when corrections.yml already says something about it. */
  checked: boolean;
  /** YAML to paste under `corrections:`. */
  snippet: string;
}

const ATTRIBUTION: Record<string, string> = {
  after: "the name comes after the quote (“…,” said …)",
  before: "the name comes before the quote (… said: “…”)",
  pronoun: "a pronoun after the quote, resolved to the last person named",
  colon: "the name comes before a colon that opens the quote",
};

/** Every item, in review order. */
export function reviewItems(m: ReviewModel): ReviewItem[] {
  const byId = new Map(m.articles.map((a) => [a.id, a]));
  const sentenceOf = (source: string, index: number) => {
    const a = byId.get(source);
    const s = a?.sentences[index];
    return a && s ? a.text.slice(s.start, s.end) : "";
  };
  // Sources named as their story's pages name them: the outlet, or "Source A", "Source B".
  const labels = new Map<string, string>();
  for (const s of m.stories) {
    for (const [id, l] of sourceLabels(s.sources.flatMap((id) => byId.get(id) ?? [])))
      labels.set(id, l);
  }
  const label = (source: string) => labels.get(source) ?? source;
  const items = [
    ...m.claims.map((c) => claimItem(c, sentenceOf, label)),
    ...m.entities.flatMap((e) => mergeItem(e, m.facts, sentenceOf, label)),
    ...m.quotes.flatMap((q) => speakerItem(q, m, sentenceOf, label)),
    ...m.stories.map((s) => titleItem(s, byId, label)),
  ];
  const KIND = ["claim", "merge", "speaker", "title"];
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (x, y) =>
        (x.item.score === null ? 1 : 0) - (y.item.score === null ? 1 : 0) ||
        (x.item.score ?? 0) - (y.item.score ?? 0) ||
        KIND.indexOf(x.item.kind) - KIND.indexOf(y.item.kind) ||
        x.i - y.i,
    )
    .map((x) => x.item);
}

type SentenceOf = (source: string, index: number) => string;

function claimItem(c: Claim, sentenceOf: SentenceOf, label: (s: string) => string): ReviewItem {
  const why = c.why
    ? [
        c.why.what.length > 0 ? `same act (${c.why.what.join(" / ")})` : "",
        c.why.who.length > 0 ? `same people or bodies (${c.why.who.join(", ")})` : "",
        c.why.where.length > 0 ? `same place (${c.why.where.join(", ")})` : "",
        c.why.when ? `same day (${c.why.when})` : "",
        c.why.words.length > 0 ? `shared words (${c.why.words.join(", ")})` : "",
      ].filter(Boolean)
    : [];
  const reason =
    c.values.length < 2
      ? "No other source's sentence matched it."
      : `${c.explanation}${why.length > 0 ? ` Aligned on: ${why.join("; ")}.` : ""}`;
  return {
    kind: "claim",
    score: c.score ?? null,
    heading: `${c.kind}: ${c.topic}`,
    decision: c.status,
    reason,
    evidence: c.values.map((v) => ({
      source: label(v.source),
      sentence: sentenceOf(v.source, v.sentence),
      mark: v.text,
    })),
    checked: c.correction !== undefined,
    snippet: [
      `  - claim: ${c.key ?? c.id}`,
      "    reviewed: true",
      `    # or: suppress: true, or status: ${c.status === "agree" ? "differ" : "agree"} with a note`,
    ].join("\n"),
  };
}

/** An entity met under several spellings: the machine decided they are one. */
function mergeItem(
  e: Entity,
  facts: readonly ArticleFacts[],
  sentenceOf: SentenceOf,
  label: (s: string) => string,
): ReviewItem[] {
  if (e.aliases.length === 0) return [];
  const firstOf = new Map<string, Evidence>();
  for (const f of facts) {
    for (const n of f.names) {
      if (n.entity !== e.id || firstOf.has(n.name)) continue;
      firstOf.set(n.name, {
        source: label(f.source),
        sentence: sentenceOf(f.source, n.sentence),
        mark: n.text,
      });
    }
  }
  const spellings = [...firstOf.keys()].sort(byCodeUnit);
  return [
    {
      kind: "merge",
      score: null,
      heading: `${e.type}: ${e.name}`,
      decision: `one ${e.type}: ${[e.name, ...e.aliases].join(" = ")}`,
      reason:
        e.type === "place"
          ? "The gazetteer gives these names one place."
          : "Resolved as one: the same name in another form (a surname alone, a short form, another spelling).",
      evidence: spellings.map((s) => firstOf.get(s) as Evidence),
      checked: false,
      snippet: [
        `  - split: ${e.id}`,
        `    names: [${e.aliases.map((a) => JSON.stringify(a)).join(", ")}]`,
        "    # keep only the spellings that are someone else",
      ].join("\n"),
    },
  ];
}

function speakerItem(
  q: Quote,
  m: ReviewModel,
  sentenceOf: SentenceOf,
  label: (s: string) => string,
): ReviewItem[] {
  const mention = m.facts
    .find((f) => f.source === q.source)
    ?.quotes.find((x) => x.start === q.start);
  if (!mention) return [];
  const speaker = q.speaker
    ? (m.entities.find((e) => e.id === q.speaker)?.name ?? q.speaker)
    : null;
  const by = mention.speakerMention;
  const named = by
    ? m.facts.find((f) => f.source === q.source)?.names.find((n) => n.start === by.start)
    : undefined;
  const evidence: Evidence[] = [
    { source: label(q.source), sentence: sentenceOf(q.source, mention.sentence), mark: q.text },
  ];
  if (named && named.sentence !== mention.sentence) {
    evidence.push({
      source: label(q.source),
      sentence: sentenceOf(q.source, named.sentence),
      mark: named.text,
    });
  }
  return [
    {
      kind: "speaker",
      score: null,
      heading: `quote: “${q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text}”`,
      decision: speaker ? `said by ${speaker}` : "no speaker found",
      reason: mention.attribution
        ? `Attributed because ${ATTRIBUTION[mention.attribution]}.`
        : "No name was found next to the quote.",
      evidence,
      checked: false,
      snippet: [
        `  - quote: ${q.key ?? ""}`,
        `    speaker: ${q.speaker ?? "null"}`,
        "    # another entity id, or null",
      ].join("\n"),
    },
  ];
}

function titleItem(
  s: Story,
  byId: ReadonlyMap<string, Article>,
  label: (s: string) => string,
): ReviewItem {
  const members = s.sources.flatMap((id) => byId.get(id) ?? []);
  return {
    kind: "title",
    score: null,
    heading: `story: ${s.title}`,
    decision: `title “${s.title}” over ${members.length} source${members.length === 1 ? "" : "s"}`,
    reason: "Written from the words the sources' headlines and leads share.",
    evidence: members.map((a) => ({ source: label(a.id), sentence: a.title, mark: "" })),
    checked: false,
    snippet: [`  - story: ${s.sources[0] ?? s.slug}`, `    title: ${JSON.stringify(s.title)}`].join(
      "\n",
    ),
  };
}
