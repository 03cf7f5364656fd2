import { copyFile, mkdir, readdir } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { addDiagnostics } from "./build/content.ts";
import { writeContentInWorker } from "./build/content-thread.ts";
import { deadDirectivePlugin } from "./build/dead-directive.ts";
import { writeEmbeds } from "./build/embeds.ts";
import { progressLine, stageProgress } from "./build/progress.ts";
import { indexSite } from "./build/search-index.ts";
import { warningSummary } from "./build/warning-summary.ts";
import { openCache, openMirror } from "./cache/open-cache.ts";
import type { Diagnostic } from "./core/model.ts";
import { pngRenderer } from "./embed/png.ts";
import { publicOrigin, siteOrigin } from "./lib/embed-urls.ts";
import { nodeEffects } from "./pipeline/effects.ts";
import { DEFAULT_LATEST_DATE } from "./pipeline/index.ts";

export interface TriangulateOptions {
  /** Folder of seed articles, relative to the project root. TRIANGULATE_SEEDS overrides it. */
  seeds?: string;
  /** Folder for the generated JSON (pages read it). TRIANGULATE_CONTENT overrides it. */
  content?: string;
  /**
   * The latest date a missing year may be inferred to, YYYY-MM-DD (a configured bound: the
   * build never reads the clock). TRIANGULATE_LATEST_DATE overrides it.
   */
  latestDate?: string;
}

/** Where the pipeline reads and writes, resolved once so the integration and collections agree. */
export function resolveDirs(root: string, options: TriangulateOptions = {}) {
  const at = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  return {
    seeds: at(process.env.TRIANGULATE_SEEDS ?? options.seeds ?? "seeds"),
    content: at(process.env.TRIANGULATE_CONTENT ?? options.content ?? "content"),
  };
}

/** The module through which src/content.config.ts learns where the pipeline wrote content/. */
export const CONTENT_DIR_MODULE = "virtual:triangulate/content-dir";
const RESOLVED_CONTENT_DIR_MODULE = `\0${CONTENT_DIR_MODULE}`;

/**
 * A Vite plugin serving CONTENT_DIR_MODULE: `contentDir`, the content folder as a file URL
 * (ending in "/"). Astro loads the content config through Vite, so the collections read from
 * the folder resolveDirs chose (the `content` option or TRIANGULATE_CONTENT), not their own guess.
 */
export function contentDirPlugin(contentDir: string) {
  const url = pathToFileURL(join(contentDir, "/")).href;
  return {
    name: "triangulate:content-dir",
    resolveId: (id: string) =>
      id === CONTENT_DIR_MODULE ? RESOLVED_CONTENT_DIR_MODULE : undefined,
    load: (id: string) =>
      id === RESOLVED_CONTENT_DIR_MODULE
        ? `export const contentDir = ${JSON.stringify(url)};\n`
        : undefined,
  };
}

/**
 * Runs the pipeline and the chart step before Astro reads its content collections, and the
 * embeds and Pagefind after the pages are written, so `astro build` alone turns seeds into a
 * searchable site.
 */
