/**
 * One-to-one matching of predicted spans to gold mentions, largest overlap first, and the
 * predictions that fall in annotated sentences: shared by the entity and time scorers.
 */
import type { Range } from "./detokenize.ts";
import type { MappedArticle, MappedMention } from "./map-article.ts";

/** A prediction judged wrong or not judged, or a gold mention missed, with its sentence. */
export interface MentionError {
  article: string;
  sentence: number;
  sentenceText: string;
  /** The predicted words (wrong, unjudged) or the gold name (missed). */
  text: string;
  type: string;
  /** What the gold says there: the tag and the words. */
  gold: string;
}

export function overlap(a: Range, b: Range): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Pairs each prediction with at most one gold item and the reverse; `size` 0 means no pair. */
export function match<P extends Range, G>(
  predicted: readonly P[],
  gold: readonly G[],
  size: (p: P, g: G) => number,
): Map<P, G> {
  const pairs: { p: P; g: G; size: number }[] = [];
  for (const p of predicted) {
    for (const g of gold) {
      const s = size(p, g);
      if (s > 0) pairs.push({ p, g, size: s });
    }
  }
  pairs.sort((a, b) => b.size - a.size || a.p.start - b.p.start);
  const matched = new Map<P, G>();
  const usedGold = new Set<G>();
  for (const { p, g } of pairs) {
    if (matched.has(p) || usedGold.has(g)) continue;
    matched.set(p, g);
    usedGold.add(g);
  }
  return matched;
}

/** The spans of `items` that fall in one of the article's annotated sentences. */
export function inAnnotated<T extends Range>(article: MappedArticle, items: readonly T[]): T[] {
  return items.filter((item) => {
    const s = article.sentenceAt(item);
    return s !== null && article.annotated.has(s);
  });
}

/**
 * One article's predictions in annotated sentences matched to the gold mentions there, and a
 * maker of error records for it.
 */
export function matchArticle<P extends Range>(
  article: MappedArticle,
  predicted: readonly P[],
  size: (p: P, g: MappedMention) => number,
) {
  const golds = article.mentions.filter((m) => article.annotated.has(m.sentence));
  const judged = inAnnotated(article, predicted);
  const matched = match(judged, golds, size);
  const error = (sentence: number, text: string, type: string, gold: string): MentionError => ({
    article: article.id,
    sentence,
    sentenceText: article.sentenceText.get(sentence) ?? "",
    text,
    type,
    gold,
  });
  return { golds, predicted: judged, matched, usedGold: new Set(matched.values()), error };
}
