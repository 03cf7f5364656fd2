import { json } from "../../core/json.ts";
import type {
  Article,
  ArticleFacts,
  Claim,
  ClaimsEntry,
  Diagnostic,
  Entity,
  EntityEntry,
  Quote,
  SourceEntry,
  Story,
  StoryEntry,
  StoryEvent,
  TimelineEntry,
  TimelineEvent,
} from "../../core/model.ts";
import { sourceLabels } from "../../core/source-labels.ts";
import { link, paragraph, text, toMdx } from "./mdx.ts";
import { plainSummary, storySummary } from "./summary.ts";

/** A file emit wants written, relative to the content folder. */
export interface OutputFile {
  path: string;
  contents: string;
}

export interface EmitInput {
  articles: readonly Article[];
  stories: readonly Story[];
  diagnostics: readonly Diagnostic[];
  facts: readonly ArticleFacts[];
  entities: readonly Entity[];
  quotes: readonly Quote[];
  claims: readonly Claim[];
  events: readonly StoryEvent[];
  timeline: readonly TimelineEvent[];
}

/** Sentences around a mention shown on entity pages are cut to this many characters. */
const CONTEXT_CHARS = 600;

/**
 * The model as files for Astro: one JSON entry per source, entity and story (with the story's
 * claims and timeline), and the public data contract (dist/data/*.json). Data only: how a page
 * shows it is the page's business (src/pages/). Pure: returns the files, the orchestrator
 * writes them.
 */
export function emit(input: EmitInput): OutputFile[] {
  const { articles, stories, diagnostics, facts, entities, quotes } = input;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const id of s.sources) storyOf.set(id, s.slug);
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  // Indexes built once, so emit is linear in the archive (a filter per story or per entity
  // was quadratic: minutes at 10,000 articles). Map.groupBy keeps each group in input order.
  const claimsOf = Map.groupBy(input.claims, (c) => c.story);
  const eventsOf = Map.groupBy(input.timeline, (e) => e.story);
  const index: EntityIndex = {
    quotesOf: Map.groupBy(input.quotes, (q) => q.speaker ?? ""),
    inSource: mentionsBySource(entities),
  };
  const placeKinds = new Map(
    entities.flatMap((e) => (e.placeKind ? [[e.id, e.placeKind] as const] : [])),
  );
  const names = new Map(entities.map((e) => [e.id, e.name]));

  const files: OutputFile[] = [];
  for (const a of articles) {
    const f = factsOf.get(a.id);
    const entry: SourceEntry = {
      ...a,
      story: storyOf.get(a.id),
      names: f?.names ?? [],
      dates: f?.dates ?? [],
      figures: f?.figures ?? [],
      quotes: f?.quotes ?? [],
    };
    files.push({ path: `sources/${a.id}.json`, contents: json(entry) });
  }
  for (const e of entities) {
    files.push({
      path: `entities/${e.id}.json`,
      contents: json(entityPage(e, index, byId, storyOf)),
    });
  }
  for (const s of stories) {
    const members = s.sources.flatMap((id) => byId.get(id) ?? []);
    const story: StoryEntry = { slug: s.slug, title: s.title, sources: s.sources };
    files.push({ path: `stories/${s.slug}.json`, contents: json(story) });
    const labels = [...sourceLabels(members)].map(([id, label]) => ({ id, label }));
    const claims: ClaimsEntry = {
      story: s.slug,
      sources: labels,
      claims: claimsOf.get(s.slug) ?? [],
    };
    files.push({ path: `claims/${s.slug}.json`, contents: json(claims) });
    const summary = storySummary({ claims: claims.claims, sources: labels, placeKinds, names });
    files.push({
      path: `summaries/${s.slug}.mdx`,
      contents: toMdx({ story: s.slug, description: plainSummary(summary) }, [
        paragraph(
          ...summary.flatMap((sentence, i) => [
            ...(i > 0 ? [text(" ")] : []),
            ...sentence.map((p) => (typeof p === "string" ? text(p) : link(p.href, p.text))),
          ]),
        ),
      ]),
    });
    const timeline: TimelineEntry = {
      story: s.slug,
      title: s.title,
      sources: labels,
      events: eventsOf.get(s.slug) ?? [],
    };
    files.push({ path: `timelines/${s.slug}.json`, contents: json(timeline) });
  }
  files.push({ path: "data/sources.json", contents: json(articles.map(publicSource)) });
  files.push({
    path: "data/stories.json",
    contents: json(
      stories.map((s) => ({
        slug: s.slug,
        title: s.title,
        sources: s.sources,
        entities: [],
        counts: { sources: s.sources.length },
      })),
    ),
  });
  files.push({
    path: "data/entities.json",
    contents: json(
      entities.map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        roles: e.roles,
        ...(e.placeKind ? { kind: e.placeKind } : {}),
        geo: e.geo ?? null,
        mentions: e.mentions,
      })),
    ),
  });
  files.push({ path: "data/quotes.json", contents: json(quotes) });
  files.push({ path: "data/claims.json", contents: json(input.claims) });
  files.push({ path: "data/events.json", contents: json(input.events) });
  // DESIGN.md's contract names an event's reports `sources` ({source, start, end, …}).
  files.push({
    path: "data/timeline.json",
    contents: json(input.timeline.map(({ reports, ...e }) => ({ ...e, sources: reports }))),
  });
  files.push({ path: "build/diagnostics.json", contents: json(diagnostics) });
  return files;
}

