import type { Article, CorrectionOf, Diagnostic, Story } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { slugify } from "../../core/text/slug.ts";
import { findArticle } from "./articles.ts";
import type { Located } from "./read.ts";
import { ofKinds, stale } from "./stale.ts";

/**
 * A story as a correction names it: by slug, or by the id (or file name) of one of its
 * articles, which stays the same when a small edit changes the generated title and its slug.
 */
export function findStory(
  stories: readonly Story[],
  articles: readonly Pick<Article, "id" | "file">[],
  name: string,
): Story | undefined {
  const bySlug = stories.find((s) => s.slug === name);
  if (bySlug) return bySlug;
  const a = findArticle(articles, name);
  return a ? stories.find((s) => s.sources.includes(a.id)) : undefined;
}

/**
 * The editors' stories, right after grouping and before dates, comparison and timelines read
 * them: articles moved to another story (or to one of their own, `story: new`), and titles.
 * Slugs stay as they were, so a story's address does not change with its title; a story left
 * with no article is gone.
 */
export function correctStories(
  input: readonly Story[],
  articles: readonly Article[],
  corrections: readonly Located[],
  problems: Diagnostic[],
): Story[] {
  let stories = input.map((s) => ({ ...s, sources: [...s.sources] }));
  for (const c of ofKinds(corrections, "article", "story")) {
    if (c.kind === "story") {
      const fix = c.correction as CorrectionOf<"story">;
      const story = findStory(stories, articles, fix.story);
      if (story) story.title = fix.title;
      else problems.push(stale(c, `no story ${fix.story}`));
      continue;
    }
    const fix = c.correction as CorrectionOf<"article">;
    const article = findArticle(articles, fix.article);
    if (fix.story === undefined || !article) continue; // a missing article is reported once, by correctArticles
    const target = fix.story === "new" ? undefined : findStory(stories, articles, fix.story);
    if (fix.story !== "new" && !target) {
      problems.push(stale(c, `no story ${fix.story} to move ${fix.article} to`));
      continue;
    }
    for (const s of stories) s.sources = s.sources.filter((id) => id !== article.id);
    if (target) {
      target.sources = [...target.sources, article.id].sort(byCodeUnit);
    } else {
      const base = slugify(article.title) || "story";
      let slug = base;
      for (let n = 2; stories.some((s) => s.slug === slug); n++) slug = `${base}-${n}`;
      stories.push({ slug, title: article.title, sources: [article.id] });
    }
    stories = stories.filter((s) => s.sources.length > 0);
  }
  return stories;
}
