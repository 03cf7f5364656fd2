/**
 * Output files of earlier builds, kept by a key that hashes everything they were made from, so a
 * rebuild puts them back instead of making them again. The embed step keeps each chart's folder
 * here: on a warm build almost every chart is unchanged, and what that step then cost was
 * creating about ten thousand files (1,000 articles: 1,553 folders of six), not making them.
 *
 * A file is put back as a hard link where the file system allows (no bytes copied, no new file
 * made; on this project's ext4 about a fifth of the time of writing the file), else as a copy.
 * Since the output file then is the kept file, an output edited in place would change the kept
 * one too: each entry records its files' sizes and modification times, and an entry whose files
 * changed is deleted and made again, never put back.
 *
 * An entry never changes once made: it is built in a folder of its own and renamed into place,
 * and its key names everything it is made from, so a build killed midway or two builds sharing
 * the folder never see half an entry or another build's files. Entries this build did not use
 * are deleted when it closes the mirror, so the folder holds about one build's files. Like the
 * build cache, the mirror can only make a build faster: any failure is a miss.
 *
 * Its calls are synchronous: each is a few system calls on small files, and through the thread
 * pool (fs/promises) the same restore took three to four times as long.
 */
import { randomUUID } from "node:crypto";
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

export interface FileMirror {
  /**
   * Puts the files kept for `key` into `toDir` (created; the caller's to fill, with nothing in
   * it yet); false when there are none, or they changed since, or they could not all be put back
   * (then `toDir` is removed, for the caller to make the files).
   */
  restore(key: string, toDir: string): boolean;
  /** Keeps the files `names` of `fromDir` for `key`, for the next build. */
  keep(key: string, fromDir: string, names: readonly string[]): void;
  /** Deletes the entries this build did not use. */
  close(): void;
}

/** What an entry's files were when it was made: name, size and modification time (ns). */
type Stamp = [name: string, size: string, mtimeNs: string];

/** The stamp list of an entry, beside its files (the files' own names never start with "."). */
const STAMPS = ".stamps.json";

/** A key names a folder: only hex digests are taken (no path separators, no dots). */
const KEY = /^[0-9a-f]{16,128}$/;

/** A kept file's name: one plain name in its folder, never a path or a dot file. */
const NAME = /^[^./\\][^/\\]*$/;

/** Removes a file or folder, if there; a failure leaves it (the next close tries again). */
function remove(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Left for later.
  }
}

export function openFileMirror(dir: string): FileMirror {
  const used = new Set<string>();
  const stamp = (path: string, name: string): Stamp => {
    const s = lstatSync(path, { bigint: true });
    return [name, String(s.size), String(s.mtimeNs)];
  };
  const put = (from: string, to: string) => {
    try {
      linkSync(from, to);
    } catch (error) {
      // Another file system (the cache on another disk): a copy does the same.
      if ((error as { code?: string }).code !== "EXDEV") throw error;
      copyFileSync(from, to);
    }
  };
  return {
    restore(key, toDir) {
      if (!KEY.test(key)) return false;
      const entry = join(dir, key);
      let stamps: Stamp[];
      try {
        stamps = JSON.parse(readFileSync(join(entry, STAMPS), "utf8")) as Stamp[];
        if (stamps.length === 0 || !stamps.every(([name]) => NAME.test(name)))
          throw new Error("not an entry this code keeps");
        const now = stamps.map(([name]) => stamp(join(entry, name), name));
        if (JSON.stringify(now) !== JSON.stringify(stamps)) throw new Error("changed");
      } catch {
        // Missing, unreadable, or a file edited since: made again (and kept again) by the caller.
        remove(entry);
        return false;
      }
      try {
        mkdirSync(toDir, { recursive: true });
        for (const [name] of stamps) put(join(entry, name), join(toDir, name));
      } catch {
        remove(toDir);
        return false;
      }
      used.add(key);
      return true;
    },
    keep(key, fromDir, names) {
      if (!KEY.test(key) || names.length === 0 || !names.every((n) => NAME.test(n))) return;
      used.add(key);
      const temp = join(dir, `.${key}-${randomUUID()}`);
      try {
        mkdirSync(temp, { recursive: true });
        const stamps = names.map((name) => {
          put(join(fromDir, name), join(temp, name));
          return stamp(join(temp, name), name);
        });
        writeFileSync(join(temp, STAMPS), JSON.stringify(stamps));
        // Fails when another build kept the same entry first: the same files, so either is fine.
        renameSync(temp, join(dir, key));
      } catch {
        remove(temp);
      }
    },
    close() {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return; // nothing kept yet
      }
      for (const name of names) if (!used.has(name)) remove(join(dir, name));
    },
  };
}
