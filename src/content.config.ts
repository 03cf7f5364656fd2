import { defineCollection } from "astro:content";
import { contentDir } from "virtual:triangulate/content-dir";
import { glob } from "astro/loaders";
import {
  ClaimsEntrySchema,
  EntityEntrySchema,
  SourceEntrySchema,
  StoryEntrySchema,
  TimelineEntrySchema,
} from "./core/model.ts";

// The pipeline writes to contentDir, resolved once by src/integration.ts (its `content` option or
// TRIANGULATE_CONTENT); pages only read it through these collections. Each collection is checked
// against the schema its files were written from (src/core/model/): one definition for the
// pipeline's types and the pages' data. (astro/zod re-exports the same zod package, so these
// schemas are Astro's own kind.)
const json = (folder: string) =>
  glob({ pattern: "*.json", base: new URL(`${folder}/`, contentDir) });

const sources = defineCollection({ loader: json("sources"), schema: SourceEntrySchema });
const entities = defineCollection({ loader: json("entities"), schema: EntityEntrySchema });
const stories = defineCollection({
  loader: glob({ pattern: "*.mdx", base: new URL("stories/", contentDir) }),
  schema: StoryEntrySchema,
});
const claims = defineCollection({ loader: json("claims"), schema: ClaimsEntrySchema });
const timelines = defineCollection({ loader: json("timelines"), schema: TimelineEntrySchema });

export const collections = { sources, stories, entities, claims, timelines };
