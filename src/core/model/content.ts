/**
 * What emit writes to content/, one schema per Astro collection (src/content.config.ts checks
 * every file against these same schemas, so emit and the pages share one definition).
 */
import { z } from "zod";
import { ArticleSchema, StorySchema } from "./article.ts";
import { ClaimSchema } from "./claims.ts";
import { EntitySchema, QuoteSchema } from "./entities.ts";
import {
  DateMentionSchema,
  FigureMentionSchema,
  NameMentionSchema,
  QuoteMentionSchema,
} from "./mentions.ts";
import { TimelineEventSchema } from "./timeline.ts";

/** A source as the story's pages name it: "Source A", or its outlet. */
export const SourceRefSchema = z.object({ id: z.string(), label: z.string() });
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** content/sources/<id>.json: the article, its story, and everything extracted from it. */
export const SourceEntrySchema = ArticleSchema.extend({
  story: z.string().optional(),
  names: z.array(NameMentionSchema),
  dates: z.array(DateMentionSchema),
  figures: z.array(FigureMentionSchema),
  quotes: z.array(QuoteMentionSchema),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** A mention on an entity's page: its sentence, cut around it, and where it is. */
export const MentionContextSchema = z.object({
  source: z.string(),
  sourceTitle: z.string(),
  outlet: z.string().nullable(),
  sentence: z.number().int(),
  before: z.string(),
  text: z.string(),
  after: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type MentionContext = z.infer<typeof MentionContextSchema>;

/** content/entities/<id>.json: the entity, each mention in context, its quotes and stories. */
export const EntityEntrySchema = EntitySchema.extend({
  mentions: z.array(MentionContextSchema),
  quotes: z.array(QuoteSchema),
  stories: z.array(z.string()),
  coMentioned: z.array(z.object({ id: z.string(), count: z.number().int() })),
});
export type EntityEntry = z.infer<typeof EntityEntrySchema>;

/** content/stories/<slug>.json: a story, its title and its sources in order. */
export const StoryEntrySchema = StorySchema;
export type StoryEntry = z.infer<typeof StoryEntrySchema>;

/** content/claims/<story>.json: a story's claims and its sources' labels. */
export const ClaimsEntrySchema = z.object({
  story: z.string(),
  sources: z.array(SourceRefSchema),
  claims: z.array(ClaimSchema),
});
export type ClaimsEntry = z.infer<typeof ClaimsEntrySchema>;

/** content/timelines/<story>.json: a story's dated events and its sources' labels. */
export const TimelineEntrySchema = z.object({
  story: z.string(),
  title: z.string(),
  sources: z.array(SourceRefSchema),
  events: z.array(TimelineEventSchema),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/**
 * content/summaries/<story>.mdx: a story's finding as generated prose (MDX whose every piece of
 * seed text is escaped, src/pipeline/emit/mdx.ts); its front matter names the story and gives
 * the same prose as plain text, for the page's description and link previews.
 */
export const SummaryFrontSchema = z.object({ story: z.string(), description: z.string() });
export type SummaryFront = z.infer<typeof SummaryFrontSchema>;
