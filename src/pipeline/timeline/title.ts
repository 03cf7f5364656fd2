import type { Range } from "../../core/model.ts";
import { wordKey } from "../../core/text/words.ts";

/**
 * An event's title is cut from the reporting sentence's own words, so it can never say more
 * than the source did: the date words go (the date is shown beside the title), and so do the
 * preposition and commas that held them, a leading scene-setter ("Meanwhile,", "In an interview,";
 * never an attribution such as "According to officials,", which the title must keep),
 * and everything past about a dozen words. Nothing is added but "…" and a closing quotation
 * mark when the cut falls inside a quotation.
 */

export interface Title {
  title: string;
  /** Characters of the cleaned sentence before it was cut: shorter ones make better titles. */
  length: number;
}

/** At most this many words; a clause boundary is preferred when one leaves at least MIN_CUT. */
export const MAX_WORDS = 12;
const MIN_CUT = 7;
/** Only this much of a very long sentence is looked at: a title needs a dozen words. */
const WINDOW = 800;
/** A title of a dozen very long words is still cut here. */
const MAX_CHARS = 160;

// The preposition that introduced the date: "on Wednesday", "over the past two weeks".
const PREPOSITION =
  /(?:^|\s)(?:on|in|at|during|since|from|over|for|as of|between|of|through|throughout)\s*$/iu;
// A date after these is a bound, not the event's date ("closed until 14 March"): without it
// the title would say something else, so it stays.
const RELATIONAL = /(?:^|\s)(?:before|after|until|till|by|prior to|ahead of|no later than)\s*$/iu;
// Words after which a comma opens an inserted phrase rather than closing one: "that, since …,".
const OPENER_WORD = /(?:^|\s)(?:that|and|but|or|when|while|after|before|as|because|since)$/iu;

// Scene-setting and attribution at the start, dropped when enough is left after them.
const LEADING: readonly RegExp[] = [
  /^[\s,;:–—-]+/u,
  // A wire dateline with no date: "BEIRUT — ", "LYON (Agency) -- ".
  /^\p{Lu}{2,}[\p{Lu}\s.,'’-]*(?:\([^)]*\))?\s*(?:--|[–—])\s*/u,
  /^(?:meanwhile|however|also|additionally|moreover|separately|earlier|later|then|now|previously|subsequently|in addition|at the time|that day|by then),\s*/iu,
  /^in an? (?:[\p{L}-]+\s+){0,3}(?:interview|statement|press conference|news conference|briefing|speech|report|post|letter)\b[^,]{0,80},\s*/iu,
  /^speaking (?:to|at|on|with|in|during|after) [^,]{1,80},\s*/iu,
];

// Words a cut title should not end on: "… that the city council has…" reads better as "… council…".
const DANGLING = new Set(
  `a an the of to in on at for from by with as and or but nor that which who whom whose has have
  had is are was were be been being will would its their his her this these those than into
  onto over under since during after before while when where`.split(/\s+/u),
);

/**
 * The title of a report whose date is `date`, from the words of `segment` (its sentence, or
 * the clause of the sentence that the date belongs to). `text` is the whole article text.
 * `also`: other dates to take out, those that date another event told in the same sentence.
 */
export function titleOf(
  text: string,
  segment: Range,
  date: Range,
  also: readonly Range[] = [],
): Title {
  const end = Math.min(segment.end, segment.start + WINDOW);
  const removable = [date, ...also]
    .filter((r) => r.start >= segment.start && r.end <= end && r.start < r.end)
    .filter((r) => !RELATIONAL.test(text.slice(Math.max(segment.start, r.start - 20), r.start)))
    .sort((a, b) => b.start - a.start);
  // From the last date back, so the offsets of the earlier ones still hold.
  let cleaned = text.slice(segment.start, end);
  let limit = end;
  for (const r of removable) {
    if (r.end > limit) continue;
    const at = r.start - segment.start;
    const next = removeDate(cleaned.slice(0, at), cleaned.slice(r.end - segment.start));
    limit = segment.start + samePrefix(cleaned, next, at);
    cleaned = next;
  }
  let body = tidy(stripLeading(cleaned));
  // A sentence that was little more than its date: keep the date words rather than nothing.
  if (!/[\p{L}\p{N}]/u.test(body)) body = tidy(stripLeading(text.slice(segment.start, end)));
  const length = body.length + (segment.end - end);
  return { title: capitalise(cut(body, end < segment.end)), length };
}

/** How many leading characters (at most `max`) two strings share. */
function samePrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i < max && a[i] === b[i]) i++;
  return i;
}

