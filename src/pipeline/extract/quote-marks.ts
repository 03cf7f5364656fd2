/**
 * Character classes for telling an opening quotation mark from a closing one. Writers (and
 * "smart quote" software) get the glyphs wrong often enough that the neighbours of a mark are a
 * better guide than its shape: a mark after a space and before a word opens, a mark after a word
 * and before a space or punctuation closes. Everything here looks at one code unit, so scanning
 * stays linear.
 */

/** Double quotation marks that, by their shape, open a quotation: “ „ «. */
export const DOUBLE_OPENERS = new Set([0x201c, 0x201e, 0x00ab]);
/** Double quotation marks that, by their shape, close one: ” ». */
export const DOUBLE_CLOSERS = new Set([0x201d, 0x00bb]);
/** The typewriter double quote, which can do either. */
export const STRAIGHT_DOUBLE = 0x22;

export const SINGLE_OPEN = 0x2018; // ‘
export const SINGLE_CLOSE = 0x2019; // ’ (also the typographic apostrophe)
export const STRAIGHT_SINGLE = 0x27; // '

const QUOTE_CODES = new Set([
  ...DOUBLE_OPENERS,
  ...DOUBLE_CLOSERS,
  STRAIGHT_DOUBLE,
  SINGLE_OPEN,
  SINGLE_CLOSE,
  STRAIGHT_SINGLE,
]);

// What may stand right before an opening mark besides a space: brackets, dashes, a slash.
const OPEN_CONTEXT = new Set([0x28, 0x5b, 0x7b, 0x2014, 0x2013, 0x2d, 0x2f]);
// What may stand right after a closing mark besides a space: punctuation, brackets, dashes.
const CLOSE_CONTEXT = new Set([
  0x2c, 0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0x2014, 0x2013, 0x2d, 0x2026, 0x2f,
]);

export function isQuoteCode(code: number): boolean {
  return QUOTE_CODES.has(code);
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark (surrogate halves count: they only occur inside letters). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    );
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * True when the mark at `i` can open a quotation within [lo, hi): a word (or another mark)
 * follows, and a space, an opening bracket, a dash, another mark or the range start precedes.
 */
export function canOpen(text: string, i: number, lo: number, hi: number): boolean {
  if (i + 1 >= hi) return false;
  const next = text.charCodeAt(i + 1);
  if (isSpaceCode(next)) return false;
  if (i <= lo) return true;
  const prev = text.charCodeAt(i - 1);
  return isSpaceCode(prev) || OPEN_CONTEXT.has(prev) || QUOTE_CODES.has(prev);
}

/**
 * True when the mark at `i` can close a quotation within [lo, hi): something other than a space
 * precedes, and a space, punctuation, another mark or the range end follows.
 */
export function canClose(text: string, i: number, lo: number, hi: number): boolean {
  if (i <= lo) return false;
  const prev = text.charCodeAt(i - 1);
  if (isSpaceCode(prev)) return false;
  if (i + 1 >= hi) return true;
  const next = text.charCodeAt(i + 1);
  return isSpaceCode(next) || CLOSE_CONTEXT.has(next) || QUOTE_CODES.has(next);
}

/** The end of [lo, hi) with trailing whitespace left out. */
export function trimEnd(text: string, lo: number, hi: number): number {
  let end = hi;
  while (end > lo && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
