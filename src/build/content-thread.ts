/**
 * writeContent (the pipeline, then every chart) in two worker threads, one after the other.
 *
 * Why a thread: what the pipeline and the chart step make (the whole model, every chart drawn)
 * is garbage once content/ is written, but V8 collects it lazily, so it stayed in the build's
 * heap while Astro synced the collections and bundled the pages. At 10,000 articles the process
 * stood at over 4 GB there, and at 1.4 GB once Astro's own work had forced a collection. A
 * thread's heap is freed whole when the thread ends; the chart step has a thread of its own
 * because it reads back what the pipeline wrote, and need not sit beside the pipeline's heap.
 * The output is the same bytes: the same code runs on the same input, only elsewhere.
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

/** What a worker is given: the project root (for the build cache), the options, and its step. */
export interface ContentWorkerData {
  root: string;
  options: ContentOptions;
  step: { name: "pipeline" } | { name: "charts"; found: Diagnostic[] };
}

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
export async function writeContentInWorker(
  root: string,
  options: ContentOptions,
  on: ContentThreadEvents,
): Promise<{ diagnostics: Diagnostic[] }> {
  const { cache: _notSent, ...sent } = options;
  const { diagnostics } = await inWorker({ root, options: sent, step: { name: "pipeline" } }, on);
  return inWorker({ root, options: sent, step: { name: "charts", found: diagnostics } }, on);
}

function inWorker(
  data: ContentWorkerData,
  on: ContentThreadEvents,
): Promise<{ diagnostics: Diagnostic[] }> {
  return new Promise((resolve, reject) => {
    let result: { diagnostics: Diagnostic[] } | null = null;
    const worker = new Worker(new URL("./content-worker.ts", import.meta.url), {
      workerData: data,
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
