import { articleMentions } from "../../core/event/article-mentions.ts";
import { CANNOT_LINK, mentionLink, type PlacedMention } from "../../core/event/same-event.ts";
import { averageLinkage, type Edge } from "../../core/group/average-linkage.ts";
import type { Article, ArticleFacts, Story, StoryEvent } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";

/**
 * Mentions of one happening join at or above this average link (see mentionLink): the same
 * word with someone in common, or the same word in sentences that name no one else.
 */
export const SAME_HAPPENING = 0.55;
/**
 * Bounded work on any input: a story's first MAX_MENTIONS event mentions (sources in story
 * order, each from its start) are grouped, and a mention is scored against at most
 * MAX_PARTNERS later mentions under each word or sense it has. A news story stays well under
 * both; a file that repeats one verb 40,000 times no longer takes the build hours.
 */
export const MAX_MENTIONS = 3_000;
export const MAX_PARTNERS = 50;

/**
 * Every happening a story's sources report, each with every sentence that mentions it: event
 * mentions (verbs and nouns of happening) linked across and within sources by the event model,
 * grouped by average linkage so one loose link cannot chain two happenings. Only happenings
 * mentioned more than once are kept; ids follow the order of first mention.
 */
export function storyEvents(
  story: Story,
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
  onBudget?: (message: string) => void,
): StoryEvent[] {
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  const order = new Map(story.sources.map((id, i) => [id, i]));
  const all: PlacedMention[] = articles.flatMap((a) => {
    const f = factsOf.get(a.id);
    return f ? articleMentions(a, f) : [];
  });
  const mentions = all.slice(0, MAX_MENTIONS);
  if (all.length > MAX_MENTIONS) {
    onBudget?.(
      `its sources have ${all.length} event mentions; only the first ${MAX_MENTIONS} were grouped into happenings`,
    );
  }
  const edges = linkMentions(mentions);
  const group = averageLinkage(mentions.length, edges, SAME_HAPPENING);
  const members = new Map<number, number[]>();
  group.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const at = (m: PlacedMention) => [order.get(m.source) ?? order.size, m.start] as const;
  const events = [...members.values()]
    .filter((list) => list.length > 1)
    .map((list) =>
      list
        .map((i) => mentions[i] as PlacedMention)
        .sort((x, y) => at(x)[0] - at(y)[0] || at(x)[1] - at(y)[1]),
    )
    .sort((x, y) => {
      const [fx, fy] = [x[0] as PlacedMention, y[0] as PlacedMention];
      return at(fx)[0] - at(fy)[0] || at(fx)[1] - at(fy)[1];
    });
  return events.map((list, n) => ({
    id: `${story.slug}-event-${n + 1}`,
    story: story.slug,
    lemma: commonest(list.map((m) => m.lemma)),
    sources: [...new Set(list.map((m) => m.source))].sort(
      (x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0),
    ),
    mentions: list.map((m) => ({
      source: m.source,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      lemma: m.lemma,
    })),
  }));
}

/**
 * Scores the pairs of mentions that could name one happening: only those sharing a word, a
 * sense or a derived form are compared, so the work grows with the matches, not the square.
 */
function linkMentions(mentions: readonly PlacedMention[]): Edge[] {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  mentions.forEach((m, i) => {
    add(`w:${m.lemma}`, i);
    for (const s of m.senses) add(`s:${s}`, i);
  });
  const edges: Edge[] = [];
  mentions.forEach((m, i) => {
    const candidates = new Set<number>();
    // The next MAX_PARTNERS mentions under the key (its list is in mention order).
    const look = (key: string) => {
      const list = index.get(key) ?? [];
      let k = firstAfter(list, i);
      for (const end = Math.min(list.length, k + MAX_PARTNERS); k < end; k++) {
        candidates.add(list[k] as number);
      }
    };
    look(`w:${m.lemma}`);
    for (const s of m.senses) look(`s:${s}`);
    for (const r of m.related) look(`w:${r}`);
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const score = mentionLink(m, mentions[j] as PlacedMention);
      if (score === null) continue;
      // A mention pair that cannot be one happening pulls its groups apart.
      edges.push({ a: i, b: j, score: score === CANNOT_LINK ? -4 : score });
    }
  });
  return edges;
}

/** The position of the first entry above `i` in an ascending list (binary search). */
function firstAfter(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function commonest(words: readonly string[]): string {
  const count = new Map<string, number>();
  for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))[0]?.[0] ?? "";
}