export default function triangulate(options: TriangulateOptions = {}): AstroIntegration {
  let root = process.cwd();
  let dirs = resolveDirs(root, options);
  // Every warning of this build: the pipeline's, the charts' and the embeds'.
  let warnings: Diagnostic[] = [];
  const run = async (logger: AstroIntegrationLogger) => {
    // The pipeline, then every chart drawn from its output: all before Astro renders a page, in
    // a thread whose memory is freed when it ends (content-thread.ts says why).
    const lines = stageProgress();
    const written = await writeContentInWorker(
      root,
      {
        seedsDir: dirs.seeds,
        contentDir: dirs.content,
        latestDate:
          process.env.TRIANGULATE_LATEST_DATE ?? options.latestDate ?? DEFAULT_LATEST_DATE,
        // Links from embedded charts to their story: root-relative without a public address.
        origin: publicOrigin() ?? "",
        ...articleBudget(),
      },
      {
        log: (line) => {
          lines.clear();
          logger.info(line);
        },
        progress: lines.progress,
        warn: (message) => warnOnce(logger, message),
      },
    );
    warnings = written.diagnostics;
  };

  return {
    name: "triangulate",
    hooks: {
      "astro:config:setup": async ({ config, command, logger, addWatchFile, updateConfig }) => {
        root = fileURLToPath(config.root);
        dirs = resolveDirs(root, options);
        updateConfig({
          vite: { plugins: [contentDirPlugin(dirs.content), deadDirectivePlugin()] },
        });
        if (command === "build" || command === "dev" || command === "sync") await run(logger);
        if (command === "dev") addWatchFile(dirs.seeds);
      },
      "astro:server:setup": ({ server, logger, refreshContent }) => {
        // Editing a seed regenerates content/ and reloads the collections.
        server.watcher.add(dirs.seeds);
        server.watcher.on("all", async (_event, path) => {
          if (!resolve(path).startsWith(dirs.seeds)) return;
          try {
            await run(logger);
            await refreshContent?.({});
          } catch (error) {
            // The dev server keeps running; the next edit builds again.
            logger.error(error instanceof Error ? error.message : String(error));
          }
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const copied = await publishData(join(dirs.content, "data"), join(outDir, "data"));
        logger.info(`data     ${copied} files to ${join(outDir, "data")}`);
        const t0 = performance.now();
        const progress = progressLine("embeds");
        const cache = buildCache(root, logger);
        const mirror = openMirror(root, "embeds", pngRenderer());
        const embeds = await writeEmbeds({
          contentDir: dirs.content,
          outDir,
          stylesDir: join(root, "src/styles"),
          origin: siteOrigin(),
          base: publicOrigin() ?? "",
          onProgress: progress.tick,
          cache,
          mirror,
        }).finally(() => cache?.close());
        mirror?.files.close();
        progress.clear();
        const pngs = cache
          ? `, ${embeds.restored} of ${embeds.charts} from cache, ${embeds.pngs.fromCache} of ${embeds.pngs.total} PNGs from cache`
          : "";
        logger.info(
          `embeds   ${embeds.charts} charts${pngs} ${Math.round(performance.now() - t0)} ms`,
        );
        if (embeds.diagnostics.length > 0) {
          const effects = nodeEffects((line) => logger.warn(line));
          await addDiagnostics(dirs.content, embeds.diagnostics, effects);
          warnings = [...warnings, ...embeds.diagnostics];
        }
        // One warning per build, naming what needs the address: pages and embeds link within
        // the site by relative addresses, but what is copied elsewhere cannot.
        if (publicOrigin() === null) logger.warn(missingSiteWarning(embeds.charts));
        await indexSite(outDir, (line) => logger.info(line));
        const diagnosticsFile = join(dirs.content, "build/diagnostics.json");
        const summary = warningSummary(warnings, diagnosticsFile);
        if (summary !== null) logger.warn(summary);
        if (warnings.length > 0 && strict()) {
          // CI for publishers: every warning is in the log above and in diagnostics.json.
          throw new Error(
            `${warnings.length} warning(s) and strict mode is on (--strict or TRIANGULATE_STRICT=1): failing the build; see ${diagnosticsFile}`,
          );
        }
      },
    },
  };
}

/**
 * The build cache (src/cache/), or null when TRIANGULATE_CACHE=off. Its one possible warning
 * (a file that cannot be used) goes to the log; the build then does all the work.
 */
function buildCache(root: string, logger: AstroIntegrationLogger) {
  return openCache(root, (message) => warnOnce(logger, message), pngRenderer());
}

/** Warnings already given in this process: the cache is opened twice a build (pages, embeds). */
const given = new Set<string>();

function warnOnce(logger: AstroIntegrationLogger, message: string): void {
  if (!given.has(message)) logger.warn(message);
  given.add(message);
}

/**
 * TRIANGULATE_ARTICLE_BUDGET: seconds one article's reading or extraction may take (0: no
 * budget); without it (or when it is not a number), the pipeline's default.
 */
export function articleBudget(env: NodeJS.ProcessEnv = process.env): { articleBudgetMs?: number } {
  const text = env.TRIANGULATE_ARTICLE_BUDGET?.trim() ?? "";
  const seconds = Number(text);
  return text !== "" && seconds >= 0 ? { articleBudgetMs: seconds * 1000 } : {};
}

/**
 * Whether a warning fails the build: `astro build --strict` (`npm run build -- --strict`) or
 * TRIANGULATE_STRICT=1. Off by default: bad input never stops the build unless asked.
 */
export function strict(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const flag = env.TRIANGULATE_STRICT?.trim().toLowerCase();
  return (
    argv.includes("--strict") ||
    (flag !== undefined && flag !== "" && flag !== "0" && flag !== "false")
  );
}

/** The public data contract: content/data/*.json becomes dist/data/*.json, unchanged. */
async function publishData(from: string, to: string): Promise<number> {
  await mkdir(to, { recursive: true });
  const names = (await readdir(from)).filter((n) => n.endsWith(".json")).sort();
  for (const name of names) await copyFile(join(from, name), join(to, name));
  return names.length;
}

/** The build's one warning when TRIANGULATE_SITE is not set. */
export function missingSiteWarning(embeds: number): string {
  return (
    `TRIANGULATE_SITE is not set. Pages and embeds link within the site by relative addresses, ` +
    `but the embed snippets and oEmbed files of ${embeds} charts point to ${siteOrigin({})}, and link ` +
    "previews (Open Graph, Twitter) get relative image addresses that other sites cannot load. " +
    "Before publishing, build with the site's public address: " +
    "TRIANGULATE_SITE=https://news.example.org npm run build"
  );
}
