import { createHash } from "node:crypto";
import { gazetteerPlaces } from "../core/geo/places.ts";
import type { Diagnostic } from "../core/model.ts";
import { correctArticles } from "./corrections/index.ts";
import type { Effects, StepCache } from "./effects.ts";
import { extractEach } from "./extract-each.ts";
import { readArticles } from "./read-articles.ts";
import { loggedStages, plural } from "./stage-runner.ts";

/** The i-th (from 1) of n slices of the seeds folder. */
export interface Shard {
  index: number;
  count: number;
}

/** "2/4" as a shard, or null when it is not one (i from 1 to n). */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/**
 * Whether an article file is in a shard: by a hash of its path in the seeds folder, so every
 * machine of a CI matrix picks the same slice whatever order it lists the files in, and the
 * slices of 1/n … n/n together hold every file exactly once.
 */
export function inShard(file: string, shard: Shard): boolean {
  const n = createHash("sha256").update(file).digest().readUInt32BE(0);
  return n % shard.count === shard.index - 1;
}

/**
 * Extracts one shard of the seeds folder into the build cache (`triangulate extract --shard`),
 * reading and correcting the articles exactly as a build does, so the build finds each one's
 * facts under the same key. Several machines fill a shard each; `triangulate cache merge` puts
 * the files together.
 */
export async function fillCache(
  o: { seedsDir: string; shard: Shard; cache: StepCache },
  effects: Effects,
): Promise<{ articles: number; fromCache: number; diagnostics: Diagnostic[] }> {
  const stage = loggedStages(effects);
  const read = await readArticles({ seedsDir: o.seedsDir }, effects, stage);
  const problems: Diagnostic[] = [];
  const corrected = correctArticles(read.articles, read.corrections.corrections, problems);
  const mine = corrected.filter((a) => inShard(a.file, o.shard));
  const { fromCache } = stage(
    "extract",
    (tick) =>
      extractEach(mine, problems, {
        places: gazetteerPlaces,
        budget: read.budget,
        cache: o.cache,
        tick,
      }),
    (r) =>
      `shard ${o.shard.index}/${o.shard.count}: ${plural(r.facts.length, "article")} of ${corrected.length}, ${r.fromCache} already in the cache`,
  );
  return { articles: mine.length, fromCache, diagnostics: problems };
}
