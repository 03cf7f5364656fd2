import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";

/**
 * Everything a pipeline stage may do to the outside world. Stages receive this object instead
 * of importing node:fs, so tests run them on in-memory files and a recording logger.
 */
export interface Effects {
  /** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
  listFiles(dir: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  /** Removes a generated folder before it is written again. */
  removeDir(path: string): Promise<void>;
  log(line: string): void;
  /**
   * A monotonic timer in milliseconds, used only for the timings in log lines. Nothing the
   * build writes depends on it, so output stays byte-identical.
   */
  elapsed(): number;
}

export function nodeEffects(log: (line: string) => void = (l) => console.log(l)): Effects {
  return {
    async listFiles(dir) {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
        .sort();
    },
    readFile: (path) => readFile(path),
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
      return found.map((p) => p.slice(prefix.length)).sort();
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
      for (const p of [...files.keys()]) if (p.startsWith(`${path}/`)) files.delete(p);
    },
    log: (line) => lines.push(line),
    elapsed: () => 0,
  };
  const text = (path: string) => new TextDecoder().decode(files.get(path));
  return { effects, files, lines, text };
}