/** The sentence without the date, the preposition before it, and the commas around it. */
export function removeDate(before: string, after: string): string {
  let left = before.replace(PREPOSITION, "").trimEnd();
  let right = after.trimStart();
  const leftComma = left.endsWith(",");
  const rightComma = right.startsWith(",");
  if (leftComma && rightComma) {
    // "Jane Example, on Wednesday, said" -> "Jane Example said"
    left = left.slice(0, -1);
    right = right.slice(1);
  } else if (rightComma && (left === "" || OPENER_WORD.test(left) || /[:;(–—-]$/u.test(left))) {
    // "On Wednesday, the mayor …", "reported that since May, the agency …"
    right = right.slice(1);
  } else if (leftComma && (right === "" || /^[.!?;:)]/u.test(right))) {
    left = left.slice(0, -1);
  }
  return `${left} ${right}`.replace(/\(\s*\)/gu, "").replace(/\s[–—]\s*[–—](?=\s)/gu, "");
}

function stripLeading(s: string): string {
  let out = s.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEADING) {
      const next = out.replace(re, "");
      if (next !== out && wordCount(next) >= 3) {
        out = next;
        changed = true;
      }
    }
  }
  return out;
}

/** One space between words, no space before punctuation, no final full stop. */
function tidy(s: string): string {
  return s
    .replace(/\s+/gu, " ")
    .replace(/\s+([,.;:!?)])/gu, "$1")
    .replace(/,(?:\s*,)+/gu, ",")
    .trim()
    .replace(/[\s.,;:]+$/u, "")
    .replace(/[.,;:]+(["”’]+)$/u, "$1");
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * At most MAX_WORDS words, at a clause boundary when there is one late enough, then "…".
 * `truncated`: the text given is already only the start of the sentence.
 */
export function cut(s: string, truncated = false): string {
  const words = s.split(" ").filter(Boolean);
  if (words.length <= MAX_WORDS && s.length <= MAX_CHARS && !truncated) return s;
  const keep = words.length > MAX_WORDS ? clauseEnd(words) : words.length;
  const kept = words.slice(0, keep);
  while (kept.length > 3 && DANGLING.has(wordKey(kept[kept.length - 1] ?? ""))) kept.pop();
  let joined = kept.join(" ");
  if (joined.length > MAX_CHARS) joined = joined.slice(0, MAX_CHARS).replace(/\s\S*$/u, "");
  let out = `${joined.replace(/[\s,;:.–—-]+$/u, "")}…`;
  // A cut inside a quotation still closes it, so the reader sees where the quoted words end.
  if (count(out, "“") > count(out, "”")) out += "”";
  else if (count(out, '"') % 2 === 1) out += '"';
  return out;
}

/**
 * How many words to keep: up to the last clause boundary in reach, else MAX_WORDS. A comma
 * before a quotation only introduces it ("she said, “We will …”"): cutting there would leave
 * the speaker saying nothing.
 */
function clauseEnd(words: readonly string[]): number {
  for (let k = MAX_WORDS; k >= MIN_CUT; k--) {
    const next = words[k] ?? "";
    if (/^["“‘']/u.test(next)) continue;
    if (/[,;:]$/u.test(words[k - 1] ?? "") || /^(?:--|[–—])$/u.test(next)) return k;
  }
  return MAX_WORDS;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** The first letter in upper case (after any opening quotation mark). */
export function capitalise(s: string): string {
  // Only when the title starts with a word: "40 soldiers" must not become "40 Soldiers".
  return s.replace(
    /^([\s"'“‘(]*)(\p{Ll})/u,
    (_, pre: string, ch: string) => pre + ch.toUpperCase(),
  );
}
