/**
 * Words as the stages that compare wordings see them (compare, timeline, cluster, dates): one
 * splitter with offsets and one key. Two sources rarely word a fact alike, so the key throws away
 * what does not carry meaning: case, surrounding punctuation, dots, apostrophes, and a clitic or
 * possessive ending. Inflection is the stemmer's (stem.ts); which words count, stopwords.ts's.
 *
 * The extractor keeps tokenizers of its own, which need tokens these do not give: names need
 * capitals, initials with their periods and possessives (extract/tokens.ts); figures need "$",
 * "%" and "2.5bn" as written (number-tokens.ts); dates and attributions single punctuation
 * marks and whether a space came before them (date-tokens.ts, attribution-tokens.ts).
 */

export interface Word {
  /** As written, with any punctuation attached ("truly,", "“Officials"). */
  text: string;
  /** The comparable form (see wordKey); "" for pure punctuation. */
  key: string;
  start: number;
  end: number;
}

/**
 * Every whitespace-separated word of `text[start, end)`, with absolute offsets. Words keep the
 * punctuation attached to them, so a quote's versions can be shown and diffed as written and a
 * clause's commas seen; pure punctuation ("—") is a word with an empty key.
 */
export function words(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(/\S+/gu)) {
    const at = start + (m.index ?? 0);
    out.push({ text: m[0], key: wordKey(m[0]), start: at, end: at + m[0].length });
  }
  return out;
}

/**
 * The comparable form of one written word: lowercase, without surrounding punctuation, a clitic
 * or possessive ending, apostrophes or dots. "Truly," -> "truly", "“Officials" -> "officials",
 * "U.S." -> "us", "Minister’s" -> "minister", "they're" -> "they", "Jong-un" -> "jong-un".
 */
export function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/(?<=\p{L})['’‘`](?:s|d|ll|re|ve)$/u, "")
    .replace(/['’‘`.]/gu, "");
}

/**
 * The letter-and-digit runs of a key: a hyphenated word in parts ("jong-un" -> "jong", "un"),
 * and words joined by a dash or slash apart ("troops—about", "and/or").
 */
export function keyParts(key: string): string[] {
  return key.split(/[^\p{L}\p{M}\p{N}]+/u).filter((p) => p !== "");
}

/** True for keys that are numbers as written ("2024", "1,800", "7.5"). */
export function isNumeric(key: string): boolean {
  return /^[\d.,]+$/u.test(key);
}
