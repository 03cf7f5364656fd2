import type { Range } from "../../core/model.ts";
import { FUNCTION_WORDS, HONORIFICS, TIME_WORDS, wordSet } from "../../core/text/stopwords.ts";

/**
 * Words as the timeline compares them: lowercase, without punctuation or possessive, and
 * stemmed, so that two outlets' wordings of one event ("deployed", "deploys") meet.
 */

export interface Word extends Range {
  /** Lowercase, no surrounding punctuation or dots, no possessive: "U.S." -> "us". */
  key: string;
}

/** Every word of `text[start, end)` with absolute offsets: runs of letters, digits, ' - . , */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const raw = m[0].slice(0, Math.max(0, end - m.index));
    // Trailing punctuation ("said," "U.S.") belongs to the sentence, not the word.
    const trimmed = raw.replace(/[.,'’-]+$/u, "");
    out.push({ key: keyOf(trimmed), start: m.index, end: m.index + trimmed.length });
  }
  return out;
}

function keyOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/['’.]/gu, "");
}

// Words that say nothing about which event a sentence reports: function words, plus words
// of time ("week", "Monday", "ago"), because the dates are compared as values, not as words.
const STOPWORDS = wordSet(FUNCTION_WORDS, HONORIFICS, TIME_WORDS);

export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}

/** True for numbers as written ("2024", "1,800", "7.5"): figures differ between sources. */
export function isNumeric(key: string): boolean {
  return /^[\d.,]+$/u.test(key);
}
