import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkInBrowser } from "./browser-check.ts";
import { type Built, checkFiles, checkWrites, type Failure, repoFiles } from "./checks.ts";
import { generate } from "./generate.ts";
import { writeEntries } from "./write.ts";

export const REPO = resolve(import.meta.dirname, "../..");

export interface FuzzOptions {
  files: number;
  seed: number;
  /** How many pages Chromium loads (a sample: the home page, stories, hostile sources). */
  pages: number;
  /** Where the project is made; a new temporary folder when not given. */
  dir?: string;
  /**
   * Check the site already built in `dir` by an earlier run with the same files and seed,
   * without building again (to re-run the checks after changing them).
   */
  recheck?: boolean;
  log?: (line: string) => void;
}

export interface FuzzReport {
  dir: string;
  files: number;
  seed: number;
  exitCode: number;
  buildMs: number;
  checkMs: number;
  articles: number;
  warnings: number;
  pages: number;
  byClass: Record<string, number>;
  failures: Failure[];
}

/**
 * Generates `files` hostile seeds, builds a site from them exactly as `npm run build` does
 * (in a project folder of its own), and checks it: the build exits 0, every text is shown as
 * cleaned, nothing is written outside content/ and dist/, no script runs, no link is broken.
 */
export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const log = o.log ?? (() => {});
  if (o.dir && !o.recheck && existsSync(o.dir) && readdirSync(o.dir).length > 0) {
    throw new Error(`${o.dir} is not empty: the fuzz checks that it writes nothing else there`);
  }
  const root = o.dir ?? mkdtempSync(join(tmpdir(), "triangulate-fuzz-"));
  const site: Built = {
    root,
    seeds: join(root, "seeds"),
    content: join(root, "content"),
    dist: join(root, "dist"),
  };
  const entries = generate(o.files, o.seed);
  if (!o.recheck) {
    mkdirSync(site.seeds, { recursive: true });
    writeEntries(site.seeds, entries);
  }
  const byClass: Record<string, number> = {};
  for (const e of entries) byClass[e.cls] = (byClass[e.cls] ?? 0) + 1;
  log(`fuzz: ${entries.length} entries (seed ${o.seed}) in ${site.seeds}`);

  const repoBefore = repoFiles(REPO);
  const t0 = performance.now();
  const build = o.recheck ? { code: 0, log: "" } : await astroBuild(site);
  const buildMs = performance.now() - t0;
  if (!o.recheck) writeFileSync(join(root, "build.log"), build.log);
  log(`fuzz: build exited ${build.code} after ${Math.round(buildMs / 1000)} s`);
  const report: FuzzReport = {
    dir: root,
    files: entries.length,
    seed: o.seed,
    exitCode: build.code,
    buildMs,
    checkMs: 0,
    articles: 0,
    warnings: 0,
    pages: 0,
    byClass,
    failures: [],
  };
  if (build.code !== 0) {
    report.failures.push({
      cls: "build-failed",
      detail: build.log.split("\n").slice(-30).join("\n"),
    });
    return report;
  }
  const t1 = performance.now();
  report.articles = readdirSync(join(site.content, "sources")).length;
  report.warnings = (
    JSON.parse(readFileSync(join(site.content, "build/diagnostics.json"), "utf8")) as unknown[]
  ).length;
  report.failures.push(...checkFiles(site, entries), ...checkWrites(site, REPO, repoBefore));
  const paths = samplePages(site, o.pages);
  report.pages = paths.length;
  log(`fuzz: file checks done; loading ${paths.length} pages in Chromium`);
  report.failures.push(...(await checkInBrowser(site.dist, paths)));
  report.checkMs = performance.now() - t1;
  return report;
}

function astroBuild(site: Built): Promise<{ code: number; log: string }> {
  const env = {
    ...process.env,
    TZ: "UTC",
    TRIANGULATE_SEEDS: site.seeds,
    TRIANGULATE_CONTENT: site.content,
    TRIANGULATE_OUT: site.dist,
    TRIANGULATE_CACHE: join(site.root, "cache"),
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  return new Promise((ok) => {
    const child = spawn(join(REPO, "node_modules/.bin/astro"), ["build"], {
      cwd: REPO,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("close", (code) => ok({ code: code ?? 1, log: out }));
  });
}

/**
 * The pages Chromium loads: home, search, every story up to a quarter of the budget, then the
 * source pages of the articles most likely to carry script (injections, markup, odd names).
 */
function samplePages(site: Built, budget: number): string[] {
  const stories = readdirSync(join(site.content, "stories"))
    .map((f) => `/stories/${f.replace(/\.json$/, "")}/`)
    .slice(0, Math.ceil(budget / 4));
  const ids = readdirSync(join(site.content, "sources")).map((f) => f.replace(/\.json$/, ""));
  const risky = ids.filter((id) => /inject|script|page|ctl|yaml|weird|pwn|raw/i.test(id));
  const sources = [...risky, ...ids.filter((id) => !risky.includes(id))].map(
    (id) => `/sources/${id}/`,
  );
  const fixed = ["/", "/search/?q=script", "/timeline/", "/places/", "/people/", "/organizations/"];
  return [...fixed, ...stories, ...sources].slice(0, Math.max(budget, fixed.length));
}
