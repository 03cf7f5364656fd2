import type { Article } from "../model.ts";
import { contentWords } from "./tokens.ts";

/** How many sentences of the body, after the headline, make the lead. */
const LEAD_SENTENCES = 1;

/**
 * The words of an article's headline and first sentence: what it says the news is, before
 * background and reactions. A generated headline is the first sentence again, so it is skipped.
 */
export function leadWords(article: Article): Set<string> {
  const sentences = article.sentences
    .slice(0, LEAD_SENTENCES)
    .map((s) => article.text.slice(s.start, s.end));
  const head = article.titleGenerated ? [] : [article.title];
  return new Set(contentWords([...head, ...sentences].join("\n")));
}

/** An article's lead and all its words as term ids, ready to be compared many times over. */
export interface LeadProfile {
  /** Lead term ids and their weights (rarity). */
  ids: number[];
  weights: number[];
  total: number;
  /** Every term id the article uses, headline and body. */
  all: ReadonlySet<number>;
}

export function leadProfile(
  lead: ReadonlySet<string>,
  words: Iterable<string>,
  id: (word: string) => number,
  weight: (word: string) => number,
): LeadProfile {
  const ids: number[] = [];
  const weights: number[] = [];
  let total = 0;
  for (const w of lead) {
    ids.push(id(w));
    weights.push(weight(w));
    total += weight(w);
  }
  return { ids, weights, total, all: new Set([...words].map(id)) };
}

/**
 * How much of one article's lead the other article echoes anywhere in its text, each word
 * weighted by how rare it is, the lower of the two directions. Two reports of one event each
 * carry the other's news; a report that only mentions another event in passing ("two months
 * after the rally shooting") covers little of that event's lead, and is not covered by it.
 */
export function leadCoverage(a: LeadProfile, b: LeadProfile): number {
  return Math.min(covered(a, b.all), covered(b, a.all));
}

function covered(lead: LeadProfile, words: ReadonlySet<number>): number {
  if (lead.total === 0) return 0;
  let hit = 0;
  lead.ids.forEach((id, k) => {
    if (words.has(id)) hit += lead.weights[k] ?? 0;
  });
  return hit / lead.total;
}
