/**
 * The worker side of writeContentInWorker (content-thread.ts): runs the pipeline or the chart
 * step with the build cache, telling the build thread each log line, progress tick and cache
 * warning, then the warnings of the run. Everything else it made dies with the thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openCache } from "../cache/open-cache.ts";
import { pngRenderer } from "../embed/png.ts";
import { nodeEffects } from "../pipeline/effects.ts";
import { writeChartStep, writePipelineStep } from "./content.ts";
import type { ContentWorkerData, FromContentWorker } from "./content-thread.ts";

const port = parentPort;
if (port === null) throw new Error("content-worker.ts runs only as a worker thread");
const tell = (message: FromContentWorker) => port.postMessage(message);
const { root, options, step } = workerData as ContentWorkerData;

const cache = openCache(root, (message) => tell({ type: "warn", message }), pngRenderer());
try {
  const withCache = { ...options, ...(cache ? { cache } : {}) };
  const effects = {
    ...nodeEffects((line) => tell({ type: "log", line })),
    progress: (stage: string, done: number, total: number) =>
      tell({ type: "progress", stage, done, total }),
  };
  const { diagnostics } =
    step.name === "pipeline"
      ? await writePipelineStep(withCache, effects)
      : await writeChartStep(withCache, effects, step.found);
  tell({ type: "done", diagnostics });
} finally {
  cache?.close();
}
