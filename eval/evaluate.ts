/**
 * The whole scoring, pure: gold corpus, the seeds written from it and what the pipeline made of
 * them in; every score and error list out.
 */
import type { Corpus } from "./ecbplus.ts";
import { type MappedArticle, mapArticle } from "./map-article.ts";
import { properWords } from "./named.ts";
import type { Predicted } from "./pipeline-output.ts";
import { type EntityScore, scoreEntities } from "./score-entities.ts";
import { type EventScore, scoreEvents } from "./score-events.ts";
import { type StoryScore, scoreStories } from "./score-stories.ts";
import { scoreTimes, type TimeScore } from "./score-times.ts";
import { type Seed, seedPath } from "./seed.ts";

export interface EvalResult {
  corpus: {
    articles: number;
    topics: number;
    goldStories: number;
    annotatedSentences: number;
    /** Articles the pipeline did not keep (ingest skips a duplicate text). */
    dropped: string[];
    /** Annotated sentences missing from the pipeline's text: ingest made them the title, or cut them. */
    unread: { article: string; sentence: number; text: string }[];
  };
  /** Article id to title, first sentence, gold story and predicted story, for reports. */
  articles: Map<string, { title: string; lead: string; event: string; story: string }>;
  /** Instance id to the annotators' name for it. */
  descriptors: Map<string, string>;
  stories: StoryScore;
  entities: EntityScore;
  events: EventScore;
  times: TimeScore;
}

export function evaluate(corpus: Corpus, seeds: readonly Seed[], predicted: Predicted): EvalResult {
  const byFile = new Map(predicted.articles.map((a) => [a.file, a]));
  const proper = properWords(
    corpus.articles.flatMap((a) => {
      const sentences: string[][] = [];
      for (const t of a.tokens) {
        const s = sentences[t.sentence] ?? [];
        s.push(t.text);
        sentences[t.sentence] = s;
      }
      return sentences.filter(Boolean);
    }),
  );
  const mapped: MappedArticle[] = [];
  const dropped: string[] = [];
  const unread: EvalResult["corpus"]["unread"] = [];
  const seedOf = new Map(seeds.map((s) => [s.path, s]));
  for (const gold of corpus.articles) {
    const seed = seedOf.get(seedPath(gold.id));
    const p = seed && byFile.get(seed.path);
    if (!seed || !p) {
      dropped.push(gold.id);
      continue;
    }
    const m = mapArticle(gold, seed, p, corpus.annotated, proper);
    mapped.push(m);
    for (const n of m.unread) {
      unread.push({ article: m.id, sentence: n, text: seed.sentences.get(n) ?? "" });
    }
  }
  const descriptors = new Map(corpus.articles.flatMap((a) => [...a.descriptors]));
  const stories = scoreStories(
    mapped.map((m) => ({ id: m.id, topic: m.topic, gold: m.event, predicted: m.predicted.story })),
  );
  return {
    corpus: {
      articles: corpus.articles.length,
      topics: new Set(corpus.articles.map((a) => a.topic)).size,
      goldStories: new Set(corpus.articles.map((a) => a.event)).size,
      annotatedSentences: sumAnnotated(corpus),
      dropped,
      unread,
    },
    articles: new Map(
      mapped.map((m) => [
        m.id,
        {
          title: m.predicted.title,
          lead: leadOf(m.predicted),
          event: m.event,
          story: m.predicted.story,
        },
      ]),
    ),
    descriptors,
    stories,
    entities: scoreEntities(mapped),
    events: scoreEvents(mapped, predicted.groups),
    times: scoreTimes(mapped),
  };
}

function sumAnnotated(corpus: Corpus): number {
  const ids = new Set(corpus.articles.map((a) => a.id));
  return [...corpus.annotated].filter((k) => ids.has(k.split("/")[0] ?? "")).length;
}

function leadOf(a: Predicted["articles"][number]): string {
  const first = a.sentences[0];
  return first ? a.text.slice(first.start, first.end) : "";
}
