/**
 * What a figure's qualifier says about the true number, for drawing it: "about" is approximate
 * (written "≈"); "over", "at least" put the true number above the mark (a chevron pointing right);
 * "under", "up to", "nearly" put it below (a chevron pointing left).
 */

export type Bound = "above" | "below" | null;

export interface QualifierMeaning {
  /** The qualifier as the reader sees it next to the number: "≈", "over", "up to". */
  prefix: string;
  /** The qualifier in words, for text alternatives and tables: "about", "over". */
  words: string;
  approximate: boolean;
  /** Where the true number lies relative to the one given. */
  bound: Bound;
}

const APPROXIMATE = new Set([
  "about",
  "around",
  "approximately",
  "roughly",
  "some",
  "circa",
  "an estimated",
  "estimated",
  "some estimated",
]);

const ABOVE = new Set([
  "over",
  "more than",
  "above",
  "at least",
  "exceeding",
  "in excess of",
  "upwards of",
  "upward of",
  "no fewer than",
  "no less than",
  "just over",
  "well over",
  "greater than",
]);

const BELOW = new Set([
  "under",
  "less than",
  "fewer than",
  "below",
  "at most",
  "up to",
  "no more than",
  "nearly",
  "almost",
  "close to",
  "just under",
  "as many as",
  "as much as",
]);

/** Null, empty or unknown qualifiers draw no symbol; unknown words are still shown. */
export function qualifierMeaning(qualifier: string | null | undefined): QualifierMeaning {
  const q = (qualifier ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  if (q === "") return { prefix: "", words: "", approximate: false, bound: null };
  if (APPROXIMATE.has(q)) return { prefix: "≈", words: q, approximate: true, bound: null };
  if (ABOVE.has(q)) return { prefix: q, words: q, approximate: false, bound: "above" };
  if (BELOW.has(q)) {
    const approximate = q === "nearly" || q === "almost" || q === "close to";
    return { prefix: q, words: q, approximate, bound: "below" };
  }
  return { prefix: q, words: q, approximate: false, bound: null };
}
