import { isPluralNoun } from "./figure-plural.ts";
import { ING_NOUNS, NOMINAL_ADJECTIVES, UNIT_ABBREVIATIONS } from "./figure-units.ts";
import { isPossessive, isStopWord } from "./figure-words.ts";
import { isCapitalized, type Token } from "./number-tokens.ts";

/** What a number counts, as token indices (inclusive); `head` is the noun that names it. */
export interface NounPhrase {
  first: number;
  last: number;
  head: number;
}

// Longer runs are not one noun phrase but a clause the number happens to sit in.
const MAX_WORDS = 6;
const MAX_SINGULAR_WORDS = 3;

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "these",
  "those",
  "this",
  "that",
]);

/**
 * Words that can modify a counted noun ("5,000 more nurses", "new recruits") but cannot be the
 * head of one: "95% effective", "$5 million more", "a tranche due".
 */
const NOT_HEADS = new Set(
  `more less fewer additional extra other new higher lower greater smaller larger bigger cheaper
   faster slower stronger weaker better worse likely unlikely effective complete full accurate
   sure certain due available worth owned responsible able short long high low`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word that can belong to a noun phrase: not a function word, not across a line break. */
function contentWord(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k];
  if (t?.kind !== "word" || t.newline || isStopWord(t.lower) || isPossessive(t.text)) {
    return undefined;
  }
  return t;
}

/** -ed, -ing and -ly words read as verbs or adverbs unless a noun follows them. */
export function verbLike(t: Token): boolean {
  const w = t.lower;
  if (ING_NOUNS.has(w) || NOMINAL_ADJECTIVES.has(w)) return false;
  return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly");
}

/**
 * The noun phrase starting at token `i`. Adjectives and compound nouns run up to the first
 * plural noun ("Red Cross volunteers", "weapons systems"), since a count above one names a
 * plural. Without a plural, a unit ("10 km") or a word like "dead" ("40,000 dead") can be the
 * head; when `singular` (money, percentages, "1 nurse") a short run of words is accepted
 * ("aid package", "stake"), ending on a common noun unless `nameHead`. Null when the number
 * is followed by a verb or a preposition.
 */
export function nounPhraseAfter(
  tokens: readonly Token[],
  i: number,
  singular: boolean,
  nameHead = false,
): NounPhrase | null {
  const picked: Token[] = [];
  for (let k = i; picked.length < MAX_WORDS; k++) {
    const t = contentWord(tokens, k);
    if (!t) break;
    picked.push(t);
    if (isPluralNoun(t.text)) {
      // "arms dealers", "special forces units": a plural can modify the next plural.
      let head = k;
      while (head - i + 1 < MAX_WORDS) {
        const next = contentWord(tokens, head + 1);
        if (!next || !isPluralNoun(next.text)) break;
        head++;
      }
      return { first: i, last: head, head };
    }
  }
  for (let n = 0; n < picked.length; n++) {
    const t = picked[n];
    if (t && (UNIT_ABBREVIATIONS.has(t.lower) || NOMINAL_ADJECTIVES.has(t.lower))) {
      return { first: i, last: i + n, head: i + n };
    }
  }
  if (!singular) return null;
  let last = -1;
  for (let n = 0; n < Math.min(picked.length, MAX_SINGULAR_WORDS); n++) {
    const t = picked[n];
    if (!t || verbLike(t)) break;
    // "a 5% stake Russia" is two phrases: a lower-case noun does not run into a name.
    if (n > 0 && isCapitalized(t) && !isCapitalized(picked[n - 1])) break;
    if (!NOT_HEADS.has(t.lower)) last = i + n;
    else if (n === 0) return null;
    else break;
  }
  // "$5 million Brazil": a name is not what money measures (but "5% of GDP" is fine).
  if (last < 0 || (!nameHead && isCapitalized(tokens[last]))) return null;
  return { first: i, last, head: last };
}

export interface OfOptions {
  /** Allow "of the …", "of its …" (percentages and partitives), dropping the determiner. */
  determiners: boolean;
  /** Allow a capitalized first word ("of GDP"); off for "X of Y", where it is usually a name. */
  capitals: boolean;
  /** Accept a singular phrase ("of the population", "of grain"). */
  singular: boolean;
}

/** The noun phrase after the "of" at token `i`: "of medical supplies", "of the population". */
export function ofPhraseAfter(
  tokens: readonly Token[],
  i: number,
  options: OfOptions,
): NounPhrase | null {
  const of = tokens[i];
  if (of?.kind !== "word" || of.lower !== "of") return null;
  let k = i + 1;
  const first = tokens[k];
  if (!first || first.newline) return null;
  if (options.determiners && DETERMINERS.has(first.lower)) k++;
  const start = tokens[k];
  if (!start || start.newline) return null;
  if (!options.capitals && isCapitalized(start)) return null;
  // "of the city’s budget": a possessive may open the phrase here.
  if (options.determiners && start.kind === "word" && isPossessive(start.text)) {
    const rest = nounPhraseAfter(tokens, k + 1, options.singular, options.capitals);
    return rest ? { ...rest, first: k } : null;
  }
  return nounPhraseAfter(tokens, k, options.singular, options.capitals);
}
