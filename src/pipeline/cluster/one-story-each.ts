import type { Article, Story } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { slugify } from "../../core/text/slug.ts";

/** Every article a story of its own: what the site shows when grouping fails. */
export function oneStoryEach(articles: readonly Article[]): Story[] {
  const used = new Set<string>();
  return [...articles]
    .sort((a, b) => byCodeUnit(a.id, b.id))
    .map((a) => {
      const base = slugify(a.title) || "story";
      let slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
      used.add(slug);
      return { slug, title: a.title, sources: [a.id] };
    });
}
