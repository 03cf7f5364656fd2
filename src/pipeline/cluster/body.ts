import type { Article } from "../../core/model.ts";

/**
 * Where an article's body starts in its text. The CLI ingests with the headline kept as the
 * first paragraph (so offsets cover what a scorer sees); counted again as body, the headline
 * would weigh double and stand in for the lead sentence.
 */
export function bodyStart(article: Article): number {
  const first = article.paragraphs[0];
  if (article.titleGenerated || !first || article.paragraphs.length < 2) return 0;
  const head = article.text.slice(first.start, first.end).trim();
  return head === article.title.trim() ? (article.paragraphs[1]?.start ?? 0) : 0;
}
