import { foldAccents } from "./fold.ts";
/** A URL slug from a title: ASCII letters and digits joined by hyphens, at most 60 characters. */
export function slugify(title: string): string {
  const words = foldAccents(title, { compatibility: true })
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || (words[0] ?? "").slice(0, 60);
}
