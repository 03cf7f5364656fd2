/**
 * The pipeline's data model. Every stage takes and returns these plain, JSON-serializable
 * shapes, so each stage can be tested alone and its output written as-is to content/.
 */

/** A [start, end) range of UTF-16 code units in an article's `text`. */
export interface Range {
  start: number;
  end: number;
}

/** A range in a named source article: how every fact points back to its sentence. */
export interface Span extends Range {
  source: string;
}

export interface Sentence extends Range {
  /** Index into `Article.paragraphs`. */
  paragraph: number;
}

export type SeedFormat = "txt" | "md" | "html";

export interface InferredDate {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Plain-language reason, shown to readers on the source page. */
  reason: string;
}

export interface Article {
  /** Seed file name without its extension, made URL-safe when it is not already. */
  id: string;
  /** Seed file name as found, relative to the seeds folder. */
  file: string;
  format: SeedFormat;
  title: string;
  /** True when the seed had no usable headline and `title` was written from the lead. */
  titleGenerated: boolean;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) as given by the seed's metadata, or null. */
  published: string | null;
  publishedInferred: InferredDate | null;
  language: string;
  /** The cleaned article body; every offset in the pipeline points into this string. */
  text: string;
  paragraphs: Range[];
  sentences: Sentence[];
  words: number;
}

export type DiagnosticLevel = "warning" | "error";

/** What happened to a seed file that was not ingested as-is. */
export type DiagnosticOutcome = "skipped" | "cleaned" | "fallback";

export interface Diagnostic {
  level: DiagnosticLevel;
  file: string;
  line?: number;
  message: string;
  outcome: DiagnosticOutcome;
}

export interface Story {
  slug: string;
  title: string;
  /** Article ids, in a stable order. */
  sources: string[];
}

/** A seed file as read from disk: the only thing ingest needs from the file system. */
export interface SeedFile {
  /** Path relative to the seeds folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}
