import { defineCollection } from "astro:content";
import { contentDir } from "virtual:triangulate/content-dir";
import { glob } from "astro/loaders";
import { summaryLoader } from "./build/summary-loader.ts";
import { JSON_COLLECTIONS, SummaryFrontSchema } from "./core/model.ts";

// The pipeline writes to contentDir, resolved once by src/integration.ts (its `content` option or
// TRIANGULATE_CONTENT); pages only read it through these collections. Each collection is checked
// against the schema its files were written from (src/core/model/): one definition for the
// pipeline's types and the pages' data. (astro/zod re-exports the same zod package, so these
// schemas are Astro's own kind.)
const json = (folder: keyof typeof JSON_COLLECTIONS) =>
  glob({ pattern: "*.json", base: new URL(`${folder}/`, contentDir) });

const { stories, claims, timelines } = JSON_COLLECTIONS;

export const collections = {
  stories: defineCollection({ loader: json("stories"), schema: stories }),
  claims: defineCollection({ loader: json("claims"), schema: claims }),
  timelines: defineCollection({ loader: json("timelines"), schema: timelines }),
  // Sources, entities and charts are read from their files (content/sources/, entities/,
  // charts/), not collected here: src/lib/site-maps.ts says why.
  // Generated prose (each story's summary), the one kind of content that is MDX, rendered once
  // when synced rather than compiled as a module of the build (summary-loader.ts says why).
  summaries: defineCollection({
    loader: summaryLoader(new URL("summaries/", contentDir)),
    schema: SummaryFrontSchema,
  }),
};
