/**
 * `npm run fuzz -- --files N --seed S [--pages P] [--dir DIR [--recheck]]`: builds a site from N generated
 * hostile articles and checks it (see tests/fuzz/run.ts). Prints the figures, then, for each
 * class of failure, how many and the smallest article that triggers it. Exit code 1 on any
 * failure. The project folder is kept (its path is printed) so a failure can be looked at.
 */
import { parseArgs } from "node:util";
import { formatReport, saveReproducers } from "../tests/fuzz/report.ts";
import { runFuzz } from "../tests/fuzz/run.ts";

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      files: { type: "string", default: "200" },
      seed: { type: "string", default: "1" },
      pages: { type: "string", default: "60" },
      dir: { type: "string" },
      recheck: { type: "boolean", default: false },
    },
  });
  const report = await runFuzz({
    files: Number(values.files),
    seed: Number(values.seed),
    pages: Number(values.pages),
    ...(values.dir ? { dir: values.dir } : {}),
    recheck: values.recheck,
    log: (line) => console.log(line),
  });
  saveReproducers(report);
  console.log(formatReport(report));
  process.exitCode = report.failures.length === 0 ? 0 : 1;
}
