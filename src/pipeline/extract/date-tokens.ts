/**
 * A one-pass tokenizer for the date matcher: words (letters), numbers (digits) and single
 * punctuation marks, each with its offsets. Matching on tokens instead of regexes over the text
 * keeps the extractor linear and lets it look a few words back for context ("in", "since").
 */

export interface DateToken {
  kind: "word" | "num" | "punct" | "end";
  /** As written. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whitespace separates this token from the one before ("Oct." has none before "."). */
  spaced: boolean;
  /**
   * Numbers: the value of a plain run of digits. -1 for words, punctuation and numbers with a
   * thousands separator or decimal point ("4,700", "1.5"), which are never days or years.
   */
  value: number;
}

/** What lies past the last token: every pattern stops on it. */
export const END: DateToken = {
  kind: "end",
  text: "",
  lower: "",
  start: -1,
  end: -1,
  spaced: true,
  value: -1,
};

/** Token j, or END past either end: patterns read ahead and back without bounds checks. */
export function tok(t: readonly DateToken[], j: number): DateToken {
  return t[j] ?? END;
}

/** Token j when nothing separates it from token j-1 ("Oct" + "."), else END. */
export function adjacent(t: readonly DateToken[], j: number): DateToken {
  const x = tok(t, j);
  return x.spaced ? END : x;
}

export function capitalized(x: DateToken): boolean {
  return x.kind === "word" && x.text[0] !== x.lower[0];
}

/**
 * A date found at tokens [first, last). `expression` null marks a veto: the tokens are a
 * quantity ("from 1500 to 2000 troops") and no shorter date may be read inside them.
 */
export interface DateMatch<E> {
  first: number;
  last: number;
  expression: E | null;
}

const LETTER = /\p{L}/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xc0 && LETTER.test(text[i] ?? "");
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 12;
}

/**
 * Tokens of text[from, to) with offsets into the whole text. The caller passes one line at a
 * time, so no date can run across a paragraph break.
 */
export function tokenizeForDates(text: string, from = 0, to = text.length): DateToken[] {
  const tokens: DateToken[] = [];
  let spaced = true;
  let i = from;
  const n = to;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: DateToken["kind"];
    let value = -1;
    if (isDigit(c)) {
      kind = "num";
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let grouped = false;
      // "4,700", "1.5", "1,234,567.89": one number, and not a day or a year.
      while (i + 1 < n && (text[i] === "," || text[i] === ".") && isDigit(text.charCodeAt(i + 1))) {
        grouped = true;
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      if (!grouped && i - start <= 6) value = Number(text.slice(start, i));
    } else if (isLetter(text, i)) {
      kind = "word";
      while (i < n && isLetter(text, i)) i++;
    } else {
      kind = "punct";
      i++;
    }
    const word = text.slice(start, i);
    tokens.push({
      kind,
      text: word,
      lower: kind === "word" ? word.toLowerCase() : word,
      start,
      end: i,
      spaced,
      value,
    });
    spaced = false;
  }
  return tokens;
}
