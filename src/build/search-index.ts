import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";

/** Builds the Pagefind index for a built site through Pagefind's Node API. */
export async function indexSite(siteDir: string, log: (line: string) => void): Promise<void> {
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
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
