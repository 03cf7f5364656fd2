import type { NameMention, Range, Sentence } from "../../core/model.ts";

/**
 * What every attribution rule reads: the article text, its sentences, and the mentions that may
 * speak. `speakers` holds only people and organizations outside every quotation (a name inside
 * a quotation is someone the speaker talks about, never the speaker), sorted by start.
 */
export interface AttributionContext {
  text: string;
  sentences: readonly Sentence[];
  speakers: readonly NameMention[];
}

/** Index of the first speaker starting at or after `pos` (binary search: the list is sorted). */
export function firstSpeakerFrom(ctx: AttributionContext, pos: number): number {
  let lo = 0;
  let hi = ctx.speakers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ctx.speakers[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Speakers lying wholly inside [start, end), nearest to `end` first, at most `limit`. */
export function speakersBackFrom(
  ctx: AttributionContext,
  start: number,
  end: number,
  limit: number,
): NameMention[] {
  const out: NameMention[] = [];
  for (let k = firstSpeakerFrom(ctx, end) - 1; k >= 0 && out.length < limit; k--) {
    const m = ctx.speakers[k];
    if (!m || m.start < start) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/** The first speaker lying wholly inside [start, end), or null. */
export function firstSpeakerIn(
  ctx: AttributionContext,
  start: number,
  end: number,
): NameMention | null {
  for (let k = firstSpeakerFrom(ctx, start); k < ctx.speakers.length; k++) {
    const m = ctx.speakers[k];
    if (!m || m.start >= end) return null;
    if (m.end <= end) return m;
  }
  return null;
}

/** Index of the sentence holding `pos` (the last one starting at or before it), or -1. */
export function sentenceAt(ctx: AttributionContext, pos: number): number {
  let lo = 0;
  let hi = ctx.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ctx.sentences[mid]?.start ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** "Smith’s aides said": a name followed by a possessive is not the one speaking. */
export function isPossessive(text: string, m: Range): boolean {
  const next = text[m.end];
  if (next !== "’" && next !== "'") return false;
  const after = text[m.end + 1] ?? "";
  if (after === "s" || after === "S") return !/[\p{L}\p{N}]/u.test(text[m.end + 2] ?? "");
  // "Reynolds’ remarks": an s-final name takes a bare apostrophe.
  return text[m.end - 1] === "s" && !/[\p{L}\p{N}]/u.test(after);
}

/**
 * What an attribution rule found next to a quotation:
 * - a named speaker ("Smith said"), with `end` where the attribution clause ends;
 * - a pronoun ("he said") still to be traced back to a name;
 * - "unnamed": a verb of saying whose subject is not a name ("officials said"), which rules out
 *   guessing a speaker from elsewhere in the sentence.
 */
export type AttributionFound =
  | { kind: "mention"; mention: NameMention; end: number }
  | { kind: "pronoun"; pronoun: string; at: number; end: number }
  | { kind: "unnamed" };

export function speakerRange(m: NameMention): Range {
  return { start: m.start, end: m.end };
}
