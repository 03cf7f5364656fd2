import type { Article, CorrectionOf, Diagnostic } from "../../core/model.ts";
import type { Located } from "./read.ts";
import { ofKinds, stale } from "./stale.ts";

/** The article a correction names: by id, or by its seed file name. */
export function findArticle<T extends Pick<Article, "id" | "file">>(
  articles: readonly T[],
  name: string,
): T | undefined {
  return articles.find((a) => a.id === name) ?? articles.find((a) => a.file === name);
}

/**
 * An article's outlet and published date as the editors set them, before anything reads them:
 * the date anchors "last Tuesday", the outlet names the source everywhere. A date the editors
 * set is stated, not inferred.
 */
export function correctArticles(
  articles: readonly Article[],
  corrections: readonly Located[],
  problems: Diagnostic[],
): Article[] {
  const out = articles.map((a) => ({ ...a }));
  for (const c of ofKinds(corrections, "article")) {
    const fix = c.correction as CorrectionOf<"article">;
    const a = findArticle(out, fix.article);
    if (!a) {
      problems.push(stale(c, `no article ${fix.article}`));
      continue;
    }
    if (fix.outlet !== undefined) a.outlet = fix.outlet;
    if (fix.published !== undefined) {
      a.published = fix.published;
      a.publishedInferred = null;
    }
  }
  return out;
}
