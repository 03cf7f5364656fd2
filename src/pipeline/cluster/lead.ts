import type { Article, ArticleFacts } from "../../core/model.ts";
import { bodyStart } from "./body.ts";
import { contentWords } from "./tokens.ts";

/**
 * At most this many words of the first sentence count: when sentences could not be told apart
 * (no capitals, no full stops), the "first sentence" is the whole text, which is no lead.
 */
const LEAD_WORDS = 40;

/**
 * The words of an article's headline and first sentence: what it says the news is, before
 * background and reactions. A generated headline is the first sentence again, so it is skipped.
 */
export function leadWords(article: Article): Set<string> {
  const from = bodyStart(article);
  const first = article.sentences.find((s) => s.start >= from);
  const sentence = first ? article.text.slice(first.start, first.end) : article.text.slice(from);
  const opening = sentence.split(/\s+/u).slice(0, LEAD_WORDS).join(" ");
  const head = article.titleGenerated ? "" : article.title;
  return new Set(contentWords(`${head}\n${opening}`));
}

/** How many sentences of the body make the lead that names who and where the news is about. */
const LEAD_SENTENCES = 2;

/**
 * The indices of an article's lead sentences: the first two of its body, passing over a line
 * that only stamps the date ("Updated: March 3, 2031 10:04 GMT"), which tells nothing of the
 * news. A stamp names a date and has hardly a lowercase word.
 */
export function leadSentences(article: Article, facts: ArticleFacts | undefined): Set<number> {
  const from = bodyStart(article);
  const dated = new Set((facts?.dates ?? []).map((d) => d.sentence));
  const lead = new Set<number>();
  article.sentences.forEach((s, i) => {
    if (s.start < from || lead.size >= LEAD_SENTENCES) return;
    const lowercase = article.text.slice(s.start, s.end).match(/(?:^|\s)\p{Ll}+/gu) ?? [];
    if (dated.has(i) && lowercase.length < 3) return;
    lead.add(i);
  });
  return lead;
}

/**
 * The lead sentences and the date stamps among and before them: where an article says when its
 * news is. The stamp a lead passes over dates the report, and so, within days, its news.
 */
export function openingSentences(article: Article, lead: ReadonlySet<number>): Set<number> {
  const from = bodyStart(article);
  const last = Math.max(-1, ...lead);
  const opening = new Set<number>();
  article.sentences.forEach((s, i) => {
    if (s.start >= from && i <= last) opening.add(i);
  });
  return opening;
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
 * after last month's storm") covers little of that event's lead, and is not covered by it.
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
