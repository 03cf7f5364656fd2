/**
 * The worker side of writeContentInWorker (content-thread.ts): runs the pipeline and the chart
 * step with the build cache, telling the build thread each log line, progress tick and cache
 * warning, then the warnings of the run. Everything else it made dies with the thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openCache } from "../cache/open-cache.ts";
import { pngRenderer } from "../embed/png.ts";
import { nodeEffects } from "../pipeline/effects.ts";
import { type ContentOptions, writeContent } from "./content.ts";
import type { FromContentWorker } from "./content-thread.ts";

const port = parentPort;
if (port === null) throw new Error("content-worker.ts runs only as a worker thread");
const tell = (message: FromContentWorker) => port.postMessage(message);
const { root, options } = workerData as { root: string; options: ContentOptions };

const cache = openCache(root, (message) => tell({ type: "warn", message }), pngRenderer());
try {
  const { diagnostics } = await writeContent(
    { ...options, ...(cache ? { cache } : {}) },
    {
      ...nodeEffects((line) => tell({ type: "log", line })),
      progress: (stage, done, total) => tell({ type: "progress", stage, done, total }),
    },
  );
  tell({ type: "done", diagnostics });
} finally {
  cache?.close();
}
