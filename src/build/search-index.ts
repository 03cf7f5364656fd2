import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";

/**
 * Folders of a built site that hold no page a reader searches for: the embeds (one page per
 * chart, a third of the pages, never marked for search), scripts, data and the index itself.
 */
const NOT_SEARCHED = new Set(["embed", "_astro", "data", "pagefind"]);

/**
 * The files Pagefind reads: every HTML file but those in NOT_SEARCHED folders, as one glob (its
 * globs have no negation, so the folders to read are listed). Pagefind would read the embed
 * pages and drop them (they have no data-pagefind-body), at a cost that grows with the charts.
 */
export function searchedGlob(siteDir: string): string {
  const parts = readdirSync(siteDir, { withFileTypes: true })
    .filter((e) => !NOT_SEARCHED.has(e.name))
    .flatMap((e) =>
      e.isDirectory() ? [`${e.name}/**/*.html`] : e.name.endsWith(".html") ? [e.name] : [],
    )
    .sort();
  return parts.length === 0 ? "*.html" : `{${parts.join(",")}}`;
}

/** Builds the Pagefind index for a built site through Pagefind's Node API. */
export async function indexSite(siteDir: string, log: (line: string) => void): Promise<void> {
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: searchedGlob(siteDir) });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    log(
      `${"pagefind".padEnd(8)} ${added.page_count} pages indexed ${Math.round(performance.now() - t0)} ms`,
    );
  } finally {
    await pagefind.close();
  }
}
