import type { Range } from "../../core/model.ts";
import { findDoubleQuotes, type QuoteSpan } from "./quote-doubles.ts";
import { isWordCode } from "./quote-marks.ts";
import { findSingleQuotes } from "./quote-singles.ts";

export interface ParagraphQuote extends QuoteSpan {
  /** Index into the paragraphs the spans were found in. */
  paragraph: number;
  /** The quoted words: the span without its marks. */
  innerStart: number;
  innerEnd: number;
}

/**
 * Every top-level quotation, paragraph by paragraph, in text order. A quotation never crosses a
 * paragraph break, so a stray mark costs at most the rest of its paragraph. Nested quotations
 * (‘…’ inside “…”, or “…” inside ‘…’ in British style) belong to the outer one; a single-quoted
 * span that overlaps a double-quoted one without nesting is taken for apostrophes and dropped.
 * Marks with nothing worded between them (“ ”) are not quotations.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Range[]): ParagraphQuote[] {
  const out: ParagraphQuote[] = [];
  paragraphs.forEach((p, paragraph) => {
    const doubles = findDoubleQuotes(text, p.start, p.end);
    const singles = findSingleQuotes(text, p.start, p.end);
    for (const span of mergeNesting(doubles, singles)) {
      const innerStart = span.start + 1;
      const innerEnd = span.closed ? span.end - 1 : span.end;
      if (!hasWord(text, innerStart, innerEnd)) continue;
      out.push({ ...span, paragraph, innerStart, innerEnd });
    }
  });
  return out;
}

/** The outermost spans of two ordered, internally non-overlapping lists, in order. */
function mergeNesting(doubles: QuoteSpan[], singles: QuoteSpan[]): QuoteSpan[] {
  if (singles.length === 0) return doubles;
  const dropped = new Set<QuoteSpan>();
  const kept: QuoteSpan[] = [];
  let j = 0;
  for (const s of singles) {
    while (j < doubles.length && (doubles[j]?.end ?? 0) <= s.start) j++;
    const inside: QuoteSpan[] = [];
    let keep = true;
    for (let k = j; k < doubles.length; k++) {
      const d = doubles[k];
      if (!d || d.start >= s.end) break;
      if (s.start <= d.start && d.end <= s.end) inside.push(d);
      else {
        keep = false; // nested in a double quote, or tangled with one
        break;
      }
    }
    if (!keep) continue;
    kept.push(s);
    for (const d of inside) dropped.add(d);
  }
  const all = [...doubles.filter((d) => !dropped.has(d)), ...kept];
  return all.sort((a, b) => a.start - b.start);
}

function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordCode(text.charCodeAt(i))) return true;
  return false;
}
