/**
 * The figure extractor's tokenizer. Figures need to see things a word tokenizer throws away:
 * the "$" before a number, the "%" after it, whether "2.5bn" or "F-16" is written without a
 * space, and line breaks that a phrase must not cross. One pass, no regular expressions on
 * ASCII text, so a megabyte tokenizes in a few milliseconds.
 */

export type TokenKind = "word" | "num" | "sym";

export interface Token {
  /** A run of letters (with inner hyphens and apostrophes), a run of digits, or one symbol. */
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** `text` in lower case, for word lists. */
  lower: string;
  /** Nothing between this token and the previous one: "2.5|bn", "F|-|16", "$|5". */
  adjacent: boolean;
  /** A line break lies between this token and the previous one; no phrase crosses it. */
  newline: boolean;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_LETTER.test(text.charAt(i));
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

// Joiners inside a word: hyphen, non-breaking hyphen, straight and curly apostrophes.
function isWordJoiner(c: number): boolean {
  return c === 45 || c === 0x2011 || c === 39 || c === 0x2019;
}

/** Every token of `text`, in order, with offsets into it. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  let newline = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind = "sym";
    if (isDigit(c) || leadingPoint(text, i)) {
      kind = "num";
      i++;
      // Separators only count between digits: "4,750.25" is one token, "9,000." is not.
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const s = text.charCodeAt(i);
        if ((s === 44 || s === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (isLetterAt(text, i)) {
      kind = "word";
      i++;
      for (;;) {
        while (i < n && isLetterAt(text, i)) i++;
        if (i + 1 < n && isWordJoiner(text.charCodeAt(i)) && isLetterAt(text, i + 1)) i++;
        else break;
      }
    } else i++;
    const t = text.slice(start, i);
    out.push({
      kind,
      start,
      end: i,
      text: t,
      lower: kind === "word" ? t.toLowerCase() : t,
      adjacent: start === prevEnd,
      newline,
    });
    prevEnd = i;
    newline = false;
  }
  return out;
}

/**
 * A decimal written without its zero, ".09 percent" (a blood-alcohol level, a batting average):
 * a point right before a digit, after a space, a bracket or a currency sign. After a digit or a
 * letter a point ends a sentence or joins a version ("v.2").
 */
function leadingPoint(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || !isDigit(text.charCodeAt(i + 1))) return false;
  return i === 0 || /[\s([$£€]/u.test(text[i - 1] as string);
}

/** True when the token is a word that starts with a capital letter. */
export function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.text !== t.lower && t.text[0] !== t.lower[0];
}
