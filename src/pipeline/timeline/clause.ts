import type { Range } from "../../core/model.ts";

/** How far before a date its "that" may be (a bound, so a huge sentence stays cheap). */
const LOOK_BACK = 300;

/**
 * The part of a sentence that a date belongs to, when the sentence holds two dated events.
 * "Last week, the agency reported that since May 2023, the city has grown": "last week" dates
 * the reporting, "since May 2023" dates the growth, which is told in the clause after "that".
 * With only one date, or no such clause, the whole sentence is the event's.
 */
export function eventClause(
  text: string,
  sentence: Range,
  date: Range,
  others: readonly Range[],
): Range {
  // The last "that" not far before the date, with no other date between it and this one.
  const from = Math.max(sentence.start, date.start - LOOK_BACK);
  let at = -1;
  for (const m of text.slice(from, date.start).matchAll(/\bthat\b/giu)) at = from + (m.index ?? 0);
  if (at < 0) return sentence;
  const clauseStart = at + 4;
  const between = (r: Range) => r.start >= clauseStart && r.end <= date.start;
  const outside = (r: Range) => r.end <= at && r.start >= sentence.start;
  if (others.some(between) || !others.some(outside)) return sentence;
  return { start: clauseStart, end: sentence.end };
}
