/**
 * The same happening across sources. Every claim or timeline event that puts sentences of two
 * articles together says they report one thing. Gold agrees when both sentences were annotated
 * and hold action mentions of one cross-document instance. Pairs with a sentence that was not
 * annotated cannot be judged and are counted apart. Recall is over gold pairs: annotated
 * sentences of different articles of one gold story sharing an action instance (pairs across
 * the two look-alike stories of a topic share only background events, and a project that keeps
 * the stories apart could never pair them; they are counted apart too).
 */
import type { MappedArticle } from "./map-article.ts";
import type { PredictedGroup, PredictedSpan } from "./pipeline-output.ts";
import { groupBy, type PRF, withF1 } from "./score-stories.ts";

export interface SentenceRef {
  article: string;
  sentence: number;
  text: string;
  /** The gold action instances in it (empty when not annotated). */
  instances: string[];
}

export interface EventPair {
  a: SentenceRef;
  b: SentenceRef;
  /** The claims and timeline events that pair them. */
  by: { id: string; kind: string; status: string; title: string }[];
  /** Different topics, different gold stories of one topic, or one gold story. */
  relation: "topics" | "lookalikes" | "story";
}

export interface EventScore extends PRF {
  /** Distinct sentence pairs from different articles that the project puts together. */
  predictedPairs: number;
  judged: number;
  correct: number;
  /** Pairs with a sentence outside the annotated ones (or outside the gold text). */
  unjudged: number;
  goldPairs: number;
  found: number;
  /** Gold pairs across a topic's two stories (not in recall). */
  crossStoryGoldPairs: number;
  /** Precision by what made the pair: claim:figure, claim:quote, …, timeline. */
  byKind: Record<string, { judged: number; correct: number; p: number }>;
  /** Wrong pairs, worst first: across topics, then across look-alikes, then most producers. */
  falsePairs: EventPair[];
  /** Single-source claims in annotated sentences, and those whose action another source of
   * the same predicted story also reports in an annotated sentence. */
  single: {
    judged: number;
    alsoElsewhere: number;
    fraction: number;
    /** The same by claim kind: claim:statement, claim:figure, … */
    byKind: Record<string, { judged: number; alsoElsewhere: number }>;
  };
  statuses: Record<string, number>;
}

const ACTION = /^(?:NEG_)?ACTION_/;

