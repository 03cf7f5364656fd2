import { lstat, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/**
 * What a listing found at a path below the seeds folder. Only plain files are read: a symbolic
 * link is never followed (it could point anywhere), and a pipe or device could block or never
 * end, so both are reported instead; so is a folder that cannot be listed.
 */
export interface SeedEntry {
  /** Relative to the listed folder, forward slashes. */
  path: string;
  kind: "file" | "link" | "special" | "unreadable";
  /** Bytes, for plain files. */
  size?: number;
  /** Why an unreadable folder could not be listed. */
  error?: string;
}

/**
 * Everything a pipeline stage may do to the outside world. Stages receive this object instead
 * of importing node:fs, so tests run them on in-memory files and a recording logger.
 */
export interface Effects {
  /**
   * Every entry below `dir` (hidden folders left out), sorted by path. Throws when `dir`
   * itself cannot be listed.
   */
  listFiles(dir: string): Promise<SeedEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  /** Removes a generated folder (before it is written again) or file; nothing if not there. */
  removeDir(path: string): Promise<void>;
  log(line: string): void;
  /**
   * `done` of `total` units of a long stage finished (articles extracted): the build shows it
   * as one line that updates, on a terminal only. Optional: tests and the CLI leave it out.
   */
  progress?(stage: string, done: number, total: number): void;
  /**
   * A monotonic timer in milliseconds, used only for the timings in log lines. Nothing the
   * build writes depends on it, so output stays byte-identical.
   */
  elapsed(): number;
}

/**
 * Results of earlier builds, by step and input (the build cache, src/cache/): what `step` made
 * from `input` with the same code. Optional and injected like the rest of the effects, so a
 * stage never touches the store, and a build without it does all the work.
 */
export interface StepCache {
  /** The stored result, if this step already ran on this exact input with this code. */
  get(step: string, input: string): string | Uint8Array | undefined;
  set(step: string, input: string, value: string | Uint8Array): void;
}

const byPath = (a: SeedEntry, b: SeedEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function nodeEffects(log: (line: string) => void = (l) => console.log(l)): Effects {
  // A name that is not valid UTF-8 is listed with U+FFFD in it; it is read by its real bytes.
  const rawPaths = new Map<string, Buffer>();
  return {
    async listFiles(dir) {
      const out: SeedEntry[] = [];
      // A queue, not recursion: folder depth is whatever the seeds folder holds.
      const queue: { raw: Buffer; rel: string }[] = [{ raw: Buffer.from(dir), rel: "" }];
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        let entries: import("node:fs").Dirent<Buffer>[];
        try {
          entries = await readdir(next.raw, { withFileTypes: true, encoding: "buffer" });
        } catch (error) {
          if (next.rel === "") throw error;
          out.push({ path: next.rel, kind: "unreadable", error: String(error) });
          continue;
        }
        for (const e of entries) {
          const name = e.name.toString("utf8");
          if (name.startsWith(".")) continue; // .git, .DS_Store: never seeds
          const raw = Buffer.concat([next.raw, Buffer.from("/"), e.name]);
          const rel = next.rel === "" ? name : `${next.rel}/${name}`;
          if (e.isDirectory()) queue.push({ raw, rel });
          else if (e.isSymbolicLink()) out.push({ path: rel, kind: "link" });
          else if (!e.isFile()) out.push({ path: rel, kind: "special" });
          else {
            rawPaths.set(join(dir, rel), raw);
            const size = await lstat(raw).then(
              (s) => s.size,
              () => 0,
            );
            out.push({ path: rel, kind: "file", size });
          }
        }
      }
      return out.sort(byPath);
    },
    readFile: (path) => readFile(rawPaths.get(join(path)) ?? path),
    async writeFile(path, data) {
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(path, data);
    },
    removeDir: (path) => rm(path, { recursive: true, force: true }),
    log,
    elapsed: () => performance.now(),
  };
}

/** In-memory effects for tests: files in a Map, log lines in an array, a timer that never moves. */
export function memoryEffects(initial: Record<string, string | Uint8Array> = {}) {
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(initial)) {
    files.set(path, typeof data === "string" ? new TextEncoder().encode(data) : data);
  }
  const lines: string[] = [];
  const effects: Effects = {
    async listFiles(dir) {
      const prefix = `${dir.replace(/\/$/, "")}/`;
      const found = [...files.keys()].filter((p) => p.startsWith(prefix));
      if (found.length === 0 && ![...files.keys()].some((p) => p.startsWith(dir))) {
        throw new Error(`ENOENT: no such directory, scandir '${dir}'`);
      }
      return found
        .map((p) => ({
          path: p.slice(prefix.length),
          kind: "file" as const,
          size: files.get(p)?.length ?? 0,
        }))
        .filter(
          (e) =>
            !e.path
              .split("/")
              .slice(0, -1)
              .some((d) => d.startsWith(".")),
        )
        .sort(byPath);
    },
    async readFile(path) {
      const data = files.get(path);
      if (!data) throw new Error(`ENOENT: no such file, open '${path}'`);
      return data;
    },
    async writeFile(path, data) {
      files.set(path, new TextEncoder().encode(data));
    },
    async removeDir(path) {
      files.delete(path);
      for (const p of [...files.keys()]) if (p.startsWith(`${path}/`)) files.delete(p);
    },
    log: (line) => lines.push(line),
    elapsed: () => 0,
  };
  const text = (path: string) => new TextDecoder().decode(files.get(path));
  return { effects, files, lines, text };
}

/** A generated file: its path below the folder it is written to, and its text. */
export interface OutputFile {
  path: string;
  contents: string;
}

/** Files compared (read) at once: bounded, as charts alone are hundreds of MB at 10,000 articles. */
const COMPARED_AT_ONCE = 32;

/**
 * Makes `dir` hold exactly `files` (and whatever `keep` names, another step's): what removing
 * the folder and writing every file would leave, and the same bytes. A file whose bytes are
 * already there is not written again: on a rebuild almost all are, and making a file costs far
 * more than reading one (a new file per output was most of the content and chart steps' time on
 * a warm build of 1,000 articles). `files` is taken a few at a time, so a generator that makes
 * each file as it is asked for never has them all in memory. Returns how many files were written.
 */
export async function writeFolder(
  effects: Pick<Effects, "listFiles" | "readFile" | "writeFile" | "removeDir">,
  dir: string,
  files: Iterable<OutputFile>,
  keep: (path: string) => boolean = () => false,
): Promise<number> {
  let found: SeedEntry[] = [];
  try {
    found = await effects.listFiles(dir);
  } catch {
    // No folder yet: every file is new.
  }
  const sizes = new Map(found.filter((e) => e.kind === "file").map((e) => [e.path, e.size]));
  const wanted = new Set<string>();
  let written = 0;
  const put = async (f: OutputFile) => {
    const path = `${dir}/${f.path}`;
    const bytes = Buffer.from(f.contents);
    if (sizes.get(f.path) === bytes.length) {
      const there = await effects.readFile(path).catch(() => null);
      if (there !== null && bytes.equals(there)) return;
    }
    await effects.writeFile(path, f.contents);
    written++;
  };
  let batch: OutputFile[] = [];
  for (const f of files) {
    wanted.add(f.path);
    batch.push(f);
    if (batch.length === COMPARED_AT_ONCE) {
      await Promise.all(batch.map(put));
      batch = [];
    }
  }
  await Promise.all(batch.map(put));
  for (const e of found) {
    if (!wanted.has(e.path) && !keep(e.path)) await effects.removeDir(`${dir}/${e.path}`);
  }
  return written;
}
