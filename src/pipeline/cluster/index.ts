import { compare } from "../ingest/index.ts";
import type { Article, Story } from "../model.ts";
import { slugify } from "./slug.ts";

export interface ClusterOptions {
  /** Cosine similarity at or above which two articles report the same event. */
  threshold: number;
}

export const defaultClusterOptions: ClusterOptions = { threshold: 0.3 };

// Words too common in news to say which event an article is about.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing down during each few for from
  further had has have having he her here hers herself him himself his how i if in into is it
  its itself just me more most my no nor not now of off on once only or other our ours out over
  own same she should so some such than that the their theirs them then there these they this
  those through to too under until up very was we were what when where which while who whom why
  will with would you your said says say according told reported report reports news new one two
  three first last year years week weeks day days time may might must also however since still
  yet already including while mr mrs ms`.split(/\s+/),
);

/** Term weights for one article: content words, with names counting double. */
function terms(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  const text = `${article.title}\n${article.text}`;
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/u, "");
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower)) continue;
    const weight = /^\p{Lu}/u.test(word) ? 2 : 1;
    counts.set(lower, (counts.get(lower) ?? 0) + weight);
  }
  return counts;
}

/**
 * Groups articles that report the same event: TF-IDF cosine similarity between articles, and
 * connected components of the pairs above the threshold. An article unlike any other is a
 * story of its own.
 */
export function cluster(
  articles: readonly Article[],
  options: ClusterOptions = defaultClusterOptions,
): Story[] {
  const sorted = [...articles].sort((a, b) => compare(a.id, b.id));
  const vectors = tfidf(sorted.map(terms));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (cosine(vectors[i], vectors[j]) >= options.threshold) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Article[]>();
  sorted.forEach((a, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  });

  const usedSlugs = new Set<string>();
  return [...groups.values()].map((members) => {
    // The earliest-published source leads; ties and undated sources fall back to id order.
    const lead = [...members].sort(
      (a, b) => compare(a.published ?? "9999", b.published ?? "9999") || compare(a.id, b.id),
    )[0] as Article;
    const base = slugify(lead.title) || "story";
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);
    return { slug, title: lead.title, sources: members.map((m) => m.id) };
  });
}

type Vector = Map<string, number>;

function tfidf(docs: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const v: Vector = new Map();
    for (const [t, c] of d) v.set(t, (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
}

function cosine(a: Vector | undefined, b: Vector | undefined): number {
  if (!a || !b) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const wb = b.get(t);
    if (wb !== undefined) dot += w * wb;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
