import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { openBuildCache } from "./build-cache.ts";

/**
 * Merges the cache files `from` into `into` (created if missing), for a cache filled in shards
 * on several machines (`triangulate extract --shard i/n`). A row's key is the hash of its step,
 * code version and input, so the same key means the same result: the first one kept wins.
 * Returns how many rows were added from each file.
 */
export function mergeCaches(into: string, from: readonly string[]): number[] {
  // Creates the file and its table as a build would, and fails on a file that is not a cache.
  const problems: string[] = [];
  openBuildCache(into, {}, (m) => problems.push(m)).close();
  if (problems.length > 0) throw new Error(problems.join("; "));
  mkdirSync(dirname(into), { recursive: true });
  const { DatabaseSync } = createRequire(import.meta.url)(
    "node:sqlite",
  ) as typeof import("node:sqlite");
  const db = new DatabaseSync(into, { timeout: 10_000 });
  try {
    return from.map((file) => {
      db.prepare("ATTACH DATABASE ? AS other").run(file);
      try {
        const added = db
          .prepare(
            "INSERT OR IGNORE INTO results SELECT key, step, version, value FROM other.results",
          )
          .run();
        return Number(added.changes);
      } finally {
        db.exec("DETACH DATABASE other");
      }
    });
  } finally {
    db.close();
  }
}
