import {
  canClose,
  canOpen,
  DOUBLE_CLOSERS,
  DOUBLE_OPENERS,
  STRAIGHT_DOUBLE,
  trimEnd,
} from "./quote-marks.ts";

/** A quotation found by its marks: [start, end) includes the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** False when no closing mark was found and the quotation was cut at the paragraph's end. */
  closed: boolean;
}

/**
 * Double-quoted passages in text[lo, hi) (one paragraph), in order and never overlapping.
 *
 * One pass, one open mark at a time, so unbalanced marks cost nothing extra and never reach past
 * `hi`. Straight marks open or close by their neighbours; curly ones by their shape unless their
 * neighbours clearly say otherwise (“It is over,“ he said). A second opening mark while one is
 * open means the first was stray, so the search starts over from the second. An opening mark left
 * unclosed at the end runs to the paragraph's end: news writing leaves a quotation open when it
 * continues in the next paragraph.
 */
export function findDoubleQuotes(text: string, lo: number, hi: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = lo; i < hi; i++) {
    const code = text.charCodeAt(i);
    const opener = DOUBLE_OPENERS.has(code);
    const closer = DOUBLE_CLOSERS.has(code);
    if (!opener && !closer && code !== STRAIGHT_DOUBLE) continue;
    const o = canOpen(text, i, lo, hi);
    const c = canClose(text, i, lo, hi);
    if (open < 0) {
      // A closing shape only opens when it sits exactly where an opening mark would (”Yes”).
      if (opener ? o || !c : o) open = i;
      continue;
    }
    const closes = closer || (opener ? c && !o : c || !o);
    if (closes) {
      out.push({ start: open, end: i + 1, closed: true });
      open = -1;
    } else open = i;
  }
  if (open >= 0) {
    const end = trimEnd(text, open, hi);
    if (end > open + 1) out.push({ start: open, end, closed: false });
  }
  return out;
}
