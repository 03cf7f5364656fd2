/**
 * Stories: does the project group articles as the gold events do? Pairwise precision and recall
 * over article pairs, B³ (per article: how much of its predicted story shares its gold event,
 * and the reverse), and how many topics' two look-alike events ended up in one story.
 */

export interface StoryItem {
  id: string;
  topic: number;
  /** Gold story ("1ecb"). */
  gold: string;
  /** Predicted story id. */
  predicted: string;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface StoryScore {
  articles: number;
  goldStories: number;
  predictedStories: number;
  pair: PRF;
  b3: PRF;
  /** Topics whose two look-alike events share a predicted story. */
  mergedLookalikes: number;
  /** Predicted stories that hold more than one gold event, largest first. */
  merged: { story: string; events: Record<string, string[]> }[];
  /** Gold events spread over more than one predicted story. */
  split: { event: string; stories: Record<string, string[]> }[];
}

export function prf(correct: number, predicted: number, gold: number): PRF {
  return withF1(predicted === 0 ? 0 : correct / predicted, gold === 0 ? 0 : correct / gold);
}

export function withF1(p: number, r: number): PRF {
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function scoreStories(items: readonly StoryItem[]): StoryScore {
  const byPredicted = groupBy(items, (i) => i.predicted);
  const byGold = groupBy(items, (i) => i.gold);
  const both = groupBy(items, (i) => `${i.predicted}\u0000${i.gold}`);
  const correct = sum([...both.values()].map((g) => pairs(g.length)));
  const pair = prf(
    correct,
    sum([...byPredicted.values()].map((g) => pairs(g.length))),
    sum([...byGold.values()].map((g) => pairs(g.length))),
  );
  let b3p = 0;
  let b3r = 0;
  for (const i of items) {
    const shared = both.get(`${i.predicted}\u0000${i.gold}`)?.length ?? 0;
    b3p += shared / (byPredicted.get(i.predicted)?.length ?? 1);
    b3r += shared / (byGold.get(i.gold)?.length ?? 1);
  }
  const n = items.length || 1;
  const b3 = withF1(b3p / n, b3r / n);

  const merged = [...byPredicted]
    .map(([story, members]) => ({ story, events: ids(groupBy(members, (m) => m.gold)) }))
    .filter((s) => Object.keys(s.events).length > 1)
    .sort((a, b) => size(b.events) - size(a.events) || (a.story < b.story ? -1 : 1));
  const mergedTopics = new Set<number>();
  for (const members of byPredicted.values()) {
    const events = new Set(members.map((m) => m.gold));
    for (const m of members) {
      if (events.has(`${m.topic}ecb`) && events.has(`${m.topic}ecbplus`)) mergedTopics.add(m.topic);
    }
  }
  const split = [...byGold]
    .map(([event, members]) => ({ event, stories: ids(groupBy(members, (m) => m.predicted)) }))
    .filter((e) => Object.keys(e.stories).length > 1);
  return {
    articles: items.length,
    goldStories: byGold.size,
    predictedStories: byPredicted.size,
    pair,
    b3,
    mergedLookalikes: mergedTopics.size,
    merged,
    split,
  };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function ids(groups: Map<string, StoryItem[]>): Record<string, string[]> {
  return Object.fromEntries([...groups].map(([k, g]) => [k, g.map((i) => i.id)]));
}

function size(groups: Record<string, string[]>): number {
  return sum(Object.values(groups).map((g) => g.length));
}
