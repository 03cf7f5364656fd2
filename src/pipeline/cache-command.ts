import { fileURLToPath } from "node:url";
import { mergeCaches } from "../cache/merge-caches.ts";
import { openCache } from "../cache/open-cache.ts";
import { nodeEffects } from "./effects.ts";
import { fillCache, parseShard } from "./fill-cache.ts";
import { plural } from "./stage-runner.ts";

export const CACHE_USAGE = `Usage: triangulate extract --shard I/N [SEEDS]
       triangulate cache merge INTO FROM...

extract --shard fills the build cache with the facts of the I-th of N slices of the seeds folder
(SEEDS, else TRIANGULATE_SEEDS, else ./seeds), chosen by a hash of each file's path: a CI matrix
of N jobs fills the cache of a large archive, and the build then extracts nothing it filled.
cache merge adds the rows of each FROM cache file to INTO (created if missing).
The cache is node_modules/.cache/triangulate/cache.sqlite, or triangulate.sqlite in the folder
TRIANGULATE_CACHE names.`;

/** The project whose code this is: its src/ is hashed into the cache's keys. */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

type Out = Pick<Console, "log" | "error">;

/** `triangulate extract --shard I/N [SEEDS]`: the exit code. */
export async function shardCommand(args: readonly string[], out: Out): Promise<number> {
  const at = args.indexOf("--shard");
  const shard = parseShard(args[at + 1] ?? "");
  const rest = args.filter((_, i) => i !== at && i !== at + 1);
  if (shard === null || rest.length > 1 || rest.some((a) => a.startsWith("--"))) {
    out.error(`--shard needs I/N with 1 <= I <= N, and at most one seeds folder\n\n${CACHE_USAGE}`);
    return 2;
  }
  const cache = openCache(ROOT, (m) => out.error(`warning: ${m}`));
  if (cache === null) {
    out.error("the build cache is off (TRIANGULATE_CACHE=off): nothing to fill");
    return 2;
  }
  const seedsDir = rest[0] ?? process.env.TRIANGULATE_SEEDS ?? "seeds";
  try {
    const r = await fillCache(
      { seedsDir, shard, cache },
      nodeEffects((l) => out.log(l)),
    );
    for (const d of r.diagnostics) out.error(`${d.level}: ${d.file ?? ""}: ${d.message}`);
    return 0;
  } catch (e) {
    out.error(`triangulate: ${(e as Error).message}`);
    return 1;
  } finally {
    cache.close();
  }
}

/** `triangulate cache merge INTO FROM...`: the exit code. */
export function cacheCommand(args: readonly string[], out: Out): number {
  const [verb, into, ...from] = args;
  if (verb !== "merge" || into === undefined || from.length === 0) {
    out.error(CACHE_USAGE);
    return 2;
  }
  try {
    const added = mergeCaches(into, from);
    from.forEach((f, i) => {
      out.log(`${f}: ${plural(added[i] ?? 0, "result")} added to ${into}`);
    });
    return 0;
  } catch (e) {
    out.error(`triangulate: ${(e as Error).message}`);
    return 1;
  }
}
