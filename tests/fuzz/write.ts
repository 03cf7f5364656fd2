import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FuzzEntry } from "./generate.ts";

/** The path an entry is written at, as bytes when its name is not UTF-8. */
export function entryPath(seeds: string, e: FuzzEntry): string | Buffer {
  const full = join(seeds, e.path);
  if (!e.nameBytes) return full;
  return Buffer.concat([Buffer.from(`${dirname(full)}/`), e.nameBytes]);
}

/** Writes every entry into `seeds`: files, links, pipes and files no one may read. */
export function writeEntries(seeds: string, entries: readonly FuzzEntry[]): void {
  for (const e of entries) {
    const path = entryPath(seeds, e);
    mkdirSync(dirname(join(seeds, e.path)), { recursive: true });
    if (e.kind === "symlink") symlinkSync(e.target ?? ".", path);
    else if (e.kind === "fifo") {
      const made = spawnSync("mkfifo", [path.toString()]);
      if (made.status !== 0) writeFileSync(path, e.bytes); // no mkfifo: an ordinary file
    } else {
      writeFileSync(path, e.bytes);
      // Root reads it anyway; then it is an ordinary article, which is fine too.
      if (e.kind === "unreadable") chmodSync(path, 0);
    }
  }
}
