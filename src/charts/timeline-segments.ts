/**
 * Where the timeline's time axis breaks. News timelines mix scales: "since August 2023" and a
 * week of days in October 2024 on one linear axis would put the October days a pixel apart. So
 * the days the events occupy are split into segments wherever the empty stretch between them is
 * large compared with what it separates, and each segment gets its own linear scale
 * (timeline-scale.ts) with a break drawn between them.
 *
 * What an event occupies (its anchors): its whole span when that is short (a day, a week, a
 * month); only its first and last day when it is long (a year, a long range, an open "since"
 * range, a conflict spanning sources' dates): a long bar then runs across breaks instead of
 * stretching one segment over years and squashing everything in it.
 */

/** Days [start, end): a day d is [d, d + 1). */
export interface DaySpan {
  start: number;
  end: number;
}

/** Spans longer than this (in days) are anchored by their two ends only. */
export const LONG_SPAN = 45;
/** A gap shorter than this never breaks the axis: a couple of weeks reads fine on one scale. */
export const MIN_GAP = 14;
/** A gap's neighbourhood: what lies closer together than the gap divided by this. */
export const GAP_RATIO = 3;
/** A gap breaks the axis only if it is longer than this many of its neighbours' smallest steps… */
export const STEP_RATIO = 12;
/** …and one scale over it and its neighbours would need more than this many such steps. */
export const NEED_OK = 40;
/** Caps a segment's claim on width, so one dense segment leaves the others room. */
export const MAX_NEED = 60;

/** The anchors of one date span: itself when short, else its first and last day. */
export function spanAnchors(span: DaySpan, open = false): DaySpan[] {
  if (!open && span.end - span.start <= LONG_SPAN) return [span];
  return [
    { start: span.start, end: span.start + 1 },
    { start: span.end - 1, end: span.end },
  ];
}

/**
 * The anchors of an event. A conflict is anchored at each source's own date (the bar between
 * them may cross a break), anything else at its own span.
 */
export function eventAnchors(
  span: DaySpan,
  o: { open: boolean; reports?: readonly { span: DaySpan; open: boolean }[] | undefined },
): DaySpan[] {
  if (o.reports && o.reports.length > 0) {
    return o.reports.flatMap((r) => spanAnchors(r.span, r.open));
  }
  return spanAnchors(span, o.open);
}

export interface Segment {
  /** First day covered. */
  start: number;
  /** Day after the last day covered. */
  end: number;
  /** How many anchors fall in it. */
  count: number;
  /**
   * How much room it asks for: its span in units of the smallest step between the days its
   * marks start on (a cluster of single days asks for one unit a day; a lone month, or a month
   * and a range starting the same day, for one), but at most two units per day with marks, so a
   * few scattered dates with one close pair do not claim the width a cluster needs.
   */
  need: number;
}

interface Block {
  start: number;
  end: number;
  count: number;
  starts: number[];
}

function blocksOf(anchors: readonly DaySpan[]): Block[] {
  const sorted = anchors
    .filter((a) => Number.isFinite(a.start) && Number.isFinite(a.end) && a.end > a.start)
    .toSorted((a, b) => a.start - b.start || a.end - b.end);
  const blocks: Block[] = [];
  for (const a of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && a.start <= last.end) {
      last.end = Math.max(last.end, a.end);
      last.count++;
      last.starts.push(a.start);
    } else {
      blocks.push({ start: a.start, end: a.end, count: 1, starts: [a.start] });
    }
  }
  return blocks;
}

/** The smallest step between distinct start days, or null with fewer than two. */
function minStep(starts: readonly number[]): number | null {
  const distinct = [...new Set(starts)].toSorted((a, b) => a - b);
  let step: number | null = null;
  for (let i = 1; i < distinct.length; i++) {
    const d = (distinct[i] ?? 0) - (distinct[i - 1] ?? 0);
    if (step === null || d < step) step = d;
  }
  return step;
}

function needOf(starts: readonly number[], end: number): number {
  const step = minStep(starts);
  if (step === null || step <= 0) return 1;
  const first = Math.min(...starts);
  const distinct = new Set(starts).size;
  return Math.min(MAX_NEED, 2 * distinct, Math.max(1, (end - first) / step));
}

/**
 * Whether the gap after block i breaks the axis. Its two sides are its neighbourhoods: the runs
 * of blocks next to it whose own gaps are under a third of it (what is much closer together than
 * to the gap; a tail of far-apart dates does not count). It breaks when
 * - it is more than MIN_GAP days, and
 * - a side has marks at least two different days apart, and measured in that side's smallest
 *   step (a day, in a cluster of days) the gap is over STEP_RATIO steps: it would spend that many
 *   "readable steps" of width on nothing, and
 * - one scale over both sides would need over NEED_OK such steps: a short axis reads fine
 *   unbroken, however uneven.
 */
function breaksAfter(blocks: readonly Block[], gaps: readonly number[], i: number): boolean {
  const g = gaps[i] ?? 0;
  if (g <= MIN_GAP) return false;
  const near = g / GAP_RATIO;
  let j = i;
  while (j > 0 && (gaps[j - 1] ?? 0) < near) j--;
  let k = i + 1;
  while (k < blocks.length - 1 && (gaps[k] ?? 0) < near) k++;
  const starts = (from: number, to: number) => blocks.slice(from, to + 1).flatMap((b) => b.starts);
  const steps = [minStep(starts(j, i)), minStep(starts(i + 1, k))].filter(
    (x): x is number => x !== null && x > 0,
  );
  if (steps.length === 0) return false;
  const step = Math.min(...steps);
  const span = (blocks[k]?.end ?? 0) - (blocks[j]?.start ?? 0);
  return g / step > STEP_RATIO && span / step > NEED_OK;
}

/** The segments of the time axis, in time order. No anchors, no segments. */
export function segmentDays(anchors: readonly DaySpan[]): Segment[] {
  const blocks = blocksOf(anchors);
  const gaps = blocks.slice(1).map((b, i) => b.start - (blocks[i]?.end ?? b.start));
  const segments: Segment[] = [];
  let current: Block[] = [];
  const close = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (!first || !last) return;
    segments.push({
      start: first.start,
      end: last.end,
      count: current.reduce((n, b) => n + b.count, 0),
      need: needOf(
        current.flatMap((b) => b.starts),
        last.end,
      ),
    });
    current = [];
  };
  blocks.forEach((block, i) => {
    current.push(block);
    if (i < blocks.length - 1 && breaksAfter(blocks, gaps, i)) close();
  });
  close();
  return segments;
}
