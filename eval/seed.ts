/**
 * An ECB+ article as a Triangulate seed: a Markdown file whose front matter gives the URL and
 * outlet (from sentence 0 when it is a link), then one short paragraph per sentence, the first
 * sentence on the first line, where ingest takes it as the headline when it reads like one.
 */
import { type Detokenized, detokenize, type Range } from "./detokenize.ts";
import type { GoldArticle } from "./ecbplus.ts";

export interface Seed {
  /** The seed's file name: the ECB+ file's, as Markdown ("1_10ecbplus.md"). */
  path: string;
  contents: string;
  url: string | null;
  outlet: string | null;
  /** Each written sentence by its ECB+ number (the URL sentence is not written). */
  sentences: Map<number, string>;
  /** Each token's place in its sentence's string; null for the URL sentence and blank tokens. */
  tokens: (Range | null)[];
}

/** The seed file of an ECB+ article. */
export function seedPath(id: string): string {
  return `${id}.md`;
}

/** The link that sentence 0 holds, tokens joined, or null when it is not one. */
export function sentenceUrl(tokens: readonly string[]): string | null {
  const joined = tokens.join("");
  if (!/^(?:https?:\/\/|www\.)[^\s/]+\.[^\s]*$/i.test(joined)) return null;
  const url = /^www\./i.test(joined) ? `http://${joined}` : joined;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

export function seed(article: GoldArticle): Seed {
  const words: string[][] = [];
  for (const t of article.tokens) {
    const sentence = words[t.sentence] ?? [];
    sentence.push(t.text);
    words[t.sentence] = sentence;
  }
  const url = sentenceUrl(words[0] ?? []);
  const outlet = url ? new URL(url).hostname.replace(/^www\./, "") : null;
  const written = url ? [[], ...words.slice(1)] : words;
  const detok: Detokenized = detokenize(
    Array.from(written, (w) => w ?? []),
    article.event.endsWith("ecbplus"),
  );
  const sentences = new Map<number, string>();
  detok.sentences.forEach((s, i) => {
    if (s.trim() !== "") sentences.set(i, s);
  });
  const position = new Map<number, number>();
  const tokens = article.tokens.map((t) => {
    const k = position.get(t.sentence) ?? 0;
    position.set(t.sentence, k + 1);
    const span = detok.spans[t.sentence]?.[k];
    return span && span.end > span.start ? span : null;
  });
  const front = [
    "---",
    ...(url ? [`url: ${JSON.stringify(url)}`] : []),
    ...(outlet ? [`outlet: ${JSON.stringify(outlet)}`] : []),
    "---",
  ];
  const body = [...sentences.values()].map(markdownEscape);
  return {
    path: seedPath(article.id),
    contents: `${url ? `${front.join("\n")}\n` : ""}${body.join("\n\n")}\n`,
    url,
    outlet,
    sentences,
    tokens,
  };
}

/**
 * Text that Markdown reads back as itself: inline markup characters escaped, and a line start
 * that would open a heading, list, quote or rule escaped.
 */
export function markdownEscape(line: string): string {
  return line
    .replace(/[\\`*_[\]<>&~|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+=-]|\d+[.)])/, (_, space: string, mark: string) =>
      mark.length === 1 ? `${space}\\${mark}` : `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`,
    );
}
