import { distinctEvents, type LeadParty, leadParties } from "../../core/event/distinct-events.ts";
import { contains } from "../../core/geo/contains.ts";
import { placeById } from "../../core/geo/gazetteer.ts";
import { averageLinkage } from "../../core/group/average-linkage.ts";
import type { Article, ArticleFacts, Story } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { slugify } from "../../core/text/slug.ts";
import { articleEntities } from "./entities.ts";
import {
  type LeadProfile,
  leadCoverage,
  leadProfile,
  leadSentences,
  leadWords,
  openingSentences,
} from "./lead.ts";
import { scorePairs } from "./pairs.ts";
import { pairScore, type ScoreWeights } from "./score.ts";
import { articleTerms } from "./terms.ts";
import { storyTitle } from "./title.ts";
import { idfVectors, rarity } from "./vectors.ts";
import { articleWhen, timeFactor, UNDATED } from "./when.ts";

export interface ClusterOptions {
  /** Average pair score at or above which two groups of articles are one story. */
  threshold: number;
  weights: ScoreWeights;
  /** Words per article used in comparisons (its most telling ones): bounds the cost per pair. */
  maxTerms: number;
  /**
   * Told when a story's title could not be written (the story keeps its first source's title
   * instead), so one odd story never stops the others.
   */
  onTitleError?: (sources: readonly string[], error: unknown) => void;
}

export const defaultClusterOptions: ClusterOptions = {
  threshold: 0.18,
  weights: { text: 0.6, lead: 0.2, entities: 0.2 },
  maxTerms: 80,
};

/**
 * Groups articles that report the same event into stories. Each pair of articles is scored by
 * the words they share (TF-IDF cosine), how much of each one's lead the other echoes, the
 * entities they share (people and organizations weigh more than countries), and how far apart
 * their dates are; stories then form by average linkage, so one borderline pair cannot chain
 * two events together. Two groups whose leads name competing parties (another player, another
 * town, another count) are kept apart however alike they read. An article like no other is a
 * story of its own.
 *
 * `facts` is extraction's output after resolve, so names carry entity ids; an article without
 * facts is compared by its words alone. The result does not depend on the order of `articles`.
 */
export function cluster(
  articles: readonly Article[],
  facts: readonly ArticleFacts[] = [],
  options: Partial<ClusterOptions> = {},
): Story[] {
  const o = { ...defaultClusterOptions, ...options };
  const sorted = [...articles].sort((a, b) => byCodeUnit(a.id, b.id));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  const words = sorted.map(articleTerms);
  const r = rarity(words);
  const text = idfVectors(words, o.maxTerms, r);
  const entities = idfVectors(
    sorted.map((a) => articleEntities(factsOf.get(a.id))),
    Number.POSITIVE_INFINITY,
  );
  const leads = sorted.map((a, i) =>
    leadProfile(leadWords(a), (words[i] ?? empty).keys(), r.id, r.idf),
  );
  const when = sorted.map((a) => articleWhen(a, factsOf.get(a.id)));
  const edges = scorePairs(
    text,
    entities,
    (a, b, cos) =>
      pairScore(
        {
          text: cos.text,
          entities: cos.entities,
          lead: leadCoverage(leads[a] ?? noLead, leads[b] ?? noLead),
          time: timeFactor(when[a] ?? UNDATED, when[b] ?? UNDATED),
        },
        o.weights,
      ),
    o.threshold / 4,
    Math.max(MIN_SHARED, Math.ceil(2 * Math.sqrt(sorted.length))),
  );
  // Look-alike events read alike; what their leads name tells them apart (see distinctEvents).
  const parties = sorted.map((a) => {
    const f = factsOf.get(a.id);
    if (!f) return [];
    const lead = leadSentences(a, f);
    return leadParties(a, f, lead, openingSentences(a, lead));
  });
  const partiesOf = (group: readonly number[]) => group.map((i) => parties[i] ?? noParties);
  const group = averageLinkage(
    sorted.length,
    edges,
    o.threshold,
    (a, b) => distinctEvents(partiesOf(a), partiesOf(b), { contains: placeContains }) === null,
  );

  const members = new Map<number, number[]>();
  group.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  // Groups are keyed by their first member, and members come in id order: stories are in the
  // order of their first source's id, whatever order the files were read in.
  const usedSlugs = new Set<string>();
  return [...members.values()].map((indices) => {
    const list = indices.flatMap((i) => {
      const article = sorted[i];
      return article ? [{ article, words: words[i] ?? empty }] : [];
    });
    const title = titleOrFirst(list, r.idf, o.onTitleError);
    const slug = uniqueSlug(storySlug(title), usedSlugs);
    return { slug, title, sources: list.map((m) => m.article.id) };
  });
}

/** The generated title, or the first source's own when writing one fails. */
function titleOrFirst(
  list: Parameters<typeof storyTitle>[0],
  idf: Parameters<typeof storyTitle>[1],
  onError: ClusterOptions["onTitleError"],
): string {
  try {
    return storyTitle(list, idf);
  } catch (error) {
    onError?.(
      list.map((m) => m.article.id),
      error,
    );
    return list[0]?.article.title || "Untitled story";
  }
}

/** The slug, or the slug with the first free "-2", "-3", ... when an earlier story has it. */
function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

/**
 * A word in more articles than this (at least MIN_SHARED, growing as 2 * sqrt(n)) proposes no
 * pairs: see scorePairs. Small corpora compare every pair that shares a word.
 */
const MIN_SHARED = 50;

const noParties: LeadParty[] = [];

/** Whether gazetteer place `outer` contains `inner`. */
function placeContains(outer: string, inner: string): boolean {
  const a = placeById(outer);
  const b = placeById(inner);
  return a !== undefined && b !== undefined && contains(a, b);
}

const noLead: LeadProfile = { ids: [], weights: [], total: 0, all: new Set() };
const empty = new Map<string, number>();

/**
 * The story's slug: its title's words. The story page's element ids (its claims') begin with
 * it, and an id should begin with a letter, so a title that opens with a number gets "story-".
 */
export function storySlug(title: string): string {
  const slug = slugify(title);
  if (slug === "") return "story";
  return /^[a-z]/.test(slug) ? slug : `story-${slug}`;
}
