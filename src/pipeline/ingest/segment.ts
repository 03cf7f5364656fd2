import type { Range, Sentence } from "../../core/model.ts";
import { ABBREVIATIONS, SUFFIX_ABBREVIATIONS } from "../../core/text/abbreviations.ts";

/**
 * Paragraphs: plain-text news arrives either one paragraph per line or as blank-line-separated
 * blocks that may be hard-wrapped. When the text has blank lines and most of its lines look
 * wrapped (similar widths, not ending a sentence), blocks are paragraphs; otherwise each
 * non-empty line is one.
 */
export function splitParagraphs(text: string): Range[] {
  const lines = lineRanges(text);
  const nonEmpty = lines.filter((l) => text.slice(l.start, l.end).trim() !== "");
  const hasBlank = nonEmpty.length < lines.length;
  const wrapped = nonEmpty.filter((l) => {
    const line = text.slice(l.start, l.end).trimEnd();
    return line.length >= 40 && line.length <= 100 && !/[.!?"”’:]$/.test(line);
  }).length;
  const blockMode = hasBlank && nonEmpty.length >= 3 && wrapped / nonEmpty.length >= 0.5;

  const out: Range[] = [];
  let block: Range | null = null;
  for (const l of lines) {
    const blank = text.slice(l.start, l.end).trim() === "";
    if (blockMode) {
      if (blank) {
        if (block) out.push(trimRange(text, block));
        block = null;
      } else block = block ? { start: block.start, end: l.end } : { ...l };
    } else if (!blank) out.push(trimRange(text, l));
  }
  if (block) out.push(trimRange(text, block));
  return out;
}

function lineRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) {
      out.push({ start, end: text.length });
      return out;
    }
    out.push({ start, end: nl });
    start = nl + 1;
  }
}

export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

// Abbreviations whose period never ends a sentence: all but the suffixes, which end a name
// and so may end a sentence too ("… said Jane Example Jr. The …").
const NEVER_FINAL = new Set([...ABBREVIATIONS].filter((w) => !SUFFIX_ABBREVIATIONS.has(w)));
// Words that begin a new sentence after an acronym such as "U.S." (which can also end one).
const SENTENCE_STARTERS = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "but",
  "and",
  "however",
  "meanwhile",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  "this",
  "that",
  "these",
  "those",
  "there",
  "his",
  "her",
  "their",
  "its",
  "for",
  "as",
  "after",
  "before",
  "when",
  "while",
  "if",
  "so",
  "yet",
  "still",
  "officials",
  "some",
  "many",
  "no",
  "what",
  "why",
  "how",
  "who",
  "since",
  "last",
  "earlier",
  "later",
]);

/**
 * Sentences within each paragraph. A sentence ends at ., ! or ? (plus closing quotes and
 * brackets) followed by space, unless the period belongs to a title or month abbreviation, a
 * single initial ("Jane Q. Example"), or an acronym like "U.S." that is followed by a name.
 */
export function splitSentences(text: string, paragraphs: Range[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    const re = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;
    re.lastIndex = p.start;
    const body = text.slice(0, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = m.index + m[0].length;
      if (end >= p.end) break;
      if (!endsSentence(text, m.index, end, p.end)) continue;
      const r = trimRange(text, { start, end });
      if (r.end > r.start) out.push({ ...r, paragraph });
      start = end;
    }
    const r = trimRange(text, { start, end: p.end });
    if (r.end > r.start) out.push({ ...r, paragraph });
  });
  return out;
}

function endsSentence(text: string, punct: number, end: number, limit: number): boolean {
  const next = /\s+(\S+)/y;
  next.lastIndex = end;
  const nm = next.exec(text.slice(0, limit));
  const nextWord = nm?.[1] ?? "";
  // A sentence must start with a capital, a digit, a quote or a bracket.
  if (!/^["'“‘([]?[\p{Lu}\p{Lo}\d]/u.test(nextWord)) return false;
  if (text[punct] !== ".") return true;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punct - 20), punct))?.[1] ?? "";
  const word = before.toLowerCase();
  if (NEVER_FINAL.has(word)) return false;
  // A single capital letter is an initial: "Jane Q. Example".
  if (/^\p{Lu}$/u.test(before)) return false;
  // Dotted acronyms ("U.S", "U.N") end a sentence only before a typical sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) {
    const bare = nextWord
      .replace(/^["'“‘([]/, "")
      .replace(/[,;:]$/, "")
      .toLowerCase();
    return SENTENCE_STARTERS.has(bare);
  }
  return true;
}
