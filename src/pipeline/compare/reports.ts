import { articleFrames, bySentence, tokensOf } from "../../core/event/article-frames.ts";
import { contentWords, type Frame, type Word } from "../../core/event/frame.ts";
import type { DateValue } from "../../core/model.ts";
import type { TaggedToken } from "../../core/text/tagger.ts";
import type { Source } from "./source.ts";

/**
 * One sentence of one source as comparison reads it: its frames (what each clause says
 * happened, to whom, where and when) and the content words of the whole sentence, so a
 * sentence the clause reader finds no predicate in ("Experts view it as a turning point")
 * can still be matched on its words.
 */
export interface Report {
  from: Source;
  sentence: number;
  frames: readonly Frame[];
  words: readonly Word[];
  tokens: readonly TaggedToken[];
  /** The resolved dates the sentence gives, in any clause. */
  when: readonly DateValue[];
  /** The words it quotes in full (not phrases set in quotation marks): see twoRemarks. */
  quotes: readonly string[];
}

/** Every sentence of every source as a report, source by source, in text order. */
export function storyReports(sources: readonly Source[]): Report[][] {
  return sources.map((from) => {
    const { article, facts } = from;
    const frames = bySentence(articleFrames(article, facts));
    const names = bySentence(facts.names);
    const dates = bySentence(facts.dates);
    const quotes = bySentence(facts.quotes.filter((q) => !q.partial));
    const tokens = tokensOf(article.text);
    return article.sentences.map((range, sentence) => {
      const own = tokens.filter((t) => t.start >= range.start && t.end <= range.end);
      return {
        from,
        sentence,
        frames: frames.get(sentence) ?? [],
        words: contentWords(own, range, names.get(sentence) ?? []),
        tokens: own,
        when: (dates.get(sentence) ?? []).flatMap((d) => (d.value ? [d.value] : [])),
        quotes: (quotes.get(sentence) ?? []).map((q) => q.quote),
      };
    });
  });
}
