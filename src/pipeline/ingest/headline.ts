import { MONTHS, WEEKDAYS } from "../../core/date-words.ts";

/**
 * Titles. A seed's first line is its headline when it reads like one; otherwise a short,
 * neutral title is written from the lead. A title is never empty.
 */

const MAX_HEADLINE_CHARS = 200;
const MAX_GENERATED_CHARS = 90;

/** True when `line` reads like a headline: short, capitalized, not a sentence run-on. */
export function readsLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 8 || t.length > MAX_HEADLINE_CHARS) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 30) return false;
  if (!/^["'“‘]?[\p{Lu}\p{N}]/u.test(t)) return false;
  // Headlines rarely end with a full stop; they may end with a question or exclamation mark.
  if (/[.,;:]$/.test(t) && !/\p{Lu}\.$/u.test(t)) return false;
  // A line that holds several sentences is a lead, not a headline.
  if (/[.!?]\s+\p{Lu}/u.test(t.replace(/\b\p{Lu}\.(\p{Lu}\.)*/gu, ""))) return false;
  return !isDateline(t);
}

/**
 * Words of a time stamp besides month and weekday names: "Updated", "Posted", clock words and
 * time zones, and the weekday abbreviations a stamp uses ("Mon", too ambiguous in running text).
 */
const STAMP_WORDS =
  /^(?:updated?|posted|published|modified|last|on|at|by|mon|tue|wed|thu|fri|sat|sun|today|yesterday|am|pm|a\.m|p\.m|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|et|pt)\.?$/iu;

/** A word of a dateline or a time stamp: "APR", "28", "Updated", "Monday", "p.m.". */
function isStampWord(w: string): boolean {
  const bare = w.toLowerCase().replace(/\.$/u, "");
  return STAMP_WORDS.test(w) || MONTHS.has(bare) || WEEKDAYS.has(bare);
}

/**
 * A time stamp or a dateline, not a headline: every word is a date or time word, a number or
 * "Updated" ("APR 28", "Updated 8:41 p.m.", "Posted: Monday, 3 March 2025 10:45").
 */
export function isDateline(line: string): boolean {
  const words = line
    .replace(/[,:|•·()[\]]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.every(
      (w) => /^[\d:./-]+(?:st|nd|rd|th|am|pm|a\.m\.?|p\.m\.?)?$/iu.test(w) || isStampWord(w),
    )
  );
}

// A scene-setting opener ("In an exclusive interview, ", "On Wednesday, ") says nothing about
// the event, so a generated title starts after it.
const OPENER =
  /^(?:in|on|at|during|after|before|last|earlier|this|late|early|speaking)\b[^,]{0,50},\s+/iu;

/** A sentence ends with who said it: "…, the ministry said on Monday." */
const ATTRIBUTED_END =
  /,\s+(?:[^,]{1,60}\s)?(?:said|says|told|reported|reports|announced|confirmed|added|according to)\b[^,]{0,60}$/iu;
/** Where a clause ends inside a sentence: a comma, semicolon or dash before a new clause. */
const CLAUSE_END = /(?:[,;]\s|\s[–—]\s|\s--\s)/gu;
/** No generated title is longer than this; a longer sentence is cut, with an ellipsis. */
const MAX_SENTENCE_CHARS = 200;
/** A sentence that ends with who said it may be longer: cutting it would drop the source. */
const MAX_ATTRIBUTED_CHARS = 300;

/**
 * A neutral title from the lead's first sentence: the opener dropped, the first letter
 * capitalized. A long sentence ends at a clause boundary (a comma or dash before a new clause),
 * never in the middle of a clause, and a sentence that ends with who said it is kept whole so
 * the title never states one source's claim in the site's voice. Only a sentence too long for
 * any of that is cut at a word with "…".
 */
export function titleFromLead(firstSentence: string, fallback: string): string {
  let t = firstSentence.replace(/\s+/g, " ").replace(/[.]$/, "").trim();
  const rest = t.replace(OPENER, "");
  if (rest !== t && rest.length >= 20) t = rest.charAt(0).toUpperCase() + rest.slice(1);
  if (t === "") return fallback;
  const length = Array.from(t).length;
  if (length <= MAX_GENERATED_CHARS) return t;
  if (!ATTRIBUTED_END.test(t)) {
    const clause = clauseEnd(t, MAX_GENERATED_CHARS) ?? clauseEnd(t, 140);
    if (clause) return clause;
  }
  if (length <= MAX_SENTENCE_CHARS || (ATTRIBUTED_END.test(t) && length <= MAX_ATTRIBUTED_CHARS))
    return t;
  const within = clauseEnd(t, MAX_SENTENCE_CHARS);
  if (within && !ATTRIBUTED_END.test(t)) return within;
  // By code point, so an emoji or other astral character is never cut in half.
  const cut = Array.from(t).slice(0, MAX_GENERATED_CHARS).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** The sentence up to its last clause boundary within `limit` characters (at least 40). */
function clauseEnd(t: string, limit: number): string | null {
  let best: number | null = null;
  for (const m of t.matchAll(CLAUSE_END)) {
    if (m.index > limit) break;
    if (m.index >= 40) best = m.index;
  }
  return best === null ? null : t.slice(0, best).replace(/[\s,;:–—-]+$/u, "");
}
