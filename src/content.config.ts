import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

// The pipeline writes here (see src/integration.ts); pages only read it through these collections.
const contentDir = process.env.TRIANGULATE_CONTENT ?? "content";

const range = z.object({ start: z.number().int(), end: z.number().int() });

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

export const collections = { sources, stories };
