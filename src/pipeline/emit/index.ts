import type { Article, Diagnostic, Story } from "../model.ts";
import { blockquote, heading, link, paragraph, text, toMdx } from "./mdx.ts";

/** A file emit wants written, relative to the content folder. */
export interface OutputFile {
  path: string;
  contents: string;
}

export interface EmitInput {
  articles: readonly Article[];
  stories: readonly Story[];
  diagnostics: readonly Diagnostic[];
}

const LEAD_CHARS = 400;

/**
 * The model as files for Astro: one JSON entry per source, one MDX page per story, and the
 * public data contract (dist/data/*.json). Pure: returns the files, the orchestrator writes them.
 */
export function emit({ articles, stories, diagnostics }: EmitInput): OutputFile[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const id of s.sources) storyOf.set(id, s.slug);

  const files: OutputFile[] = [];
  for (const a of articles) {
    files.push({
      path: `sources/${a.id}.json`,
      contents: json({ ...a, story: storyOf.get(a.id) }),
    });
  }
  for (const s of stories) {
    files.push({ path: `stories/${s.slug}.mdx`, contents: storyPage(s, byId) });
  }
  files.push({ path: "data/sources.json", contents: json(articles.map(publicSource)) });
  files.push({
    path: "data/stories.json",
    contents: json(
      stories.map((s) => ({
        slug: s.slug,
        title: s.title,
        sources: s.sources,
        entities: [],
        counts: { sources: s.sources.length },
      })),
    ),
  });
  files.push({ path: "build/diagnostics.json", contents: json(diagnostics) });
  return files;
}

function publicSource(a: Article) {
  return {
    id: a.id,
    title: a.title,
    titleGenerated: a.titleGenerated,
    outlet: a.outlet,
    url: a.url,
    published: a.published,
    publishedInferred: a.publishedInferred,
    words: a.words,
  };
}

/** The story page: generated prose plus each source's lead, as a safely serialized MDX tree. */
function storyPage(story: Story, byId: Map<string, Article>): string {
  const sources = story.sources.flatMap((id) => byId.get(id) ?? []);
  const n = sources.length;
  return toMdx({ slug: story.slug, title: story.title, sources: story.sources }, [
    paragraph(
      text(
        n === 1
          ? "One source reports this story."
          : `${n} sources report this story. Each is summarized by its opening sentence below; follow a title to read the full article.`,
      ),
    ),
    heading(2, n === 1 ? "The source" : "The sources"),
    ...sources.flatMap((a) => [
      heading(3, a.outlet ? `${a.outlet}: ${a.title}` : a.title),
      blockquote(lead(a)),
      paragraph(link(`/sources/${a.id}/`, `Read “${a.title}” in full`)),
    ]),
  ]);
}

function lead(a: Article): string {
  const first = a.sentences[0];
  const sentence = first ? a.text.slice(first.start, first.end) : a.text;
  return sentence.length <= LEAD_CHARS ? sentence : `${sentence.slice(0, LEAD_CHARS).trimEnd()}…`;
}

/** Stable JSON: two-space indent and a final newline, so identical models give identical bytes. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
