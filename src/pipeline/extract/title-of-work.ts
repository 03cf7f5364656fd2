/** Small words a title keeps in lower case ("Meet the Example", "Lord of the Examples"). */
const TITLE_SMALL = new Set(
  "a an the of and or in on at to for from by with as but nor vs".split(" "),
);

/**
 * A short quoted span in title case with no sentence punctuation: a show's, a film's or a
 * book's title. Every word capitalized except small ones, at most eight words; a single word
 * only after "on", "told" or a word for a programme.
 */
export function isTitleOfWork(inner: string, before: string): boolean {
  const words = inner.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8 || /[.,;:!?]$/u.test(inner)) return false;
  // One word is a title only where a programme goes: "on “Example”", "told “Example”".
  if (
    words.length === 1 &&
    !/\b(?:on|told|to|show|programme|program|series|film)\s*$/iu.test(before)
  )
    return false;
  return words.every(
    (w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())),
  );
}
