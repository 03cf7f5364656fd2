import { singularNoun } from "./figure-plural.ts";
import { RATE_NOUNS, RATE_WORDS, TIME_UNITS } from "./figure-units.ts";
import { isStopWord } from "./figure-words.ts";
import type { Token } from "./number-tokens.ts";
import { spelledValue } from "./number-words.ts";

export interface RateSpan {
  first: number;
  last: number;
}

const ARTICLES = new Set(["a", "an", "each", "every", "per"]);

// "a month ago", "a year earlier": the article and unit point at a date, not a rate.
const DATE_AFTER = new Set(["ago", "later", "earlier", "before", "after", "prior", "since"]);

function word(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k];
  return t?.kind === "word" && !t.newline ? t : undefined;
}

/**
 * A rate starting at token `i`: "each month", "per day", "a year", "every two weeks",
 * "$80 a barrel", "annually", "year-on-year". Null when there is none.
 */
export function rateAt(tokens: readonly Token[], i: number): RateSpan | null {
  const t = word(tokens, i);
  if (!t) return null;
  if (RATE_WORDS.has(t.lower)) return { first: i, last: i };
  if (!ARTICLES.has(t.lower)) return null;

  const unit = word(tokens, i + 1);
  if (!unit) {
    // "every 3 days"
    const n = tokens[i + 1];
    const plural = word(tokens, i + 2);
    if (t.lower === "every" && n?.kind === "num" && !n.newline && plural) {
      return TIME_UNITS.has(singularNoun(plural.text)) ? { first: i, last: i + 2 } : null;
    }
    return null;
  }
  if (t.lower === "every" && spelledValue(unit.lower) !== undefined) {
    const plural = word(tokens, i + 2);
    return plural && TIME_UNITS.has(singularNoun(plural.text)) ? { first: i, last: i + 2 } : null;
  }
  if (t.lower === "per") {
    // "per day", "per capita", "per barrel"; "per cent" is a percentage, not a rate.
    return unit.lower !== "cent" && !isStopWord(unit.lower) ? { first: i, last: i + 1 } : null;
  }
  if (!TIME_UNITS.has(unit.lower) && !RATE_NOUNS.has(unit.lower)) return null;
  const after = word(tokens, i + 2);
  if (after && DATE_AFTER.has(after.lower)) return null;
  return { first: i, last: i + 1 };
}
