/** Dates: what a date expression says, and where it lands on the calendar. */
import { z } from "zod";

export const DatePrecisionSchema = z.enum(["day", "week", "month", "year", "range"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** "early 2024", "mid-October", "late 2023": kept for display; the value spans the whole unit. */
export const DatePartSchema = z.enum(["early", "mid", "late"]);
export type DatePart = z.infer<typeof DatePartSchema>;

const modifier = z.enum(["last", "next", "this"]);
const unit = z.enum(["day", "week", "month", "year"]);

/**
 * Fully or partly given with a year: "March 14, 2024", "August 2021", "2024". `weekday` when
 * the text also names the day ("Thursday, March 14, 2024").
 */
const absolute = z.object({
  kind: z.literal("absolute"),
  year: z.number().int(),
  month: z.number().int().optional(),
  day: z.number().int().optional(),
  weekday: z.number().int().optional(),
  part: DatePartSchema.optional(),
});

/**
 * A month and day without a year: "March 14", "Thursday, March 14" (weekday 4),
 * "last March" (modifier "last").
 */
const partial = z.object({
  kind: z.literal("partial"),
  month: z.number().int(),
  day: z.number().int().optional(),
  weekday: z.number().int().optional(),
  part: DatePartSchema.optional(),
  modifier: modifier.optional(),
});

/** A day of the week, 0 = Sunday: "Wednesday", "last Friday". */
const weekday = z.object({
  kind: z.literal("weekday"),
  weekday: z.number().int(),
  modifier: modifier.optional(),
});

/**
 * Relative to the anchor: "yesterday" (day, -1), "last week" (week, -1), "the past two weeks"
 * (week, -2, span 2: a range ending at the anchor), "next month" (month, +1). `side` cuts the
 * unit at the anchor: "earlier this month" (month, 0, before), "later this year" (after).
 */
const relative = z.object({
  kind: z.literal("relative"),
  unit,
  offset: z.number().int(),
  span: z.number().int().optional(),
  side: z.enum(["before", "after"]).optional(),
});

/** Relative to the previous date in the text: "the same day" (0), "three days later" (3). */
const previous = z.object({ kind: z.literal("previous"), unit, offset: z.number().int() });

/** Open range: "since August 2023". */
const since = z.object({
  kind: z.literal("since"),
  get from() {
    return DateExpressionSchema;
  },
});

/** Closed range: "from March to May 2024", "between 2019 and 2021". */
const range = z.object({
  kind: z.literal("range"),
  get from() {
    return DateExpressionSchema;
  },
  get to() {
    return DateExpressionSchema;
  },
});

/** What a date expression says, before it is anchored to a calendar. */
export const DateExpressionSchema = z.discriminatedUnion("kind", [
  absolute,
  partial,
  weekday,
  relative,
  previous,
  since,
  range,
]);
export type DateExpression = z.infer<typeof DateExpressionSchema>;

export const DateValueSchema = z.object({
  /** First day, YYYY-MM-DD. */
  start: z.string(),
  /** Last day (inclusive), YYYY-MM-DD. An open range ends at its anchor. */
  end: z.string(),
  precision: DatePrecisionSchema,
  /** True when any part was deduced (a missing year, a "last week" resolved against an anchor). */
  inferred: z.boolean(),
  /** Why, in plain language, when inferred. */
  reason: z.string().optional(),
  /** "since …": the range has no stated end. */
  open: z.boolean().optional(),
});
export type DateValue = z.infer<typeof DateValueSchema>;
