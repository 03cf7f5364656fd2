import { type Token, tokenize } from "./number-tokens.ts";

/**
 * Multi-word lexicon entries ("more than", "U.S. dollars", "a.m.") matched against tokens.
 * Phrases are tokenized with the same tokenizer as the text, so "U.S." matches the four tokens
 * the text produces. Entries are indexed by their first and last token, so a lookup costs a
 * handful of comparisons however long the lexicon grows.
 */
export interface PhraseTable<T> {
  byFirst: Map<string, Entry<T>[]>;
  byLast: Map<string, Entry<T>[]>;
}

interface Entry<T> {
  words: string[];
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** First and last token of the match (inclusive). */
  first: number;
  last: number;
}

export function phraseTable<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const byFirst = new Map<string, Entry<T>[]>();
  const byLast = new Map<string, Entry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = tokenize(phrase).map((t) => t.lower);
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    const entry = { words, value };
    push(byFirst, first, entry);
    push(byLast, last, entry);
  }
  // Longest first, so "no more than" wins over "more than".
  for (const list of [...byFirst.values(), ...byLast.values()]) {
    list.sort((a, b) => b.words.length - a.words.length);
  }
  return { byFirst, byLast };
}

function push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** The longest phrase starting at token `i`, not crossing a line break. */
export function phraseAt<T>(
  tokens: readonly Token[],
  i: number,
  table: PhraseTable<T>,
): PhraseMatch<T> | null {
  const t = tokens[i];
  if (!t) return null;
  for (const e of table.byFirst.get(t.lower) ?? []) {
    if (matches(tokens, i, e.words))
      return { value: e.value, first: i, last: i + e.words.length - 1 };
  }
  return null;
}

/** The longest phrase ending just before token `i`, starting at or after token `floor`. */
export function phraseBefore<T>(
  tokens: readonly Token[],
  i: number,
  table: PhraseTable<T>,
  floor = 0,
): PhraseMatch<T> | null {
  const t = tokens[i - 1];
  if (!t) return null;
  for (const e of table.byLast.get(t.lower) ?? []) {
    const first = i - e.words.length;
    if (first >= floor && matches(tokens, first, e.words)) {
      return { value: e.value, first, last: i - 1 };
    }
  }
  return null;
}

function matches(tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[first + k];
    if (!t || t.lower !== words[k] || (k > 0 && t.newline)) return false;
  }
  return true;
}
