import type { Article, ArticleFacts, DateMention, Story } from "../../core/model.ts";
import { resolveDates } from "./resolve-dates.ts";

export interface DateOptions {
  /** The latest date a missing year may be inferred to (YYYY-MM-DD): never the clock. */
  latestDate: string;
  /** Anchor for relative dates in articles with no published date. */
  referenceDate?: string;
  /** Told when a story's dates could not be resolved; they stay as extracted, the rest go on. */
  onError?: (story: string, error: unknown) => void;
}

export interface Dated {
  /** The articles, with `publishedInferred` filled where the seed gave no date. */
  articles: Article[];
  /** Every article's facts, with each date mention's `value` placed on the calendar. */
  facts: ArticleFacts[];
  /** How many publication dates were inferred. */
  inferred: number;
}

/**
 * Places every date on the calendar, story by story: a year missing in one source is fixed by
 * another source's account of the same event, so this runs after clustering. Returns new
 * articles and facts; its input is left as it was.
 */
export function dateStories(
  articles: readonly Article[],
  stories: readonly Story[],
  facts: readonly ArticleFacts[],
  options: DateOptions,
): Dated {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  const datesOf = new Map<string, DateMention[]>();
  const inferredOf = new Map<string, Article["publishedInferred"]>();
  for (const story of stories) {
    const members = story.sources.flatMap((id) => byId.get(id) ?? []);
    let result: ReturnType<typeof resolveDates>;
    try {
      result = resolveDates(
        members,
        new Map(members.map((a) => [a.id, factsOf.get(a.id)?.dates ?? []])),
        {
          latest: options.latestDate,
          ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
        },
      );
    } catch (error) {
      options.onError?.(story.slug, error);
      continue;
    }
    for (const a of members) {
      const dates = result.dates.get(a.id);
      if (dates) datesOf.set(a.id, dates);
      const p = result.publishedInferred.get(a.id) ?? null;
      if (!a.published && p) inferredOf.set(a.id, p);
    }
  }
  return {
    articles: articles.map((a) =>
      inferredOf.has(a.id) ? { ...a, publishedInferred: inferredOf.get(a.id) ?? null } : a,
    ),
    facts: facts.map((f) => ({ ...f, dates: datesOf.get(f.source) ?? f.dates })),
    inferred: inferredOf.size,
  };
}
