import type { Article } from "../../src/core/model.ts";
import { splitParagraphs, splitSentences } from "../../src/pipeline/ingest/segment.ts";

/**
 * An Article made straight from body text, for extractor tests that should not depend on
 * headline detection or boilerplate rules: paragraphs and sentences as ingest splits them.
 */
export function articleFrom(text: string, fields: Partial<Article> = {}): Article {
  const paragraphs = splitParagraphs(text);
  return {
    id: "test",
    file: "test.txt",
    format: "txt",
    title: "Test",
    titleGenerated: false,
    outlet: null,
    url: null,
    byline: null,
    published: null,
    publishedInferred: null,
    language: "en",
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    words: text.split(/\s+/).filter(Boolean).length,
    ...fields,
  };
}
