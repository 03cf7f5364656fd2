import type { Article } from "../../core/model.ts";
import { bodyStart } from "./body.ts";
import { contentWords } from "./tokens.ts";

/** How much more a headline word counts than a body word: the headline names the event. */
const HEADLINE_WEIGHT = 2;

/**
 * Content words of one article, stemmed, each weighted 1 + ln(count): a word said ten times is
 * central, but not ten times as telling. A headline word counts as two mentions; a generated
 * headline is the lead sentence again, so it counts for nothing extra.
 */
export function articleTerms(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + weight);
  };
  add(article.title, article.titleGenerated ? 0 : HEADLINE_WEIGHT);
  add(article.text.slice(bodyStart(article)), 1);
  const out = new Map<string, number>();
  for (const [w, c] of counts) if (c > 0) out.set(w, 1 + Math.log(c));
  return out;
}
