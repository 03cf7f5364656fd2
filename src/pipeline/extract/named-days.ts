import type { DateMention } from "../../core/model.ts";

/**
 * Date-shaped words that are not dates of the story: a day that names an event ("Example Day
 * victims", "the September 11th Example Group"), a count before a month-day ("19 of
 * the … Sept. 11 hijackers" read as "19 Sept."), and the titles of programmes ("told Today",
 * "on This Week"). Such a month-day is a named day: without a year in the text it is not a date
 * of the article's year.
 */

/** Nouns after a month-day that make it the name of a day everyone knows, not a date. */
const NAMED_DAY_NOUNS = new Set(
  `victims hijackers hijacker attacks attack terrorists terrorist anniversary memorial commission
  families survivors responders plot era generation museum widows widow truthers`.split(/\s+/),
);

const MIDDLE_OF_SENTENCE = /[\p{L}\p{N},;]\s+$/u;

/** Whether a mention is one of the non-dates above, given the text around it. */
export function isNamedDayOrTitle(m: DateMention, text: string, sentenceStart: number): boolean {
  const e = m.expression;
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (e.kind === "partial" && e.day !== undefined) {
    // "September 11th Example Group": a capitalized name goes on after an ordinal day.
    if (
      /\d(?:st|nd|rd|th)$/u.test(m.text) &&
      /^\s+\p{Lu}\p{Ll}+s\b/u.test(after) &&
      !/^\s+\p{Lu}\p{Ll}+days?\b/u.test(after)
    )
      return true;
    const next = /^[\s-]+(\p{Ll}+)/u.exec(after)?.[1];
    if (next && NAMED_DAY_NOUNS.has(next)) return true;
    // "the 19 Sept. 11 …": a day written first, then another number: a count and a named day.
    if (/^the\s+\d/u.test(m.text) && /^\s+\d{1,2}\b/u.test(after)) return true;
  }
  // "told Today", "on This Week": a capitalized time word in mid-sentence is a programme.
  if (
    e.kind === "relative" &&
    /^\p{Lu}\p{Ll}/u.test(m.text) &&
    m.start > sentenceStart &&
    MIDDLE_OF_SENTENCE.test(before)
  )
    return true;
  return false;
}
