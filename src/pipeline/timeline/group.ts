import { parseIsoDate } from "../../core/calendar.ts";
import type { EventContext } from "../../core/event/same-event.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { DAY_SLACK } from "./days.ts";
import { MERGE_THRESHOLD, matchScore, repeats } from "./match.ts";
import type { Candidate } from "./reports.ts";

/**
 * The story's reports grouped into events: each group holds at most one report per source.
 * Reports are merged greedily, best-matching pair first, and two groups join only when every
 * pair across them could be one event and they match on average at MERGE_THRESHOLD or above
 * (average linkage), so one loose pair cannot chain two different events together. Pairs are
 * taken in order of score, then of source id and offset, never of the files' order, so the
 * same seeds in any order give the same events.
 */
export function groupCandidates(
  candidates: readonly Candidate[],
  context: EventContext,
): Candidate[][] {
  const kept = dropRepeats(candidates, context);
  const group = new Map<Candidate, Candidate[]>(kept.map((c) => [c, [c]]));
  for (const [a, b] of rankedPairs(kept, context)) {
    const ga = group.get(a);
    const gb = group.get(b);
    if (!ga || !gb || ga === gb || !canJoin(ga, gb, context)) continue;
    const merged = [...ga, ...gb];
    for (const c of merged) group.set(c, merged);
  }
  return [...new Set(group.values())];
}

/**
 * A source telling the same thing twice (the lead, then a recap) is one report, kept where it
 * is first told; otherwise two statements of one source stay two events.
 */
function dropRepeats(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const out: Candidate[] = [];
  // Only reports of one source on the same days can repeat each other.
  const bySpan = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const span = `${c.report.source}\u0000${c.date.start}\u0000${c.date.end}`;
    const earlier = bySpan.get(span) ?? [];
    const quote = normal(c.report.quote);
    const repeat = earlier.some(
      // Words only: names and days are shared by a source's different statements too.
      (o) => normal(o.report.quote) === quote || repeats(o, c, context),
    );
    if (repeat) continue;
    earlier.push(c);
    bySpan.set(span, earlier);
    out.push(c);
  }
  return out;
}

function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Every pair of reports from different sources scoring at or above the threshold, best first.
 * Reports are swept in date order, so only pairs whose dates can be close are scored.
 */
function rankedPairs(
  candidates: readonly Candidate[],
  context: EventContext,
): [Candidate, Candidate][] {
  const dated = candidates
    .map((c) => ({ c, start: parseIsoDate(c.date.start) ?? 0, end: parseIsoDate(c.date.end) ?? 0 }))
    .sort((x, y) => x.start - y.start || byCodeUnit(x.c.key, y.c.key));
  const pairs: { a: Candidate; b: Candidate; score: number; key: string }[] = [];
  for (let i = 0; i < dated.length; i++) {
    const x = dated[i];
    if (!x) continue;
    for (let j = i + 1; j < dated.length; j++) {
      const y = dated[j];
      if (!y) continue;
      // Sorted by start: past the first's end plus a week's slack, nothing later is close.
      if (y.start > x.end + DAY_SLACK) break;
      if (x.c.report.source === y.c.report.source) continue;
      const score = matchScore(x.c, y.c, context);
      if (score < MERGE_THRESHOLD) continue;
      const [a, b] = x.c.key < y.c.key ? [x.c, y.c] : [y.c, x.c];
      pairs.push({ a, b, score, key: `${a.key}\u0001${b.key}` });
    }
  }
  pairs.sort((p, q) => q.score - p.score || byCodeUnit(p.key, q.key));
  return pairs.map((p) => [p.a, p.b]);
}

/** No source twice in one event, every pair across could be one event, and close on average. */
function canJoin(
  ga: readonly Candidate[],
  gb: readonly Candidate[],
  context: EventContext,
): boolean {
  const sources = new Set(ga.map((c) => c.report.source));
  if (gb.some((c) => sources.has(c.report.source))) return false;
  let sum = 0;
  for (const a of ga) {
    for (const b of gb) {
      const s = matchScore(a, b, context);
      if (s <= 0) return false;
      sum += s;
    }
  }
  return sum / (ga.length * gb.length) >= MERGE_THRESHOLD;
}
