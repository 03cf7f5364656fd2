import type { Range } from "../../core/model.ts";

/**
 * A date that only stamps the article ("LYON, 14 March 2024 — The mayor …", "Published:
 * 14 March 2024", a first line that is just the date) tells when the piece was filed, not
 * when anything in it happened: it is not an event of the story.
 */

/** How far into the text a stamp may start: only the very beginning of an article has one. */
const STAMP_WINDOW = 120;

// What may stand before the date in a stamp: nothing or a label ("Published:", "Updated on",
// "By Jane Example | "), or a capitalised place and its comma ("LYON, ", "Lyon, France, ").
const LABEL_BEFORE =
  /^[\s\p{P}]*(?:by\s[^|•·\n]{1,60}[|•·]\s*)?(?:(?:published|updated|last updated|posted|filed|dated)(?:\s+on)?\s*[:–—-]?\s*)?$/iu;
const PLACE_BEFORE =
  /^[\s\p{P}]*\p{Lu}[\p{L}\s.'’-]{0,40}(?:,\s*\p{Lu}[\p{L}\s.'’-]{0,30}){0,2},\s*$/u;

// What may follow it: an optional time and agency, then a break (dash, colon, bar, new line)
// or the end of the sentence.
const AFTER =
  /^,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:\p{Lu}{2,4}\b)?)?\s*(?:\([^)\n]*\))?\s*(?:--|[–—|:•·]|\s-\s|\n|[.!]?\s*$)\s*/u;

/**
 * Where the article's words start after a stamp, when `date` is one, else null. `sentence` is
 * the sentence the date is in; `text` the whole article text.
 */
export function stampEnd(text: string, sentence: Range, date: Range): number | null {
  if (date.start < sentence.start || date.end > sentence.end) return null;
  const firstWord = text.search(/\S/u);
  if (firstWord < 0 || date.start - firstWord > STAMP_WINDOW) return null;
  // Nothing may end a sentence before it: a stamp opens the article.
  if (/[.!?]["”’)]?\s/u.test(text.slice(firstWord, sentence.start))) return null;
  const before = text.slice(sentence.start, date.start);
  if (!LABEL_BEFORE.test(before) && !PLACE_BEFORE.test(before)) return null;
  const after = AFTER.exec(text.slice(date.end, sentence.end));
  if (!after) return null;
  return date.end + after[0].length;
}
