/**
 * The folders of content/, each with the schema of its JSON files: what emit and the chart step
 * write, what src/content.config.ts gives the pages, and what src/build/ reads back.
 */
import { ChartEntrySchema } from "./charts.ts";
import {
  ClaimsEntrySchema,
  EntityEntrySchema,
  SourceEntrySchema,
  StoryEntrySchema,
  TimelineEntrySchema,
} from "./content.ts";

export const JSON_COLLECTIONS = {
  sources: SourceEntrySchema,
  stories: StoryEntrySchema,
  entities: EntityEntrySchema,
  claims: ClaimsEntrySchema,
  timelines: TimelineEntrySchema,
  charts: ChartEntrySchema,
} as const;

export type JsonCollection = keyof typeof JSON_COLLECTIONS;
