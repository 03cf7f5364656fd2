/** Comparison: what the sources say about the same thing, side by side. */
import { z } from "zod";
import { DateValueSchema } from "./dates.ts";

export const ClaimKindSchema = z.enum(["figure", "quote", "place", "date", "statement"]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/**
 * agree: the sources say the same; differ: they say incompatible things; compatible: both can be
 * true at different precision ("Italy" and "Rome"); single-source: only one source says it.
 */
export const ClaimStatusSchema = z.enum(["agree", "differ", "compatible", "single-source"]);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** What one source says for a claim, pointing at the exact words. */
export const ClaimValueSchema = z.object({
  source: z.string(),
  /** The value as a reader should see it: "about 4,700", "Lyon", "14 March 2024", the quote. */
  value: z.string(),
  /** The exact text of the mention in the source, and where it is. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.number().int(),
  /** Figures: the number (low end), the high end of a range, what is counted, the qualifier. */
  number: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  qualifier: z.string().nullable().optional(),
  rate: z.string().optional(),
  /** Places and quote speakers: the entity. */
  entity: z.string().optional(),
  /** Dates: the resolved value. */
  date: DateValueSchema.optional(),
  /** A remark on this source's value: "quotes more" when its quote runs on past the others'. */
  note: z.string().optional(),
});
export type ClaimValue = z.infer<typeof ClaimValueSchema>;

/** A word of a quote version, marked against the other versions. */
export const DiffTokenSchema = z.object({
  text: z.string(),
  op: z.enum(["same", "changed"]),
});
export type DiffToken = z.infer<typeof DiffTokenSchema>;

/**
 * Why statements of several sources were taken as one: the act as each words it, who and where
 * they both name, the date they share, and the words they share. Shown to a reader who asks.
 */
export const ClaimWhySchema = z.object({
  what: z.array(z.string()),
  who: z.array(z.string()),
  where: z.array(z.string()),
  when: z.string().nullable(),
  words: z.array(z.string()),
});
export type ClaimWhy = z.infer<typeof ClaimWhySchema>;

/** What a reader sees on a claim or event the editors checked, and what the machine had said. */
export const EditorMarkSchema = z.object({
  /** The editors' note, or null. */
  note: z.string().nullable(),
  /** The status the machine gave, when the editors set another. */
  machineStatus: ClaimStatusSchema.optional(),
});
export type EditorMark = z.infer<typeof EditorMarkSchema>;

export const ClaimSchema = z.object({
  /** Stable within a build of the same seeds: "<story>-<kind>-<n>". */
  id: z.string(),
  /**
   * Stable across rebuilds and edits elsewhere in the articles: "<kind>-<hash>" of what each
   * source says (see pipeline/corrections/keys.ts). What corrections.yml names a claim by.
   */
  key: z.string().optional(),
  story: z.string(),
  kind: ClaimKindSchema,
  /** What the claim is about, in a few words: "troops sent", "where Jane Example spoke". */
  topic: z.string(),
  status: ClaimStatusSchema,
  /** One value per source that makes the claim (one for single-source), in source order. */
  values: z.array(ClaimValueSchema),
  /** A short, plain-language sentence generated from the data. */
  explanation: z.string(),
  /** Quotes: each version's words, marked where it differs from the others. */
  diff: z.array(z.object({ source: z.string(), tokens: z.array(DiffTokenSchema) })).optional(),
  /** Aligned statements: why they were taken as one. */
  why: ClaimWhySchema.optional(),
  /**
   * How sure the aligner was that the values are one fact, 0 to 1: the score of the weakest
   * pair it joined (absent for single-source claims, where nothing was aligned).
   */
  score: z.number().optional(),
  /** Set when the editors checked this claim (corrections.yml). */
  correction: EditorMarkSchema.optional(),
  /** True when the site marks claims no editor checked (`publish: marked`) and this is one. */
  unreviewed: z.literal(true).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;
