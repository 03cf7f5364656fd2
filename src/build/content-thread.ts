/**
 * writeContent (the pipeline, then every chart) in a worker thread of its own.
 *
 * Why a thread: what the pipeline and the chart step make (the whole model, every chart drawn)
 * is garbage once content/ is written, but V8 collects it lazily, so it stayed in the build's
 * heap while Astro synced the collections and bundled the pages. At 10,000 articles the process
 * stood at over 4 GB there, and at 1.4 GB once Astro's own work had forced a collection. A
 * thread's heap is freed whole when the thread ends. The output is the same bytes: the same
 * code runs on the same input, only elsewhere.
 */
import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../core/model.ts";
import type { ContentOptions } from "./content.ts";

/** What the worker (content-worker.ts) tells the build thread. */
export type FromContentWorker =
  | { type: "log"; line: string }
  | { type: "progress"; stage: string; done: number; total: number }
  | { type: "warn"; message: string }
  | { type: "done"; diagnostics: Diagnostic[] };

export interface ContentThreadEvents {
  log(line: string): void;
  progress(stage: string, done: number, total: number): void;
  /** A warning about the build cache (the build then does all the work). */
  warn(message: string): void;
}

/**
 * Runs writeContent in a worker with the build cache under `root` (src/cache/; off with
 * TRIANGULATE_CACHE=off), and resolves to its warnings. A failure in the worker (a seed that
 * stops the build, with its file and line) rejects with the worker's own message.
 */
export function writeContentInWorker(
  root: string,
  options: ContentOptions,
  on: ContentThreadEvents,
): Promise<{ diagnostics: Diagnostic[] }> {
  const { cache: _notSent, ...sent } = options;
  return new Promise((resolve, reject) => {
    let result: { diagnostics: Diagnostic[] } | null = null;
    const worker = new Worker(new URL("./content-worker.ts", import.meta.url), {
      workerData: { root, options: sent },
    });
    worker.on("message", (m: FromContentWorker) => {
      if (m.type === "log") on.log(m.line);
      else if (m.type === "progress") on.progress(m.stage, m.done, m.total);
      else if (m.type === "warn") on.warn(m.message);
      else result = { diagnostics: m.diagnostics };
    });
    worker.on("error", (error) =>
      reject(error instanceof Error ? error : new Error(String(error))),
    );
    worker.on("exit", (code) => {
      if (result !== null) resolve(result);
      else reject(new Error(`the content step stopped (exit code ${code}) before it finished`));
    });
  });
}
