/**
 * npm run review [-- --out FILE]: what an editor should check before publishing. Runs the
 * pipeline on the seeds (TRIANGULATE_SEEDS, else seeds/) with their corrections.yml, prints
 * every claim, merged name, quote speaker and story title, weakest evidence first, and writes the
 * same as one HTML page (review.html by default) with a ready-to-copy correction for each. It
 * writes nothing into content/ or dist/: the review is not part of the published site.
 */
import { writeFile } from "node:fs/promises";
import { nodeEffects } from "../src/pipeline/effects.ts";
import { DEFAULT_LATEST_DATE, runPipeline } from "../src/pipeline/index.ts";
import { reviewItems } from "../src/review/items.ts";
import { reviewPage, reviewText } from "../src/review/page.ts";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? (args[outAt + 1] ?? "review.html") : "review.html";
const quiet = args.includes("--quiet");
const warnings: string[] = [];
const effects = {
  ...nodeEffects((line) => {
    if (line.startsWith("warning")) warnings.push(line);
  }),
  // The review reads; it never replaces the site's content.
  writeFile: async () => {},
  removeDir: async () => {},
};
const model = await runPipeline(
  {
    seedsDir: process.env.TRIANGULATE_SEEDS ?? "seeds",
    contentDir: "content",
    latestDate: process.env.TRIANGULATE_LATEST_DATE ?? DEFAULT_LATEST_DATE,
  },
  effects,
);
const items = reviewItems(model);
await writeFile(out, reviewPage(items, "Triangulate: review before publishing"));
if (!quiet) console.log(reviewText(items));
for (const w of warnings) console.log(w);
console.log(`\n${items.length} items; written to ${out}`);
