import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

// The pipeline writes here (see src/integration.ts); pages only read it through these collections.
const contentDir = process.env.TRIANGULATE_CONTENT ?? "content";

const range = z.object({ start: z.number().int(), end: z.number().int() });
const mention = z
  .object({
    type: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    sentence: z.number().int(),
    entity: z.string().optional(),
  })
  .loose();

const sources = defineCollection({
  loader: glob({ pattern: "*.json", base: `${contentDir}/sources` }),
  schema: z.object({
    id: z.string(),
    file: z.string(),
    format: z.enum(["txt", "md", "html"]),
    title: z.string().min(1),
    titleGenerated: z.boolean(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    byline: z.string().nullable(),
    published: z.string().nullable(),
    publishedInferred: z.object({ date: z.string(), reason: z.string() }).nullable(),
    language: z.string(),
    text: z.string(),
    paragraphs: z.array(range),
    sentences: z.array(range.extend({ paragraph: z.number().int() })),
    words: z.number().int(),
    story: z.string().optional(),
    // Extracted facts; their exact shapes are src/core/model.ts's, checked by its tests.
    names: z.array(mention),
    dates: z.array(mention),
    figures: z.array(mention),
    quotes: z.array(mention),
  }),
});

const context = z.object({
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

const entities = defineCollection({
  loader: glob({ pattern: "*.json", base: `${contentDir}/entities` }),
  schema: z.object({
    id: z.string(),
    type: z.enum(["person", "place", "organization"]),
    name: z.string(),
    aliases: z.array(z.string()),
    roles: z.array(z.object({ source: z.string(), role: z.string() })),
    placeKind: z.enum(["country", "city", "region", "continent"]).optional(),
    geo: z.object({ lat: z.number(), lon: z.number(), country: z.string().optional() }).optional(),
    mentions: z.array(context),
    quotes: z.array(
      z.object({
        speaker: z.string().nullable(),
        text: z.string(),
        source: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        partial: z.boolean(),
      }),
    ),
    stories: z.array(z.string()),
    coMentioned: z.array(z.object({ id: z.string(), count: z.number().int() })),
  }),
});

const stories = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${contentDir}/stories` }),
  schema: z.object({
    slug: z.string(),
    title: z.string().min(1),
    sources: z.array(z.string()),
  }),
});

const claimValue = z
  .object({
    source: z.string(),
    value: z.string(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sentence: z.number().int(),
  })
  .loose();

const claims = defineCollection({
  loader: glob({ pattern: "*.json", base: `${contentDir}/claims` }),
  schema: z.object({
    story: z.string(),
    sources: z.array(z.object({ id: z.string(), label: z.string() })),
    claims: z.array(
      z
        .object({
          id: z.string(),
          story: z.string(),
          kind: z.enum(["figure", "quote", "place", "date", "statement"]),
          topic: z.string(),
          status: z.enum(["agree", "differ", "compatible", "single-source"]),
          values: z.array(claimValue),
          explanation: z.string(),
          diff: z
            .array(
              z.object({
                source: z.string(),
                tokens: z.array(z.object({ text: z.string(), op: z.enum(["same", "changed"]) })),
              }),
            )
            .optional(),
        })
        .loose(),
    ),
  }),
});

const dateValue = z
  .object({
    start: z.string(),
    end: z.string(),
    precision: z.enum(["day", "week", "month", "year", "range"]),
    inferred: z.boolean(),
  })
  .loose();

const timelines = defineCollection({
  loader: glob({ pattern: "*.json", base: `${contentDir}/timelines` }),
  schema: z.object({
    story: z.string(),
    title: z.string(),
    sources: z.array(z.object({ id: z.string(), label: z.string() })),
    events: z.array(
      z.object({
        id: z.string(),
        story: z.string(),
        title: z.string(),
        date: dateValue.extend({
          reasons: z.array(z.string()),
          open: z.boolean(),
          conflict: z.boolean(),
        }),
        reports: z.array(
          z.object({
            source: z.string(),
            text: z.string(),
            start: z.number().int(),
            end: z.number().int(),
            sentence: z.number().int(),
            quote: z.string(),
            date: dateValue,
          }),
        ),
        firstReported: z.array(z.string()),
      }),
    ),
  }),
});

export const collections = { sources, stories, entities, claims, timelines };