/** What entity pages look up: quotes by speaker, and each source's entities with mention counts. */
interface EntityIndex {
  quotesOf: ReadonlyMap<string, readonly Quote[]>;
  inSource: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Source id -> entity id -> how many times the source mentions it. */
function mentionsBySource(entities: readonly Entity[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      let counts = out.get(m.source);
      if (counts === undefined) {
        counts = new Map();
        out.set(m.source, counts);
      }
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    }
  }
  return out;
}

/** An entity page's data: the entity, each mention in its sentence, its quotes and stories. */
function entityPage(
  e: Entity,
  { quotesOf, inSource }: EntityIndex,
  byId: ReadonlyMap<string, Article>,
  storyOf: ReadonlyMap<string, string>,
): EntityEntry {
  const mentions = e.mentions.flatMap((m) => {
    const a = byId.get(m.source);
    const sentenceIndex = a?.sentences.findIndex((s) => s.start <= m.start && m.end <= s.end) ?? -1;
    const s = a?.sentences[sentenceIndex];
    if (!a || !s) return [];
    // Long sentences are cut around the mention so the page stays readable.
    const from = Math.max(s.start, Math.min(m.start - CONTEXT_CHARS / 2, s.end - CONTEXT_CHARS));
    const to = Math.min(s.end, from + CONTEXT_CHARS);
    return [
      {
        source: a.id,
        sourceTitle: a.title,
        outlet: a.outlet,
        sentence: sentenceIndex,
        before: `${from > s.start ? "…" : ""}${a.text.slice(from, m.start)}`,
        text: a.text.slice(m.start, m.end),
        after: `${a.text.slice(m.end, to)}${to < s.end ? "…" : ""}`,
        start: m.start,
        end: m.end,
      },
    ];
  });
  const sources = new Set(e.mentions.map((m) => m.source));
  // Another entity's mentions in the sources that name this one.
  const together = new Map<string, number>();
  for (const source of sources) {
    for (const [other, n] of inSource.get(source) ?? []) {
      if (other !== e.id) together.set(other, (together.get(other) ?? 0) + n);
    }
  }
  return {
    ...e,
    mentions,
    quotes: [...(quotesOf.get(e.id) ?? [])],
    stories: [...new Set([...sources].flatMap((s) => storyOf.get(s) ?? []))].sort(),
    coMentioned: [...together]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 12)
      .map(([id, count]) => ({ id, count })),
  };
}

function publicSource(a: Article) {
  return {
    id: a.id,
    title: a.title,
    titleGenerated: a.titleGenerated,
    outlet: a.outlet,
    url: a.url,
    published: a.published,
    publishedInferred: a.publishedInferred,
    words: a.words,
  };
}
