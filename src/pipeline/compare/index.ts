import { storyWeights } from "../../core/event/weights.ts";
import type { Article, ArticleFacts, Claim, Entity, Story, StoryEvent } from "../../core/model.ts";
import { dateClaims } from "./dates.ts";
import { personEvents } from "./events.ts";
import { figureClaims } from "./figures.ts";
import { type Draft, orderClaims } from "./order.ts";
import { type Contains, placeClaims } from "./places.ts";
import { quoteClaims } from "./quotes.ts";
import {
  reportedElsewhere,
  sentenceStems,
  toldAlikeElsewhere,
  wordsOf,
} from "./reported-elsewhere.ts";
import { storyReports } from "./reports.ts";
import { storySources } from "./source.ts";
import { statementClaims } from "./statements.ts";

export type { Contains } from "./places.ts";

export interface CompareOptions {
  /**
   * Whether the place with gazetteer id `outer` contains the one with id `inner` (a place
   * contains itself). Injected so this stage does not depend on the gazetteer.
   */
  contains: Contains;
  /** The story's happenings (the events stage): a sentence mentioning one that another source
   * also mentions is not "only one source says". */
  events?: readonly StoryEvent[];
}

/**
 * Lines up what the sources of one story say and marks where they agree and differ: figures
 * counting the same thing, versions of the same quote, where and when the same person did
 * something, and the statements only one source makes. `articles` are the story's sources and
 * `facts` their extraction, in the same order; dates must already be resolved.
 *
 * Claims come out differ, compatible, agree, then single-source, with ids
 * "<story.slug>-<kind>-<n>" (see order.ts).
 */
export function compare(
  story: Story,
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
  entities: readonly Entity[],
  options: CompareOptions,
): Claim[] {
  const sources = storySources(story, articles, facts);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  // A figure, quote, place or date another source may tell in other words is not "only one
  // source says" (see toldAlikeElsewhere).
  const elsewhere = reportedElsewhere(options.events ?? []);
  const reports = storyReports(sources);
  const factsOf = new Map(sources.map((s) => [s.article.id, s.facts]));
  const reportsOf = new Map(sources.map((s, i) => [s.article.id, reports[i] ?? []]));
  // Each person's act, marked when its clause tells of what is still to come.
  const events = sources.flatMap(personEvents).map((e) => {
    const frames = reportsOf.get(e.from.article.id)?.[e.sentence]?.frames ?? [];
    const clause = frames.find((f) => f.start <= e.person.start && e.person.end <= f.end);
    return clause ? { ...e, ahead: clause.tense === "future" || clause.tense === "planned" } : e;
  });
  const articleOf = new Map(sources.map((s) => [s.article.id, s.article]));
  // A source's words, and its sentences as stems, made only when a quote is checked against them.
  const wordsOfSource = perSource((id) => wordsOf(articleOf.get(id)?.text ?? ""));
  const stemsOfSource = perSource((id) => {
    const article = articleOf.get(id);
    return article ? sentenceStems(article.text, article.sentences) : [];
  });
  const alike = {
    elsewhere,
    sources: sources.map((s) => s.article.id),
    factsOf: (id: string) => factsOf.get(id),
    wordsOf: wordsOfSource,
    textOf: (id: string) => articleOf.get(id)?.text ?? "",
    stemsOf: stemsOfSource,
    framesOf: (id: string, sentence: number) => reportsOf.get(id)?.[sentence]?.frames ?? [],
  };
  const factDrafts = [
    ...figureClaims(story.slug, sources, options.contains),
    ...quoteClaims(story.slug, sources, names),
    ...placeClaims(story.slug, events, names, options.contains),
    ...dateClaims(story.slug, events, names),
  ];
  const drafts = factDrafts.filter(
    (d) =>
      d.status !== "single-source" || !d.values.some((v) => toldAlikeElsewhere(d.kind, v, alike)),
  );
  // A sentence another claim already shows, aligned or as one source's figure, quote, place
  // or date, is not listed again as a statement only one source makes; nor is one whose fact
  // another source may tell (left out above).
  const used = new Set(factDrafts.flatMap((d) => d.values.map((v) => `${v.source}#${v.sentence}`)));
  // Two sentences whose figure, place or date differ are not shown as saying the same.
  // Nor are two sentences a quote claim already shows quoting the same words: a second claim
  // of them would only repeat it. (Two versions of one remark may still be one statement, told
  // in other words: "a “very, very serious” escalation", "a “very serious” escalation".)
  const pairsOf = (d: Draft) =>
    d.values.flatMap((v, i) =>
      d.values
        .slice(i + 1)
        .flatMap((w) => [
          `${v.source}#${v.sentence}|${w.source}#${w.sentence}`,
          `${w.source}#${w.sentence}|${v.source}#${v.sentence}`,
        ]),
    );
  const apart = new Set(
    drafts
      .filter(
        (d) =>
          (d.status !== "agree" && d.kind !== "quote") ||
          (d.kind === "quote" && d.status === "agree"),
      )
      .flatMap(pairsOf),
  );
  const actors = new Set(entities.filter((e) => e.type !== "place").map((e) => e.id));
  const weight = storyWeights(reports.flat().flatMap((r) => r.frames));
  const ctx = { weight, contains: options.contains };
  drafts.push(
    ...statementClaims(story.slug, reports, used, apart, names, ctx, options.events ?? [], (id) =>
      actors.has(id),
    ),
  );
  return orderClaims(
    drafts,
    sources.map((s) => s.article.id),
  );
}

/** `make` for each source id, made the first time it is asked for and kept for the story. */
function perSource<T>(make: (id: string) => T): (id: string) => T {
  const made = new Map<string, T>();
  return (id) => {
    let value = made.get(id);
    if (value === undefined) {
      value = make(id);
      made.set(id, value);
    }
    return value;
  };
}
