import type { Article } from "../model.ts";
import { contentWords } from "./tokens.ts";

/** How many sentences of the body, after the headline, make the lead. */
const LEAD_SENTENCES = 1;

/**
 * The words of an article's headline and first sentences: what it says the news is, before
 * background and reactions. A generated headline is the first sentence again, so it is skipped.
 */
export function leadWords(article: Article): Set<string> {
  const sentences = article.sentences
    .slice(0, LEAD_SENTENCES)
    .map((s) => article.text.slice(s.start, s.end));
  const head = article.titleGenerated ? [] : [article.title];
  return new Set(contentWords([...head, ...sentences].join("\n")));
}

/**
 * How much of one article's lead the other article echoes anywhere in its text, each word
 * weighted by how rare it is, the lower of the two directions. Two reports of one event each
 * carry the other's news; a report that only mentions another event in passing ("two months
 * after the rally shooting") covers little of that event's lead, and is not covered by it.
 */
export function leadCoverage(
  leadA: ReadonlySet<string>,
  wordsA: ReadonlyMap<string, number>,
  leadB: ReadonlySet<string>,
  wordsB: ReadonlyMap<string, number>,
  idf: (word: string) => number,
): number {
  return Math.min(covered(leadA, wordsB, idf), covered(leadB, wordsA, idf));
}

function covered(
  lead: ReadonlySet<string>,
  words: ReadonlyMap<string, number>,
  idf: (word: string) => number,
): number {
  let total = 0;
  let hit = 0;
  for (const w of lead) {
    const weight = idf(w);
    total += weight;
    if (words.has(w)) hit += weight;
  }
  return total === 0 ? 0 : hit / total;
}
