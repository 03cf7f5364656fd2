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
  return true;
}

// A scene-setting opener ("In an exclusive interview, ", "On Wednesday, ") says nothing about
// the event, so a generated title starts after it.
const OPENER =
  /^(?:in|on|at|during|after|before|last|earlier|this|late|early|speaking)\b[^,]{0,50},\s+/iu;

/**
 * A neutral title from the lead's first sentence: the opener dropped, the first letter
 * capitalized, cut at a word boundary.
 */
export function titleFromLead(firstSentence: string, fallback: string): string {
  let t = firstSentence.replace(/\s+/g, " ").replace(/[.]$/, "").trim();
  const rest = t.replace(OPENER, "");
  if (rest !== t && rest.length >= 20) t = rest.charAt(0).toUpperCase() + rest.slice(1);
  if (t === "") return fallback;
  if (Array.from(t).length <= MAX_GENERATED_CHARS) return t;
  // By code point, so an emoji or other astral character is never cut in half.
  const cut = Array.from(t).slice(0, MAX_GENERATED_CHARS).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}
