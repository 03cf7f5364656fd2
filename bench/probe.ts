/**
 * Loaded into each build the benchmark runs (NODE_OPTIONS=--import): at exit it writes the
 * process's CPU time and peak RSS to BENCH_PROBE, which the benchmark reads.
 */
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_PROBE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ cpuMs, rssKb: u.maxRSS }));
  });
}
