/**
 * Extraction. Every mention is a range of its article's `text` plus what was understood of it.
 * `start`/`end` are UTF-16 offsets into Article.text; `sentence` indexes Article.sentences.
 */
import { z } from "zod";
import { RangeSchema } from "./article.ts";
import { DateExpressionSchema, DateValueSchema } from "./dates.ts";

export const MentionTypeSchema = z.enum([
  "person",
  "place",
  "organization",
  "date",
  "figure",
  "quote",
]);
export type MentionType = z.infer<typeof MentionTypeSchema>;

const MentionBaseSchema = RangeSchema.extend({
  /** Exactly `article.text.slice(start, end)`. */
  text: z.string(),
  sentence: z.number().int(),
  /** Resolved entity id (people, places, organizations; a quote's speaker is in `speaker`). */
  entity: z.string().optional(),
});

export const PlaceKindSchema = z.enum(["country", "city", "region", "continent"]);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const GeoPointSchema = z.object({
  lat: z.number(),
  lon: z.number(),
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). Absent for continents. */
  country: z.string().optional(),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** People, places and organizations: the entities resolve merges. */
export const EntityTypeSchema = z.enum(["person", "place", "organization"]);

/** A person, place or organization named in the text. */
export const NameMentionSchema = MentionBaseSchema.extend({
  type: EntityTypeSchema,
  /** The name itself: titles removed, possessive stripped ("Park Min-jun", "Center for ..."). */
  name: z.string(),
  /** A person's role as this source words it ("U.S. Secretary of Defense"). */
  role: z.string().optional(),
  /** Places: what kind, and where (from the gazetteer). */
  placeKind: PlaceKindSchema.optional(),
  geo: GeoPointSchema.optional(),
  /** Places: gazetteer id, so the same place spelled two ways resolves to one entity. */
  placeId: z.string().optional(),
  /** True when the mention is a demonym standing for its country ("the Russian government"). */
  demonym: z.boolean().optional(),
});
export type NameMention = z.infer<typeof NameMentionSchema>;

export const DateMentionSchema = MentionBaseSchema.extend({
  type: z.literal("date"),
  expression: DateExpressionSchema,
  /** Null when the expression cannot be placed on the calendar (no anchor could be found). */
  value: DateValueSchema.nullable(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const FigureKindSchema = z.enum(["count", "money", "percent"]);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FigureMentionSchema = MentionBaseSchema.extend({
  type: z.literal("figure"),
  kind: FigureKindSchema,
  /** The number (the low end of a range). 4,700 -> 4700; "1.2 million" -> 1200000. */
  value: z.number(),
  /** High end of a range: "400 to 450" -> 450. */
  max: z.number().optional(),
  /** Normalized qualifier: "about", "over", "under", "at least", "at most", "up to", "nearly", … */
  qualifier: z.string().nullable(),
  /** What is counted, as written: "troops", "North Korean soldiers", "containers of artillery shells". */
  unit: z.string(),
  /** The head noun, singular and lowercase, for matching across sources: "troop", "soldier". */
  noun: z.string(),
  /** A rate, when given: "each month", "per day", "a year". */
  rate: z.string().optional(),
  /** ISO 4217 code for money: "USD", "EUR". */
  currency: z.string().optional(),
});
export type FigureMention = z.infer<typeof FigureMentionSchema>;

export const QuoteMentionSchema = MentionBaseSchema.extend({
  type: z.literal("quote"),
  /** The quoted words, without the quotation marks. */
  quote: z.string(),
  /** The speaker's entity id, filled in by resolve. */
  speaker: z.string().nullable(),
  /** The person mention the speaker was attributed from (offsets into the article text). */
  speakerMention: RangeSchema.nullable(),
  /** How the speaker was found. */
  attribution: z.enum(["after", "before", "pronoun", "colon"]).nullable(),
  /** A few quoted words inside a sentence rather than a full quotation. */
  partial: z.boolean(),
});
export type QuoteMention = z.infer<typeof QuoteMentionSchema>;

export const MentionSchema = z.union([
  NameMentionSchema,
  DateMentionSchema,
  FigureMentionSchema,
  QuoteMentionSchema,
]);
export type Mention = z.infer<typeof MentionSchema>;

/** Everything extraction found in one source. */
export const ArticleFactsSchema = z.object({
  source: z.string(),
  names: z.array(NameMentionSchema),
  dates: z.array(DateMentionSchema),
  figures: z.array(FigureMentionSchema),
  quotes: z.array(QuoteMentionSchema),
});
export type ArticleFacts = z.infer<typeof ArticleFactsSchema>;
