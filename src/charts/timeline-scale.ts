/**
 * The broken time scale: one linear scale per segment (timeline-segments.ts), laid end to end
 * along the axis with a gap for the break mark between them. "Along" is x in the wide layout and
 * y in the narrow one; the scale does not care which.
 */
import type { Segment } from "./timeline-segments.ts";

export interface ScalePiece {
  /** The segment's days, padded a little so marks do not sit on the segment's edge. */
  from: number;
  to: number;
  /** Where the segment starts and ends along the axis. */
  a0: number;
  a1: number;
}

export interface BrokenScale {
  pieces: ScalePiece[];
  /** Position of a day (fractional days allowed) along the axis. */
  at: (day: number) => number;
  /** The centre of each break (between piece i and i + 1), along the axis. */
  breaks: number[];
  /** The breaks strictly between two positions: where a bar crossing them is drawn broken. */
  crossed: (lo: number, hi: number) => number[];
  /** Where the axis ends. */
  end: number;
}

/** Padding each side of a segment, in days: half a day, or 4% of a long segment. */
export function padding(segment: Segment): number {
  return Math.max(0.5, (segment.end - segment.start) * 0.04);
}

/**
 * Lengths for the segments out of `total`: each gets `min`, and what is left is shared in
 * proportion to their needs (not their durations). When even the minimums do not fit, equal
 * shares.
 */
export function shareLengths(needs: readonly number[], total: number, min: number): number[] {
  if (needs.length === 0) return [];
  if (needs.length * min >= total) return needs.map(() => total / needs.length);
  const sum = needs.reduce((a, b) => a + Math.max(0, b), 0);
  const extra = total - needs.length * min;
  return needs.map((n) => min + (sum > 0 ? (extra * Math.max(0, n)) / sum : extra / needs.length));
}

/** The scale for `segments`, the first starting at `origin`, `gap` between segments. */
export function brokenScale(
  segments: readonly Segment[],
  lengths: readonly number[],
  origin: number,
  gap: number,
): BrokenScale {
  const pieces: ScalePiece[] = [];
  let along = origin;
  segments.forEach((s, i) => {
    const pad = padding(s);
    const length = lengths[i] ?? 0;
    pieces.push({ from: s.start - pad, to: s.end + pad, a0: along, a1: along + length });
    along += length + (i < segments.length - 1 ? gap : 0);
  });
  const breaks = pieces.slice(1).map((p, i) => ((pieces[i]?.a1 ?? p.a0) + p.a0) / 2);

  const at = (day: number): number => {
    const first = pieces[0];
    if (!first) return origin;
    if (day <= first.from) return first.a0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i] as ScalePiece;
      if (day <= p.to) {
        return p.a0 + ((day - p.from) / (p.to - p.from)) * (p.a1 - p.a0);
      }
      const next = pieces[i + 1];
      if (next && day < next.from) {
        // Inside a break: only a bar crossing it lands here; spread the gap linearly.
        return p.a1 + ((day - p.to) / (next.from - p.to)) * (next.a0 - p.a1);
      }
    }
    return pieces[pieces.length - 1]?.a1 ?? origin;
  };

  return {
    pieces,
    at,
    breaks,
    crossed: (lo, hi) => breaks.filter((b) => b > lo && b < hi),
    end: along,
  };
}
