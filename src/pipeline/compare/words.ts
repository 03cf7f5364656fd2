import { FUNCTION_WORDS, HONORIFICS, wordSet } from "../../core/text/stopwords.ts";
/**
 * Words as comparison sees them. Two sources rarely word a fact alike, so everything here
 * throws away what does not carry meaning: case, punctuation, possessives and inflection.
 */

export interface Word extends WordRange {
  /** As written, with any punctuation attached ("truly,"). */
  text: string;
  /** Lowercase, without surrounding punctuation or dots ("U.S." -> "us", "Example's" -> "example's"). */
  key: string;
}

interface WordRange {
  start: number;
  end: number;
}

/**
 * Every whitespace-separated word of `text[start, end)`, with absolute offsets. Pure punctuation
 * ("—") is kept as a word with an empty key, so a diff can still show it.
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

/** The comparable form of one written word: "Truly," -> "truly", "“Officials" -> "officials". */
export function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/\./gu, "");
}

// Words that say nothing about which fact a sentence states. Numbers are dropped separately.
const STOPWORDS = wordSet(FUNCTION_WORDS, HONORIFICS);

export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}

/** True for keys that are numbers ("1,800" keeps its comma, "7.5"). */
export function isNumeric(key: string): boolean {
  return /^[\d.,]+$/u.test(key);
}
