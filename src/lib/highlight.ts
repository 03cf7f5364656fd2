/**
 * Splits an article into what the source page renders: paragraphs, each a list of sentences
 * (anchors for links to the exact sentence), each a list of plain text and marked mentions.
 * Pure, so it is tested here rather than through the page.
 */

export interface Markable {
  type: string;
  start: number;
  end: number;
  entity?: string | undefined;
  /** A short explanation shown on hover (a resolved date, a normalized figure, a speaker). */
  note?: string | undefined;
  /** For dates: the machine-readable value for <time datetime>. */
  datetime?: string | undefined;
}

export type Segment = { text: string } | { text: string; mark: Markable; children: Segment[] };

export interface RenderedSentence {
  index: number;
  segments: Segment[];
}

interface Range {
  start: number;
  end: number;
}

/** Quotes wrap the names and figures inside them; other mentions do not nest. */
const OUTER = new Set(["quote"]);

function segmentsFor(
  text: string,
  from: number,
  to: number,
  marks: readonly Markable[],
): Segment[] {
  const inside = marks
    .filter((m) => m.start < to && m.end > from)
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        b.end - a.end ||
        (OUTER.has(b.type) ? 1 : 0) - (OUTER.has(a.type) ? 1 : 0),
    );
  const out: Segment[] = [];
  let pos = from;
  for (let i = 0; i < inside.length; i++) {
    const m = inside[i] as Markable;
    if (m.start < pos) continue; // overlaps one already placed: keep the first
    if (m.start > pos) out.push({ text: text.slice(pos, m.start) });
    const nested = OUTER.has(m.type)
      ? inside.filter(
          (n, j) => j !== i && n.start >= m.start && n.end <= m.end && !OUTER.has(n.type),
        )
      : [];
    out.push({
      text: text.slice(m.start, m.end),
      mark: m,
      children: nested.length > 0 ? segmentsFor(text, m.start, m.end, nested) : [],
    });
    pos = m.end;
  }
  if (pos < to) out.push({ text: text.slice(pos, to) });
  return out;
}

export function renderParagraphs(
  text: string,
  paragraphs: readonly Range[],
  sentences: readonly (Range & { paragraph: number })[],
  marks: readonly Markable[],
): RenderedSentence[][] {
  return paragraphs.map((p, pi) => {
    const own = sentences.map((s, index) => ({ ...s, index })).filter((s) => s.paragraph === pi);
    const parts: RenderedSentence[] = [];
    let pos = p.start;
    for (const s of own) {
      // Whitespace between sentences belongs to no sentence; keep it so the text reads as written.
      if (s.start > pos) parts.push({ index: -1, segments: [{ text: text.slice(pos, s.start) }] });
      parts.push({ index: s.index, segments: segmentsFor(text, s.start, s.end, marks) });
      pos = s.end;
    }
    if (pos < p.end) parts.push({ index: -1, segments: [{ text: text.slice(pos, p.end) }] });
    return parts;
  });
}
