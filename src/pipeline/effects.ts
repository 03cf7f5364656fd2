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
