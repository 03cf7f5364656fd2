/**
 * Weekdays in one source matched to month-days in another that report the same event, judged
 * by how many content words the two sentences share. "On Thursday, the minister confirmed …"
 * and "The minister confirmed on March 14 …": March 14 must fall on a Thursday, and the
 * Thursday is March 14 once its year is known.
 */
import type { Article, DateMention } from "../../core/model.ts";
import { contentWords, jaccard, SAME_EVENT_SIMILARITY } from "./date-events.ts";
import type { WeekdayHint } from "./date-years.ts";

export interface DatedArticle {
  article: Article;
  mentions: readonly DateMention[];
}

/** A mention by article index and mention index. */
export interface Ref {
  d: number;
  i: number;
}

/** Keys are `${article index}:${mention index}` (see refKey). */
export interface WeekdayPairs {
  /** Month-day -> the weekday another source gives for the same event, the best match kept. */
  hints: Map<string, WeekdayHint & { score: number }>;
  /** Weekday -> the month-day it was matched to. */
  links: Map<string, Ref>;
}

export const refKey = (d: number, i: number) => `${d}:${i}`;

/** Dated sentences a word may appear in and still count toward a same-event match. */
const COMMON_WORD = 200;

/**
 * Weekdays in one source matched to month-days in another, sentence by sentence: when the two
 * sentences share enough content words they report the same event, so the month-day falls on
 * that weekday (a hint for its year) and the weekday is that day (once the year is known).
 */
export function pairWeekdays(docs: readonly DatedArticle[]): WeekdayPairs {
  const hints = new Map<string, WeekdayHint & { score: number }>();
  const links = new Map<string, Ref>();
  const words = new Map<string, Set<string>>();
  const wordsOf = (d: number, sentence: number): Set<string> => {
    const k = refKey(d, sentence);
    let w = words.get(k);
    if (!w) {
      const a = docs[d]?.article;
      const s = a?.sentences[sentence];
      w = contentWords(a && s ? a.text.slice(s.start, s.end) : "");
      words.set(k, w);
    }
    return w;
  };
  // Month-days a weekday could date (a day, no weekday, no "last"/"next"), indexed per article
  // by the words of their sentences, so each weekday meets only sentences sharing a word.
  const days: (Ref & { sentence: number })[] = [];
  const postings = docs.map(() => new Map<string, number[]>());
  docs.forEach((doc, d) => {
    doc.mentions.forEach((m, i) => {
      const e = m.expression;
      if ((e.kind !== "partial" && e.kind !== "absolute") || e.day === undefined) return;
      if (e.weekday !== undefined || (e.kind === "partial" && e.modifier !== undefined)) return;
      const n = days.push({ d, i, sentence: m.sentence }) - 1;
      for (const w of wordsOf(d, m.sentence)) {
        const list = postings[d]?.get(w);
        if (list) list.push(n);
        else postings[d]?.set(w, [n]);
      }
    });
  });
  docs.forEach((doc, d) => {
    doc.mentions.forEach((w, i) => {
      const e = w.expression;
      if (e.kind !== "weekday" || e.modifier === "next") return;
      const mine = wordsOf(d, w.sentence);
      const shared = new Map<number, number>();
      postings.forEach((byWord, d2) => {
        if (d2 === d) return;
        for (const word of mine) {
          const list = byWord.get(word) ?? [];
          // A word in hundreds of dated sentences tells none of them apart; skipping it keeps
          // the pairing linear on very long articles (it only lowers those pairs' scores).
          if (list.length > COMMON_WORD) continue;
          for (const n of list) shared.set(n, (shared.get(n) ?? 0) + 1);
        }
      });
      let best: (Ref & { score: number }) | null = null;
      for (const [n, count] of shared) {
        const p = days[n];
        if (!p) continue;
        const score = jaccard(count, mine.size, wordsOf(p.d, p.sentence).size);
        if (score >= SAME_EVENT_SIMILARITY && (!best || score > best.score)) {
          best = { d: p.d, i: p.i, score };
        }
      }
      if (!best) return;
      links.set(refKey(d, i), best);
      const why = `the day ${doc.article.outlet ?? "another source"} gives for the same event`;
      const pk = refKey(best.d, best.i);
      const prior = hints.get(pk);
      if (!prior || best.score > prior.score) {
        hints.set(pk, { weekday: e.weekday, why, score: best.score });
      }
    });
  });
  return { hints, links };
}
