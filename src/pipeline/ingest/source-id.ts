import { foldAccents } from "../../core/text/fold.ts";
import { hashId } from "../../core/text/hash.ts";

/** Ids are file names (content/sources/<id>.json) and URL segments: kept well under any limit. */
export const MAX_ID = 80;

/**
 * Names a source id must not take, though a page for it would be written: the site's own
 * routes and folders (an id "index" or "404" reads as the section's own page in some tools).
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  "index",
  "404",
  "embed",
  "search",
  "data",
  "pagefind",
  "_astro",
  "people",
  "places",
  "organizations",
  "stories",
  "sources",
  "timeline",
]);

/**
 * A source's id: its path without the extension, as a lowercase slug (the site's collections
 * and URLs fold case, so `Report.txt` and `report.txt` would be one page). When that slug is
 * taken, reserved, or longer than MAX_ID, a hash of the whole path is added: the same file
 * always gets the same id, whatever else is in the folder, and no two files share one.
 */
export function sourceId(path: string, used: Set<string>): string {
  const stem = path.replace(/\.[^./]+$/, "");
  let base = foldAccents(stem, { compatibility: true })
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+|-+$/g, "");
  if (base === "") base = "article";
  const hash = hashId(path);
  let id = base;
  if (id.length > MAX_ID)
    id = `${base.slice(0, MAX_ID - hash.length - 1).replace(/-+$/, "")}-${hash}`;
  else if (used.has(id) || RESERVED_IDS.has(id)) id = `${base}-${hash}`;
  for (let n = 2; used.has(id); n++) id = `${base.slice(0, MAX_ID - hash.length - 4)}-${hash}-${n}`;
  used.add(id);
  return id;
}
