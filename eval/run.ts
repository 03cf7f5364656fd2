/**
 * npm run eval -- [--ecbplus DIR] [--topics 1,3,…] [--json] [--report FILE] [--claims FILE [--per N] [--seed N]]
 *
 * Runs the real pipeline on the ECB+ articles (all topics at once unless --topics) and scores
 * it against the gold annotation. Prints a table (or, with --json, a JSON report), then one
 * SUMMARY line, always last. Writes a Markdown report of the errors (default eval/report.md),
 * and with --claims a seeded sample of the claims shown (N per status, 40 unless --per) with
 * their sentences, to judge by hand (see claim-sample.ts).
 * Pipeline log lines go to stderr.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { claimSample } from "./claim-sample.ts";
import { ecbplus } from "./ecbplus.ts";
import { evaluate } from "./evaluate.ts";
import { runTriangulate } from "./pipeline-output.ts";
import { json, markdown, summary, table, worstPairs } from "./report.ts";
import { seed } from "./seed.ts";

const ROOT = resolve(import.meta.dirname, "..");
// ECB+ was released in December 2014: no article it holds is later, so a year a text leaves out
// is inferred no later than that (the pipeline's latestDate option, as a user would set it).
const LATEST_DATE = "2014-12-31";

const USAGE = `Usage: npm run eval -- [--ecbplus DIR] [--topics 1,3,...] [--json] [--report FILE] [--claims FILE [--per N] [--seed N]]`;

interface Args {
  dir: string;
  topics?: Set<number>;
  json: boolean;
  report: string;
  claims?: string;
  per: number;
  /** Which sample --claims draws: another seed, another sample of the same claims. */
  seed: number;
}

export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = {
    dir: resolve(ROOT, "../shared/datasets/ecbplus"),
    json: false,
    report: resolve(ROOT, "eval/report.md"),
    per: 40,
    seed: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? "";
    if (a === "--json") args.json = true;
    else if (a === "--ecbplus") args.dir = resolve(value());
    else if (a === "--report") args.report = resolve(value());
    else if (a === "--claims") args.claims = resolve(value());
    else if (a === "--per") {
      args.per = Number(value());
      if (!Number.isInteger(args.per) || args.per <= 0) return `--per needs a count\n${USAGE}`;
    } else if (a === "--seed") {
      args.seed = Number(value());
      if (!Number.isInteger(args.seed)) return `--seed needs a whole number\n${USAGE}`;
    } else if (a === "--topics") {
      const list = value().split(",").map(Number);
      if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n <= 0)) {
        return `--topics needs topic numbers, e.g. --topics 1,3\n${USAGE}`;
      }
      args.topics = new Set(list);
    } else return `unknown argument ${a}\n${USAGE}`;
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  const t0 = performance.now();
  const corpus = await ecbplus(args.dir, args.topics);
  if (corpus.articles.length === 0) {
    console.error(`no ECB+ articles in ${args.dir}${args.topics ? " for those topics" : ""}`);
    return 1;
  }
  const seeds = corpus.articles.map(seed);
  const predicted = await runTriangulate(seeds, {
    latestDate: LATEST_DATE,
    onLog: (line) => {
      if (!/^warning /.test(line)) console.error(line);
    },
  });
  const result = evaluate(corpus, seeds, predicted);
  const run = {
    command: `npm run eval -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, ""),
    pipelineSeconds: predicted.ms / 1000,
    totalSeconds: (performance.now() - t0) / 1000,
    log: predicted.log,
  };
  await writeFile(args.report, markdown(result, run));
  if (args.claims && predicted.model) {
    const { claims, articles, stories } = predicted.model;
    await writeFile(args.claims, claimSample(claims, articles, args.per, args.seed, stories));
  }
  if (args.json) console.log(JSON.stringify(json(result, run), null, 2));
  else
    console.log(
      `${table(result, run)}\n\n${worstPairs(result)}\n\nErrors with their sentences: ${args.report}`,
    );
  console.log(summary(result));
  return 0;
}

if (import.meta.main) process.exitCode = await main();
