/**
 * The editors' corrections (`corrections.yml` in the seeds folder): what a person decided about
 * the machine's output. One schema per kind of correction; `CorrectionSchema` is their union,
 * and the reader checks each entry against the kind its target key names, so a bad entry is a
 * warning that names its field and line. Targets are stable keys (see DESIGN.md, "Stable keys").
 */
import { z } from "zod";
import { isValidMonthDay } from "../calendar.ts";
import { ClaimStatusSchema } from "./claims.ts";
import { EntityTypeSchema } from "./mentions.ts";

const text = z.string().trim().min(1, "must not be empty");
/** An entity id, a claim, quote or event key, a story slug or an article id. */
const target = z.string().trim().min(1, "must name what it corrects");

const day = z.string().refine((v) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m !== null && isValidMonthDay(Number(m[2]), Number(m[3]), Number(m[1]));
}, "must be a date written YYYY-MM-DD");

/** These people, places or organizations are one: the first id is kept, the others join it. */
export const MergeCorrectionSchema = z.strictObject({
  merge: z.array(target).min(2, "must list at least two entity ids"),
  name: text.optional(),
});

/** The mentions written with these spellings are not this entity but one of their own. */
export const SplitCorrectionSchema = z.strictObject({
  split: target,
  names: z.array(text).min(1, "must list the spellings that are someone else"),
});

/** An entity's type or canonical name. */
export const EntityCorrectionSchema = z
  .strictObject({ entity: target, type: EntityTypeSchema.optional(), name: text.optional() })
  .refine((c) => c.type !== undefined || c.name !== undefined, "must set type or name");

/** Who said a quote (an entity id), or null: nobody the article names. */
export const QuoteCorrectionSchema = z.strictObject({
  quote: target,
  speaker: target.nullable(),
});

/**
 * A claim checked by the editors: suppressed, its status set, or confirmed as it is
 * (`reviewed: true`), with an optional note shown to readers.
 */
export const ClaimCorrectionSchema = z
  .strictObject({
    claim: target,
    suppress: z.literal(true).optional(),
    status: ClaimStatusSchema.optional(),
    reviewed: z.literal(true).optional(),
    note: text.optional(),
  })
  .refine(
    (c) => [c.suppress, c.status, c.reviewed, c.note].some((x) => x !== undefined),
    "must suppress it, set its status, mark it reviewed or give a note",
  );

/** A timeline event suppressed, or given an editor's note. */
export const EventCorrectionSchema = z
  .strictObject({ event: target, suppress: z.literal(true).optional(), note: text.optional() })
  .refine(
    (c) => c.suppress !== undefined || c.note !== undefined,
    "must suppress it or give a note",
  );

/** A story's title; the story is named by its slug or by the id of one of its articles. */
export const StoryCorrectionSchema = z.strictObject({ story: target, title: text });

/**
 * An article's outlet and published date, or its story: `story` names the story it moves to
 * (a slug, or the id of an article in it), or `new` for a story of its own.
 */
export const ArticleCorrectionSchema = z
  .strictObject({
    article: target,
    story: target.optional(),
    outlet: text.optional(),
    published: day.optional(),
  })
  .refine(
    (c) => [c.story, c.outlet, c.published].some((x) => x !== undefined),
    "must set story, outlet or published",
  );

/** Each kind by the key that names its target; the reader picks the schema by that key. */
export const CORRECTION_KINDS = {
  article: ArticleCorrectionSchema,
  merge: MergeCorrectionSchema,
  split: SplitCorrectionSchema,
  entity: EntityCorrectionSchema,
  quote: QuoteCorrectionSchema,
  claim: ClaimCorrectionSchema,
  event: EventCorrectionSchema,
  story: StoryCorrectionSchema,
} as const;
export type CorrectionKind = keyof typeof CORRECTION_KINDS;
export type CorrectionOf<K extends CorrectionKind> = z.infer<(typeof CORRECTION_KINDS)[K]>;

export const CorrectionSchema = z.union([
  ArticleCorrectionSchema,
  MergeCorrectionSchema,
  SplitCorrectionSchema,
  EntityCorrectionSchema,
  QuoteCorrectionSchema,
  ClaimCorrectionSchema,
  EventCorrectionSchema,
  StoryCorrectionSchema,
]);
export type Correction = z.infer<typeof CorrectionSchema>;

/**
 * all: every claim, the edited ones marked; marked: every claim, and those no editor checked
 * marked as such; reviewed: only the claims an editor checked.
 */
export const PublishModeSchema = z.enum(["all", "marked", "reviewed"]);
export type PublishMode = z.infer<typeof PublishModeSchema>;

/** The file: a publish mode and a list of corrections, in the order they apply. */
export const CorrectionsFileSchema = z.strictObject({
  publish: PublishModeSchema.default("all"),
  corrections: z.array(CorrectionSchema).default([]),
});
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;