export function scoreEvents(
  articles: readonly MappedArticle[],
  groups: readonly PredictedGroup[],
): EventScore {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const instancesOf = new Map<string, Map<number, Set<string>>>();
  for (const a of articles) {
    const perSentence = new Map<number, Set<string>>();
    for (const m of a.mentions) {
      if (!ACTION.test(m.tag) || !m.instance || !a.annotated.has(m.sentence)) continue;
      const set = perSentence.get(m.sentence) ?? new Set();
      set.add(m.instance);
      perSentence.set(m.sentence, set);
    }
    instancesOf.set(a.id, perSentence);
  }
  const actions = (article: string, sentence: number) =>
    instancesOf.get(article)?.get(sentence) ?? new Set<string>();
  const sentenceOf = (s: PredictedSpan): number | null => {
    const a = byId.get(s.source);
    return a ? (a.sentenceAt(s) ?? a.sentenceAt(s.sentence)) : null;
  };
  const ref = (article: string, sentence: number): SentenceRef => ({
    article,
    sentence,
    text: byId.get(article)?.sentenceText.get(sentence) ?? "",
    instances: [...actions(article, sentence)],
  });

  // Predicted pairs, keyed by their two sentences.
  const predicted = new Map<string, EventPair & { judged: boolean; correct: boolean }>();
  const unjudgedKeys = new Set<string>();
  const statuses: Record<string, number> = {};
  const storyMembers = groupBy(articles, (a) => a.predicted.story);
  let singleJudged = 0;
  let singleElsewhere = 0;
  const singleByKind: EventScore["single"]["byKind"] = {};
  for (const g of groups) {
    if (g.kind.startsWith("claim:")) statuses[g.status] = (statuses[g.status] ?? 0) + 1;
    if (g.status === "single-source") {
      const s = g.spans[0];
      const n = s ? sentenceOf(s) : null;
      const article = s ? byId.get(s.source) : undefined;
      if (s && article && n !== null && article.annotated.has(n)) {
        singleJudged++;
        const k = singleByKind[g.kind] ?? { judged: 0, alsoElsewhere: 0 };
        singleByKind[g.kind] = k;
        k.judged++;
        const members = storyMembers.get(article.predicted.story) ?? [];
        if (reportedElsewhere(actions(s.source, n), article, members, instancesOf)) {
          singleElsewhere++;
          k.alsoElsewhere++;
        }
      }
    }
    for (let i = 0; i < g.spans.length; i++) {
      for (let j = i + 1; j < g.spans.length; j++) {
        const x = g.spans[i] as PredictedSpan;
        const y = g.spans[j] as PredictedSpan;
        if (x.source === y.source) continue;
        const [s, t] = x.source < y.source ? [x, y] : [y, x];
        const ns = sentenceOf(s);
        const nt = sentenceOf(t);
        const as = byId.get(s.source);
        const at = byId.get(t.source);
        if (
          !as ||
          !at ||
          ns === null ||
          nt === null ||
          !as.annotated.has(ns) ||
          !at.annotated.has(nt)
        ) {
          unjudgedKeys.add(`${s.source}/${ns ?? `?${s.start}`}|${t.source}/${nt ?? `?${t.start}`}`);
          continue;
        }
        const key = `${s.source}/${ns}|${t.source}/${nt}`;
        let pair = predicted.get(key);
        if (!pair) {
          const a = ref(s.source, ns);
          const b = ref(t.source, nt);
          const shared = a.instances.some((k) => b.instances.includes(k));
          pair = {
            a,
            b,
            by: [],
            relation:
              as.topic !== at.topic ? "topics" : as.event !== at.event ? "lookalikes" : "story",
            judged: true,
            correct: shared,
          };
          predicted.set(key, pair);
        }
        if (!pair.by.some((p) => p.id === g.id)) {
          pair.by.push({ id: g.id, kind: g.kind, status: g.status, title: g.title });
        }
      }
    }
  }

  // Gold pairs within each gold story.
  const gold = new Set<string>();
  let crossStory = 0;
  const sentences = articles.flatMap((a) =>
    [...(instancesOf.get(a.id) ?? new Map<number, Set<string>>())].map(([n, set]) => ({
      a,
      n,
      set,
    })),
  );
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const x = sentences[i] as (typeof sentences)[number];
      const y = sentences[j] as (typeof sentences)[number];
      if (x.a.id === y.a.id || x.a.topic !== y.a.topic) continue;
      if (![...x.set].some((k) => y.set.has(k))) continue;
      if (x.a.event !== y.a.event) {
        crossStory++;
        continue;
      }
      const [s, t] = x.a.id < y.a.id ? [x, y] : [y, x];
      gold.add(`${s.a.id}/${s.n}|${t.a.id}/${t.n}`);
    }
  }

  const judged = [...predicted.values()];
  const correct = judged.filter((p) => p.correct).length;
  const found = [...predicted.keys()].filter((k) => gold.has(k)).length;
  const byKind: EventScore["byKind"] = {};
  for (const p of judged) {
    for (const kind of new Set(p.by.map((b) => b.kind))) {
      const k = byKind[kind] ?? { judged: 0, correct: 0, p: 0 };
      byKind[kind] = k;
      k.judged++;
      if (p.correct) k.correct++;
    }
  }
  for (const k of Object.values(byKind)) k.p = k.judged === 0 ? 0 : k.correct / k.judged;
  const rank = { topics: 2, lookalikes: 1, story: 0 };
  const falsePairs = judged
    .filter((p) => !p.correct)
    .sort(
      (x, y) =>
        rank[y.relation] - rank[x.relation] ||
        y.by.length - x.by.length ||
        (x.a.article + x.b.article < y.a.article + y.b.article ? -1 : 1),
    )
    .map(({ judged: _, correct: __, ...p }) => p);
  return {
    ...withF1(
      judged.length === 0 ? 0 : correct / judged.length,
      gold.size === 0 ? 0 : found / gold.size,
    ),
    predictedPairs: judged.length + unjudgedKeys.size,
    judged: judged.length,
    correct,
    unjudged: unjudgedKeys.size,
    goldPairs: gold.size,
    found,
    crossStoryGoldPairs: crossStory,
    byKind,
    falsePairs,
    single: {
      judged: singleJudged,
      alsoElsewhere: singleElsewhere,
      fraction: singleJudged === 0 ? 0 : singleElsewhere / singleJudged,
      byKind: singleByKind,
    },
    statuses,
  };
}

function reportedElsewhere(
  instances: ReadonlySet<string>,
  article: MappedArticle,
  members: readonly MappedArticle[],
  instancesOf: ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<string>>>,
): boolean {
  if (instances.size === 0) return false;
  return members.some(
    (other) =>
      other.id !== article.id &&
      [...(instancesOf.get(other.id)?.values() ?? [])].some((set) =>
        [...instances].some((k) => set.has(k)),
      ),
  );
}
