/** The timeline: dated events, one per happening across sources. */
import { z } from "zod";
import { EditorMarkSchema } from "./claims.ts";
import { DatePrecisionSchema, DateValueSchema } from "./dates.ts";

/** One source's report of a timeline event: its date for the event and the sentence it is in. */
export const TimelineReportSchema = z.object({
  source: z.string(),
  /** The date words as written ("last Tuesday", "March 14") and where they are. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.number().int(),
  /** The sentence itself, so the event can be read without opening the source. */
  quote: z.string(),
  /** This source's reading of the date. */
  date: DateValueSchema,
});
export type TimelineReport = z.infer<typeof TimelineReportSchema>;

/** The event's date across its reports: one reading, or the range that spans conflicting ones. */
export const TimelineDateSchema = z.object({
  /** First day, YYYY-MM-DD. */
  start: z.string(),
  /** Last day (inclusive), YYYY-MM-DD. */
  end: z.string(),
  precision: DatePrecisionSchema,
  /** True when every report's date was deduced rather than stated in full. */
  inferred: z.boolean(),
  /** Why, when inferred: the reasons of the reports, distinct, in report order. */
  reasons: z.array(z.string()),
  /** "since …": no stated end. */
  open: z.boolean(),
  /** True when the sources give different dates; start/end then span all of them. */
  conflict: z.boolean(),
});
export type TimelineDate = z.infer<typeof TimelineDateSchema>;

export const TimelineEventSchema = z.object({
  /** Stable within a build of the same seeds: "<story>-event-<n>", in date order. */
  id: z.string(),
  /** Stable across rebuilds and edits elsewhere: "event-<hash>" of its reports' sentences. */
  key: z.string().optional(),
  story: z.string(),
  /** A short title taken from the reporting sentence's own words. */
  title: z.string(),
  date: TimelineDateSchema,
  /** One report per source, in source order. */
  reports: z.array(TimelineReportSchema),
  /**
   * The source(s) that published first, by published (or inferred publication) date; several
   * when they published the same day, empty when no report has a date of publication.
   */
  firstReported: z.array(z.string()),
  /** Set when the editors gave this event a note (corrections.yml). */
  correction: EditorMarkSchema.optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
