import type { Article } from "../core/model.ts";

/** A first sentence longer than this is cut there, and ends with "…". */
export const LEAD_CHARS = 400;

/** An article's first sentence, as a story page quotes it under the source's heading. */
export function lead(a: Pick<Article, "text" | "sentences">): string {
  const first = a.sentences[0];
  const sentence = first ? a.text.slice(first.start, first.end) : a.text;
  return sentence.length <= LEAD_CHARS ? sentence : `${sentence.slice(0, LEAD_CHARS).trimEnd()}…`;
}
