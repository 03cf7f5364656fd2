import type { Article, ArticleFacts } from "../model.ts";
import { type TaggedToken, tagText } from "../text/tagger.ts";
import { clausesOf } from "./clause.ts";
import { type Frame, frameOf } from "./frame.ts";

const tagged = new Map<string, TaggedToken[]>();

/** The tagged tokens of an article's text, tagged once per process whichever stage asks. */
export function tokensOf(text: string): TaggedToken[] {
  let tokens = tagged.get(text);
  if (!tokens) {
    tokens = tagText(text);
    tagged.set(text, tokens);
  }
  return tokens;
}

/**
 * Every clause of an article's body as a frame, sentence by sentence, with the names, dates
 * and figures extraction found in it. The headline, when the text holds one, is left out: it
 * summarizes the body rather than reporting anything of its own.
 */
export function articleFrames(article: Article, facts: ArticleFacts): Frame[] {
  const names = bySentence(facts.names);
  const dates = bySentence(facts.dates);
  const figures = bySentence(facts.figures);
  const frames: Frame[] = [];
  sentenceTokens(article).forEach((own, index) => {
    for (const clause of clausesOf(own)) {
      frames.push(
        frameOf({
          source: article.id,
          sentence: index,
          clause,
          tokens: own,
          names: names.get(index) ?? [],
          dates: dates.get(index) ?? [],
          figures: figures.get(index) ?? [],
        }),
      );
    }
  });
  return frames;
}

/** The tagged tokens of each of the article's sentences, in sentence order. */
export function sentenceTokens(article: Article): TaggedToken[][] {
  const tokens = tokensOf(article.text);
  let t = 0;
  return article.sentences.map((sentence) => {
    while (t < tokens.length && (tokens[t] as TaggedToken).start < sentence.start) t++;
    const from = t;
    while (t < tokens.length && (tokens[t] as TaggedToken).end <= sentence.end) t++;
    return tokens.slice(from, t);
  });
}

/** Mentions grouped by the sentence they are in, so each sentence's are found at once. */
export function bySentence<T extends { sentence: number }>(
  mentions: readonly T[],
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}
