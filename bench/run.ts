/**
 * npm run bench: Triangulate against a plain Astro + Pagefind baseline at archive sizes, measured
 * in the same run on the same machine. For each size a corpus is generated (bench/corpus.ts,
 * seeded: the same bytes every run), then the two builds run interleaved (Triangulate, baseline,
 * Triangulate, baseline… with --runs), each a fresh `astro build` process. Prints, per size: wall
 * and CPU time, the ratio, peak RSS, dist size, the largest HTML page, log lines, Pagefind's
 * first-query bytes (gzip) on both sites and Triangulate's per-stage times; then the rebuild
 * after one article is edited, with the build cache of the last full build (each full build
 * starts without one), and its time as a share of the full build's; then one Markdown table
 * for the README.
 *
 *   npm run bench                          # 100 articles
 *   npm run bench -- --articles 100,1000   # several sizes; 10000 is opt-in (about an hour here)
 *   npm run bench -- --articles 1000 --check   # fail when a page is over 1 MB
 *   npm run bench -- --runs 3 --no-search
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { serve } from "../scripts/serve.ts";
import { indexSite } from "../src/build/search-index.ts";
import { launch } from "../tests/e2e/browser.ts";
import { writeCorpus } from "./corpus.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TMP = join(ROOT, "bench/.tmp");
const ASTRO = join(ROOT, "node_modules/.bin/astro");
const NODE = join(ROOT, "node_modules/.bin/node");
const PROBE = join(ROOT, "bench/probe.ts");
/** The largest HTML page a site may have (issue: bounded by its own story's size, ≤ 1 MB). */
const MAX_PAGE = 1024 * 1024;

const flag = (name: string) => process.argv.includes(`--${name}`);
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg("articles", "100").split(",").map(Number);
const runs = Math.max(1, Number(arg("runs", "1")));
const QUERY = process.env.BENCH_QUERY ?? "floods";

interface Build {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  log: string;
}

