/**
 * Articles as ingest reads them, and what the build reports about its seeds. Schemas first: each
 * type is the schema's `z.infer`, so the pipeline's types and the content collections' checks
 * cannot drift apart.
 */
import { z } from "zod";

const offset = z.number().int();

/** A [start, end) range of UTF-16 code units in an article's `text`. */
export const RangeSchema = z.object({ start: offset, end: offset });
export type Range = z.infer<typeof RangeSchema>;

/** A range in a named source article: how every fact points back to its sentence. */
export const SpanSchema = RangeSchema.extend({ source: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const SentenceSchema = RangeSchema.extend({
  /** Index into `Article.paragraphs`. */
  paragraph: z.number().int(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const SeedFormatSchema = z.enum(["txt", "md", "html"]);
export type SeedFormat = z.infer<typeof SeedFormatSchema>;

export const InferredDateSchema = z.object({
  /** ISO date, YYYY-MM-DD. */
  date: z.string(),
  /** Plain-language reason, shown to readers on the source page. */
  reason: z.string(),
});
export type InferredDate = z.infer<typeof InferredDateSchema>;

export const ArticleSchema = z.object({
  /** Seed file name without its extension, made URL-safe when it is not already. */
  id: z.string(),
  /** Seed file name as found, relative to the seeds folder. */
  file: z.string(),
  format: SeedFormatSchema,
  title: z.string().min(1),
  /** True when the seed had no usable headline and `title` was written from the lead. */
  titleGenerated: z.boolean(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) as given by the seed's metadata, or null. */
  published: z.string().nullable(),
  publishedInferred: InferredDateSchema.nullable(),
  language: z.string(),
  /** The cleaned article body; every offset in the pipeline points into this string. */
  text: z.string(),
  paragraphs: z.array(RangeSchema),
  sentences: z.array(SentenceSchema),
  words: z.number().int(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const DiagnosticLevelSchema = z.enum(["warning", "error"]);
export type DiagnosticLevel = z.infer<typeof DiagnosticLevelSchema>;

/** What was done: the input skipped, cleaned, or read with a fallback. */
export const DiagnosticOutcomeSchema = z.enum(["skipped", "cleaned", "fallback"]);
export type DiagnosticOutcome = z.infer<typeof DiagnosticOutcomeSchema>;

/** A problem the build worked round, about a seed file, a story or a chart: never fatal. */
export const DiagnosticSchema = z.object({
  level: DiagnosticLevelSchema,
  /** The seed file, relative to the seeds folder, cleaned for display. */
  file: z.string().optional(),
  line: z.number().int().optional(),
  /** The story's slug, for a problem with one story. */
  story: z.string().optional(),
  /** The chart's id, for a problem with one chart. */
  chart: z.string().optional(),
  message: z.string(),
  outcome: DiagnosticOutcomeSchema,
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const StorySchema = z.object({
  slug: z.string(),
  title: z.string().min(1),
  /** Article ids, in a stable order. */
  sources: z.array(z.string()),
});
export type Story = z.infer<typeof StorySchema>;

/** A seed file as read from disk: the only thing ingest needs from the file system. */
export const SeedFileSchema = z.object({
  /** Path relative to the seeds folder, with forward slashes. */
  path: z.string(),
  // Any Uint8Array: Node's Buffer and a test's TextEncoder output both qualify.
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
});
export type SeedFile = z.infer<typeof SeedFileSchema>;
