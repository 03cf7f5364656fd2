/** Resolved entities and attributed quotes: what resolve merges across every source. */
import { z } from "zod";
import { SpanSchema } from "./article.ts";
import { EntityTypeSchema, GeoPointSchema, PlaceKindSchema } from "./mentions.ts";

export const RoleInSourceSchema = z.object({ source: z.string(), role: z.string() });
export type RoleInSource = z.infer<typeof RoleInSourceSchema>;

/** A person, place or organization, merged across every mention in every source. */
export const EntitySchema = z.object({
  /** Stable, URL-safe: "person-lloyd-j-example", "place-rome-it", "organization-nato". */
  id: z.string(),
  type: EntityTypeSchema,
  /** The fullest form met ("Jane Q. Example III"); for places, the gazetteer's name. */
  name: z.string(),
  /** Every other spelling met, sorted. */
  aliases: z.array(z.string()),
  /** Roles as each source words them. */
  roles: z.array(RoleInSourceSchema),
  placeKind: PlaceKindSchema.optional(),
  geo: GeoPointSchema.optional(),
  mentions: z.array(SpanSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A quote as published in quotes.json. */
export const QuoteSchema = z.object({
  /** Stable across rebuilds and edits elsewhere: "quote-<hash>" of its source and words. */
  key: z.string().optional(),
  /** Speaker entity id, or null when no speaker could be attributed. */
  speaker: z.string().nullable(),
  text: z.string(),
  source: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  partial: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;
