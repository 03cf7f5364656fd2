import { isSpaceCode, isWordCode } from "./quote-marks.ts";

/** Fewer words than this, woven into a sentence, make a fragment rather than a quotation. */
export const FULL_QUOTE_WORDS = 6;

export interface QuoteShape {
  /** Words inside the marks (counting stops at FULL_QUOTE_WORDS). */
  words: number;
  /** The first letter inside the marks is lowercase: the words continue the writer's sentence. */
  startsLowercase: boolean;
  /** A verb of saying or a colon hands over to the quotation (`said, “…”`, `Smith: “…”`). */
  introduced: boolean;
  /** Nothing but punctuation comes before the quotation in its sentence. */
  opensSentence: boolean;
  /** Ends like an utterance: inner punctuation, an attribution after it, or the paragraph end. */
  standsAlone: boolean;
}

/**
 * A quotation is partial when it is a few of someone's words inside the writer's own sentence:
 * `a “very, very serious” escalation`, `replied that “it remains to be seen,”`, or scare quotes.
 * A quotation handed over by `said,` or a colon, or one that stands as its own sentence
 * (`“Never,” she said.`), is full however short.
 */
export function isPartialQuote(shape: QuoteShape): boolean {
  if (shape.introduced) return false;
  if (shape.opensSentence && shape.standsAlone) return false;
  return shape.words < FULL_QUOTE_WORDS || shape.startsLowercase;
}

/** Words in text[start, end), counting no further than `cap`. */
export function countWords(text: string, start: number, end: number, cap: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < cap; i++) {
    const code = text.charCodeAt(i);
    const joiner = code === 0x27 || code === 0x2019 || code === 0x2d; // don’t, well-known
    const word: boolean = isWordCode(code) || (inWord && joiner);
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

/** The first letter in text[start, end) is lowercase (digits and capitals are not). */
export function startsLowercase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code) || !isWordCode(code)) continue;
    const ch = text[i] ?? "";
    return ch !== ch.toUpperCase();
  }
  return false;
}

/** Ends in punctuation that closes an utterance: `“Never,”`, `“Is it over?”`, `“We left.”` */
export function endsLikeUtterance(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= start && ".?!,;:…—–-".includes(text[i] ?? "x");
}