/** One `astro build` in a fresh process; its CPU time and peak RSS come from bench/probe.ts. */
function build(name: string, args: string[], env: Record<string, string>): Build {
  const probe = join(TMP, `probe-${name}.json`);
  rmSync(probe, { force: true });
  const t0 = performance.now();
  const r = spawnSync(NODE, [ASTRO, "build", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      TZ: "UTC",
      CI: "true",
      NODE_OPTIONS: `--import=${PROBE}`,
      BENCH_PROBE: probe,
      ...env,
    },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${name} build failed:\n${r.stdout}\n${r.stderr}`);
  const p = JSON.parse(readFileSync(probe, "utf8")) as { cpuMs: number; rssKb: number };
  return { wallMs, cpuMs: p.cpuMs, rssMb: p.rssKb / 1024, log: `${r.stdout}${r.stderr}` };
}

function files(dir: string, ext = "") {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: path.slice(dir.length), bytes: statSync(path).size };
    });
}
const total = (xs: { bytes: number }[]) => xs.reduce((s, x) => s + x.bytes, 0);

const plain = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, "");

/** Triangulate's stage lines ("[triangulate] extract  … 1816 ms") and Astro's page step. */
function stageTimes(log: string): [string, number][] {
  const out: [string, number][] = [];
  for (const line of plain(log).split("\n")) {
    const stage = /\[triangulate\] (\w+)\s.* (\d+) ms$/.exec(line);
    if (stage) out.push([stage[1] as string, Number(stage[2])]);
    const pages = /\[build\] (\d+) page\(s\) built in (?:(\d+)m )?([\d.]+)(m?s)/.exec(line);
    if (pages) {
      const s = Number(pages[2] ?? 0) * 60 + Number(pages[3]) / (pages[4] === "ms" ? 1000 : 1);
      out.push(["astro build (total)", Math.round(s * 1000)]);
    }
  }
  return out;
}

/** Pagefind's bytes (each file gzipped, as a server would send it) for a first query. */
async function firstQuery(
  browser: import("playwright-core").Browser,
  dir: string,
  run: "site" | "baseline",
): Promise<number> {
  const server: Server = await serve(dir, 0);
  const a = server.address();
  const base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  const page = await browser.newPage();
  const sizes: number[] = [];
  page.on("response", async (r) => {
    if (!new URL(r.url()).pathname.startsWith("/pagefind/")) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    sizes.push(gzipSync(body).length);
  });
  if (run === "site") {
    await page.goto(`${base}/search/`);
    await page.locator("#search-q").fill(QUERY);
    await page.locator("#search-q").press("Enter");
    await page.locator("#search-results li").first().waitFor();
  } else {
    await page.goto(`${base}/`);
    await page.evaluate(async (q) => {
      const pf = await import(/* @vite-ignore */ `${"/pagefind/"}pagefind.js`);
      await pf.init?.();
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 10).map((x: { data(): Promise<unknown> }) => x.data()));
    }, QUERY);
  }
  await page.waitForLoadState("networkidle");
  await page.close();
  server.close();
  return sizes.reduce((s, x) => s + x, 0);
}

const browser = flag("no-search") ? null : await launch();
const fmtS = (ms: number) =>
  ms >= 60_000
    ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
    : `${(ms / 1000).toFixed(1)} s`;
const kib = (b: number) =>
  b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MB` : `${Math.round(b / 1024)} KB`;
const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const table: string[] = [];
let failed = false;

for (const n of sizes) {
  const seeds = join(TMP, `corpus-${n}`);
  writeCorpus(seeds, n);
  const siteOut = join(TMP, `site-${n}`);
  const baseOut = join(TMP, `baseline-${n}`);
  const site: Build[] = [];
  const base: Build[] = [];
  const cacheDir = join(TMP, `cache-${n}`);
  const siteEnv = {
    TRIANGULATE_SEEDS: seeds,
    TRIANGULATE_OUT: siteOut,
    TRIANGULATE_CONTENT: join(TMP, `content-${n}`),
    TRIANGULATE_CACHE: cacheDir,
  };
  for (let r = 0; r < runs; r++) {
    // A full build starts with no cache (Astro's and Triangulate's), as a fresh clone does.
    rmSync(cacheDir, { recursive: true, force: true });
    site.push(build(`site-${n}`, [], siteEnv));
    const b = build(`baseline-${n}`, ["--root", join(ROOT, "bench/baseline")], {
      BASELINE_SEEDS: seeds,
      BASELINE_OUT: baseOut,
    });
    // The baseline's Pagefind step, timed as part of its build (Triangulate's is in its build).
    const t0 = performance.now();
    await indexSite(baseOut, () => {});
    base.push({ ...b, wallMs: b.wallMs + (performance.now() - t0) });
  }
  const s = site.at(-1) as Build;
  const html = files(siteOut, ".html");
  const siteBytes = total(files(siteOut));
  const largest = html.reduce((m, f) => (f.bytes > m.bytes ? f : m), { path: "", bytes: 0 });
  const lines = plain(s.log)
    .split("\n")
    .filter((l) => l.trim() !== "").length;
  const [siteQuery, baseQuery] = browser
    ? [await firstQuery(browser, siteOut, "site"), await firstQuery(browser, baseOut, "baseline")]
    : [0, 0];
  // The incremental rebuild: one article edited (a sentence appended), the cache of the last
  // full build kept. The ratio to the full build is what "build only what changed" buys.
  const edited = join(seeds, (readdirSync(seeds).sort()[0] as string) ?? "");
  appendFileSync(edited, "\n\nA spokesperson said more details would follow later in the week.\n");
  const re = build(`site-${n}-rebuild`, [], siteEnv);
  const cacheLines = plain(re.log)
    .split("\n")
    .filter((l) => l.includes("from cache"))
    .map((l) => l.replace(/^.*\[triangulate\] /, ""));
  const sw = median(site.map((b) => b.wallMs));
  const bw = median(base.map((b) => b.wallMs));
  const row = {
    articles: n.toLocaleString("en-US"),
    triangulate: `${fmtS(sw)} / ${fmtS(median(site.map((b) => b.cpuMs)))}`,
    baseline: `${fmtS(bw)} / ${fmtS(median(base.map((b) => b.cpuMs)))}`,
    ratio: `${(sw / bw).toFixed(1)}×`,
    rss: `${(Math.max(...site.map((b) => b.rssMb)) / 1024).toFixed(2)} GB`,
    dist: `${kib(siteBytes)} (${html.length} pages) vs ${kib(total(files(baseOut)))}`,
    largest: `${kib(largest.bytes)} ${largest.path}`,
    query: browser ? `${kib(siteQuery)} vs ${kib(baseQuery)}` : "not measured",
    lines: String(lines),
    rebuild: `${fmtS(re.wallMs)} / ${fmtS(re.cpuMs)} (${((100 * re.wallMs) / sw).toFixed(0)}% of full)`,
  };
  console.log(
    `\n== ${row.articles} articles (${runs} run${runs > 1 ? "s" : ""} each, interleaved)`,
  );
  for (const [k, v] of Object.entries(row)) console.log(`${k.padEnd(12)} ${v}`);
  console.log("stages (Triangulate, last run):");
  for (const [stage, ms] of stageTimes(s.log)) console.log(`  ${stage.padEnd(24)} ${ms} ms`);
  console.log("stages (rebuild after one article changed, warm cache):");
  for (const [stage, ms] of stageTimes(re.log)) console.log(`  ${stage.padEnd(24)} ${ms} ms`);
  for (const line of cacheLines) console.log(`  ${line}`);
  table.push(`| ${Object.values(row).join(" | ")} |`);
  if (largest.bytes > MAX_PAGE) {
    console.log(`largest page is over ${kib(MAX_PAGE)}: ${largest.path}`);
    failed = true;
  }
}
await browser?.close();

console.log(
  "\n| articles | Triangulate (wall / CPU) | plain Astro + Pagefind (wall / CPU) | ratio (wall) | peak RSS | dist | largest page | first query, gzip (vs baseline) | log lines | one article changed, warm cache (wall / CPU) |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const line of table) console.log(line);
if (failed && flag("check")) process.exit(1);
