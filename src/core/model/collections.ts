/**
 * The folders of content/ that hold JSON, each with the schema of its files: what emit and the
 * chart step write, what src/content.config.ts gives the pages, and what src/build/ reads back.
 * (content/stories/ holds MDX pages; its front matter is StoryEntrySchema.)
 */
import { ChartEntrySchema } from "./charts.ts";
import {
  ClaimsEntrySchema,
  EntityEntrySchema,
  SourceEntrySchema,
  TimelineEntrySchema,
} from "./content.ts";

export const JSON_COLLECTIONS = {
  sources: SourceEntrySchema,
  entities: EntityEntrySchema,
  claims: ClaimsEntrySchema,
  timelines: TimelineEntrySchema,
  charts: ChartEntrySchema,
} as const;

export type JsonCollection = keyof typeof JSON_COLLECTIONS;
