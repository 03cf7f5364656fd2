/**
 * npm run bench: Triangulate against a plain Astro + Pagefind baseline, measured in the same run
 * on the same machine, plus extraction throughput on a 1 MB article (with compromise, the usual
 * JS NLP library, as a yardstick). Prints figures and ratios; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import nlp from "compromise";
import { serve } from "../scripts/serve.ts";
import { indexSite } from "../src/build/search-index.ts";
import { loadGazetteer } from "../src/core/geo/gazetteer.ts";
import { gazetteerPlaces } from "../src/core/geo/places.ts";
import { extractDates } from "../src/pipeline/extract/dates.ts";
import { extractFigures } from "../src/pipeline/extract/figures.ts";
import { extractNames } from "../src/pipeline/extract/names.ts";
import { extractQuotes } from "../src/pipeline/extract/quotes.ts";
import { ingest } from "../src/pipeline/ingest/index.ts";
import { launch } from "../tests/e2e/browser.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TMP = join(ROOT, "bench/.tmp");
const SEEDS = process.env.TRIANGULATE_SEEDS ?? join(ROOT, "seeds");
const ASTRO = join(ROOT, "node_modules/.bin/astro");
rmSync(TMP, { recursive: true, force: true });

const rows: [string, string][] = [];
const row = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(44)} ${value}`);
};
const rate = (chars: number, ms: number) =>
  `${Math.round(chars / (ms / 1000)).toLocaleString("en-US")} chars/s`;
const time = <T>(work: () => T): [T, number] => {
  const t0 = performance.now();
  const result = work();
  return [result, performance.now() - t0];
};
const best = (runs: number, work: () => unknown) =>
  Math.min(...Array.from({ length: runs }, () => time(work)[1]));

function duSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

// --- extraction throughput on a 1 MB article ---
const seedText = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(SEEDS, f), "utf8"))
  .join("\n\n");
let big = "Benchmark Article Headline\n\n";
while (big.length < 1_000_000) big += `${seedText}\n\n`;
const bytes = new TextEncoder().encode(big);
const [, gazetteerMs] = time(() => loadGazetteer());
row("gazetteer load (once per build)", `${Math.round(gazetteerMs)} ms`);
const [ingested, ingestMs] = time(() =>
  ingest([{ path: "big.txt", bytes }], { maxChars: 5_000_000 }),
);
const article = ingested.articles[0];
if (!article) throw new Error("benchmark article was not ingested");
const n = article.text.length;
row(`ingest ${n.toLocaleString("en-US")} chars`, rate(n, ingestMs));
const namesMs = best(3, () => extractNames(article, gazetteerPlaces));
const names = extractNames(article, gazetteerPlaces);
const datesMs = best(3, () => extractDates(article));
const figuresMs = best(3, () => extractFigures(article));
const speakers = names.filter((m) => m.type !== "place");
const quotesMs = best(3, () => extractQuotes(article, speakers));
row("extract: names (people, places, orgs)", rate(n, namesMs));
row("extract: dates", rate(n, datesMs));
row("extract: figures", rate(n, figuresMs));
row("extract: quotes", rate(n, quotesMs));
const extractAll = namesMs + datesMs + figuresMs + quotesMs;
row("extract: all four", rate(n, extractAll));
const sample = big.slice(0, 200_000);
const compromiseMs = best(1, () => {
  const doc = nlp(sample);
  doc.people().out("array");
  doc.places().out("array");
});
row("compromise people+places (yardstick)", rate(sample.length, compromiseMs));
row(
  "ratio: Triangulate extract / compromise",
  `${(n / extractAll / (sample.length / compromiseMs)).toFixed(1)}x faster`,
);

// --- site build against the baseline ---
function build(name: string, args: string[], env: Record<string, string>): number {
  const t0 = performance.now();
  const r = spawnSync(ASTRO, ["build", ...args], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", TZ: "UTC", ...env },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${name} build failed:\n${r.stdout}\n${r.stderr}`);
  return performance.now() - t0;
}
const siteOut = join(TMP, "triangulate");
const baseOut = join(TMP, "baseline");
const siteMs = build("Triangulate", [], {
  TRIANGULATE_SEEDS: SEEDS,
  TRIANGULATE_OUT: siteOut,
  TRIANGULATE_CONTENT: join(TMP, "content"),
  TRIANGULATE_CACHE: join(TMP, "cache"),
});
const baseBuildMs = build("baseline", ["--root", join(ROOT, "bench/baseline")], {
  BASELINE_SEEDS: SEEDS,
  BASELINE_OUT: baseOut,
});
const t0 = performance.now();
await indexSite(baseOut, () => {});
const baseMs = baseBuildMs + (performance.now() - t0);
row("build: Triangulate (seeds -> dist, with Pagefind)", `${(siteMs / 1000).toFixed(1)} s`);
row("build: plain Astro + Pagefind baseline", `${(baseMs / 1000).toFixed(1)} s`);
row("ratio: build time", `${(siteMs / baseMs).toFixed(2)}x the baseline`);
const siteBytes = duSize(siteOut);
const baseBytes = duSize(baseOut);
row("dist size: Triangulate", `${(siteBytes / 1024).toFixed(0)} KiB`);
row("dist size: baseline", `${(baseBytes / 1024).toFixed(0)} KiB`);
row("ratio: dist size", `${(siteBytes / baseBytes).toFixed(2)}x the baseline`);

// Search payload: what a reader downloads for the page, then for a first query. Triangulate
// through its search page (Pagefind loads on focus); the baseline by importing Pagefind directly.
const origin = (s: Server) => {
  const a = s.address();
  return `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
};
const browser = await launch();
async function payload(
  dir: string,
  run: (page: import("playwright-core").Page, base: string) => Promise<void>,
) {
  const server = await serve(dir, 0);
  const base = origin(server);
  const page = await browser.newPage();
  const sizes: { path: string; bytes: number }[] = [];
  page.on("response", async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    sizes.push({ path: new URL(r.url()).pathname, bytes: body.length });
  });
  await run(page, base);
  await page.waitForLoadState("networkidle");
  await page.close();
  server.close();
  return sizes;
}
const QUERY = process.env.BENCH_QUERY ?? "troops";
const siteSearch = await payload(siteOut, async (page, base) => {
  await page.goto(`${base}/search/`);
  await page.waitForLoadState("networkidle");
  await page.locator("#search-q").fill(QUERY);
  await page.locator("#search-q").press("Enter");
  await page.locator("#search-results li").first().waitFor();
});
const sum = (xs: { bytes: number }[]) => xs.reduce((s, x) => s + x.bytes, 0);
const pagefindOf = (xs: { path: string; bytes: number }[]) =>
  xs.filter((x) => x.path.startsWith("/pagefind/"));
const baseSearch = await payload(baseOut, async (page, base) => {
  await page.goto(`${base}/`);
  await page.evaluate(async (q) => {
    const pf = await import(/* @vite-ignore */ `${"/pagefind/"}pagefind.js`);
    await pf.init?.();
    const r = await pf.search(q);
    await Promise.all(r.results.slice(0, 20).map((x: { data(): Promise<unknown> }) => x.data()));
  }, QUERY);
});
const siteQuery = sum(pagefindOf(siteSearch));
const baseQuery = sum(pagefindOf(baseSearch));
row(
  "search: search page before the box is used",
  `${(sum(siteSearch.filter((x) => !x.path.startsWith("/pagefind/"))) / 1024).toFixed(1)} KiB (no Pagefind file)`,
);
row(
  `search: first query "${QUERY}" (Pagefind files)`,
  `${(siteQuery / 1024).toFixed(1)} KiB in ${pagefindOf(siteSearch).length} files`,
);
row(
  `search: same query, baseline`,
  `${(baseQuery / 1024).toFixed(1)} KiB in ${pagefindOf(baseSearch).length} files`,
);
row("ratio: first-query bytes", `${(siteQuery / baseQuery).toFixed(2)}x the baseline`);
await browser.close();

// Embeds: each embed page carries its CSS, script and SVG inline, so one file is all it loads.
const embedDir = join(siteOut, "embed");
const embedSizes = readdirSync(embedDir).map(
  (id) => gzipSync(readFileSync(join(embedDir, id, "index.html"))).length,
);
row("embed page, gzip, all assets (largest)", `${(Math.max(...embedSizes) / 1024).toFixed(1)} KiB`);
const median = embedSizes.toSorted((a, b) => a - b)[Math.floor(embedSizes.length / 2)] ?? 0;
row("embed page, gzip, all assets (median)", `${(median / 1024).toFixed(1)} KiB`);
