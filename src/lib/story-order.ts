import { latest } from "./paginate.ts";

interface StoryLike {
  slug: string;
  sources: readonly string[];
}
interface SourceLike {
  published: string | null;
  publishedInferred: { date: string } | null;
}

/** A story's date for "latest first": its newest source's publication date (or inferred one). */
export function storyDate(story: StoryLike, sources: ReadonlyMap<string, SourceLike>): string {
  let newest = "";
  for (const id of story.sources) {
    const s = sources.get(id);
    const date = s?.published ?? s?.publishedInferred?.date ?? "";
    if (date > newest) newest = date;
  }
  return newest;
}

/** Every story, newest first (ties by slug): the order of the home page and the story index. */
export function newestFirst<T extends StoryLike>(
  stories: readonly T[],
  sources: ReadonlyMap<string, SourceLike>,
): T[] {
  return latest(
    stories,
    stories.length,
    (s) => storyDate(s, sources),
    (s) => s.slug,
  );
}
