import type { Article, ArticleFacts, Story } from "../../core/model.ts";
import { sourceLabels } from "../../core/source-labels.ts";

/** One source of a story as comparison reads it: the article, its facts, and its label. */
export interface Source {
  /** Position in story.sources: the order values and claims are listed in. */
  index: number;
  article: Article;
  facts: ArticleFacts;
  label: string;
}

/**
 * Pairs each article with its facts and label, in the story's source order. Articles the story
 * does not list are left out; a listed article without facts gets empty ones, so a source that
 * extraction found nothing in still counts as a source.
 */
export function storySources(
  story: Story,
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
): Source[] {
  const byId = new Map(articles.map((a, i) => [a.id, { article: a, facts: facts[i] }]));
  const members = story.sources.flatMap((id) => {
    const m = byId.get(id);
    return m ? [m] : [];
  });
  const labels = sourceLabels(members.map((m) => m.article));
  return members.map((m, index) => ({
    index,
    article: m.article,
    facts: factsFor(m.article.id, m.facts, facts),
    label: labels.get(m.article.id) ?? m.article.id,
  }));
}

// Facts are passed in the articles' order; when a caller's order slips, find them by source.
function factsFor(
  id: string,
  same: ArticleFacts | undefined,
  all: readonly ArticleFacts[],
): ArticleFacts {
  if (same?.source === id) return same;
  return (
    all.find((f) => f.source === id) ?? {
      source: id,
      names: [],
      dates: [],
      figures: [],
      quotes: [],
    }
  );
}
