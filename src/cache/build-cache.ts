/**
 * The build cache: what a step made from an input in an earlier build (an article's facts, a
 * chart's PNG), so a rebuild does only what changed.
 *
 * Why SQLite (node:sqlite, in Node itself): the cache is one file, not thousands of small ones
 * (a thousand articles have about three thousand PNGs); writes are atomic transactions, so a
 * build that is killed midway leaves the last good state, and two builds writing at once take
 * turns instead of tearing a file; CI can merge caches from several machines with one SQL
 * statement (mergeCaches); and it ships with Node, so there is no dependency to install.
 *
 * A row is found by the SHA-256 of its step, the step's code version (codeVersions) and its
 * input: a change of code or input misses, never returns a stale result. Rows of a step's
 * older versions are deleted when a build of a newer one closes the cache, so the file holds
 * about one build's results whatever how often the code changes.
 *
 * The cache can only make a build faster: a file that cannot be opened or read (garbage, a
 * newer format, a full disk) is one warning, and the build goes on without it.
 */
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { DatabaseSync, StatementSync } from "node:sqlite";
import type { StepCache } from "../pipeline/effects.ts";

export interface BuildCache extends StepCache {
  /** Writes what was set and drops older versions' rows; the cache is not used afterwards. */
  close(): void;
}

/** Writes are kept until this many bytes wait, then written in one transaction. */
const FLUSH_BYTES = 16 << 20;

// The index serves close()'s prune of older versions, which would otherwise read every row.
const SCHEMA = `CREATE TABLE IF NOT EXISTS results (
  key TEXT PRIMARY KEY,
  step TEXT NOT NULL,
  version TEXT NOT NULL,
  value BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS results_by_version ON results (step, version)`;

/**
 * Opens (or creates) the cache file at `path`. `versions` gives each step's code version; a
 * step without one is never cached. `warn` is told once if the cache fails, after which every
 * get misses and every set is dropped.
 */
export function openBuildCache(
  path: string,
  versions: Readonly<Record<string, string>>,
  warn: (message: string) => void,
): BuildCache {
  let db: DatabaseSync | null = null;
  // Prepared once: a build looks up thousands of keys.
  let select: StatementSync | null = null;
  let warned = false;
  const pending: { key: string; step: string; version: string; value: string | Uint8Array }[] = [];
  let pendingBytes = 0;
  const fail = (error: unknown) => {
    if (!warned) {
      warn(
        `the build cache ${path} could not be used (${error instanceof Error ? error.message : String(error)}); this build runs without it (delete the file to start a new one)`,
      );
    }
    warned = true;
    try {
      db?.close();
    } catch {
      // Already unusable: nothing more to do.
    }
    db = null;
    pending.length = 0;
  };
  const used = new Set<string>();
  const keyOf = (step: string, version: string, input: string) =>
    createHash("sha256").update(`${step}\0${version}\0`).update(input).digest("hex");

  try {
    mkdirSync(dirname(path), { recursive: true });
    // Loaded here, not imported: on a Node without node:sqlite the build runs uncached.
    const { DatabaseSync } = createRequire(import.meta.url)(
      "node:sqlite",
    ) as typeof import("node:sqlite");
    db = new DatabaseSync(path, { timeout: 10_000 });
    db.exec(SCHEMA);
    // A garbage file opens without complaint; the first read is what finds out.
    select = db.prepare("SELECT value FROM results WHERE key = ?");
    select.get("");
  } catch (error) {
    fail(error);
  }

  const flush = () => {
    if (db === null || pending.length === 0) return;
    try {
      const insert = db.prepare(
        "INSERT OR REPLACE INTO results (key, step, version, value) VALUES (?, ?, ?, ?)",
      );
      db.exec("BEGIN IMMEDIATE");
      for (const r of pending) insert.run(r.key, r.step, r.version, r.value);
      db.exec("COMMIT");
      pending.length = 0;
      pendingBytes = 0;
    } catch (error) {
      fail(error);
    }
  };

  return {
    get(step, input) {
      const version = versions[step];
      if (db === null || version === undefined) return undefined;
      used.add(step);
      try {
        const row = select?.get(keyOf(step, version, input)) as
          | { value: string | Uint8Array }
          | undefined;
        return row?.value;
      } catch (error) {
        fail(error);
        return undefined;
      }
    },
    set(step, input, value) {
      const version = versions[step];
      if (db === null || version === undefined) return;
      used.add(step);
      pending.push({ key: keyOf(step, version, input), step, version, value });
      pendingBytes += value.length;
      if (pendingBytes > FLUSH_BYTES) flush();
    },
    close() {
      flush();
      if (db === null) return;
      try {
        const prune = db.prepare("DELETE FROM results WHERE step = ? AND version <> ?");
        for (const step of [...used].sort()) prune.run(step, versions[step] as string);
        db.close();
      } catch (error) {
        fail(error);
      }
      db = null;
    },
  };
}
