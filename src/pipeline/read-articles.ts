import { DEFAULT_ARTICLE_BUDGET_MS, type TimeBudget } from "../core/budget.ts";
import type { Article, Diagnostic } from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import { type CorrectionsRead, takeCorrections } from "./corrections/index.ts";
import type { Effects } from "./effects.ts";
import { defaultIngestOptions, ingest } from "./ingest/index.ts";
import { logLine } from "./isolate.ts";
import { PipelineError } from "./pipeline-error.ts";
import { readSeeds } from "./seeds.ts";
import { plural, type StageRunner } from "./stage-runner.ts";

/**
 * The seeds folder read and ingested, as a build reads it: every file, the editors'
 * corrections, and each problem logged. Both the build (runPipeline) and the cache fill
 * (`triangulate extract --shard`) start here, so both see the same articles.
 */
export async function readArticles(
  options: { seedsDir: string; maxChars?: number; articleBudgetMs?: number },
  effects: Effects,
  stage: StageRunner,
): Promise<{
  articles: Article[];
  diagnostics: Diagnostic[];
  corrections: CorrectionsRead;
  budget: TimeBudget;
}> {
  const t0 = effects.elapsed();
  let entries: Awaited<ReturnType<Effects["listFiles"]>>;
  try {
    entries = await effects.listFiles(options.seedsDir);
  } catch (cause) {
    throw new PipelineError(
      `seeds folder not found or unreadable: ${options.seedsDir} (set TRIANGULATE_SEEDS to the folder of your articles)`,
      { cause },
    );
  }
  const read = await readSeeds(entries, options.seedsDir, effects);
  const { files, corrections } = takeCorrections(read.files);
  effects.log(
    `${"read".padEnd(8)} ${plural(read.files.length, "file")} from ${options.seedsDir} ${Math.round(effects.elapsed() - t0)} ms`,
  );

  const budget = {
    ms: options.articleBudgetMs ?? DEFAULT_ARTICLE_BUDGET_MS,
    clock: () => effects.elapsed(),
  };
  const maxChars = options.maxChars === undefined ? {} : { maxChars: options.maxChars };
  const ingested = stage(
    "ingest",
    () => ingest(files, { ...defaultIngestOptions, ...maxChars, budget }),
    (r) =>
      `${plural(r.articles.length, "article")}, ${plural(r.diagnostics.length + read.diagnostics.length, "warning")}`,
  );
  const { articles } = ingested;
  const diagnostics = [
    ...read.diagnostics,
    ...ingested.diagnostics,
    ...corrections.diagnostics,
  ].sort((a, b) => byCodeUnit(a.file ?? "", b.file ?? ""));
  for (const d of diagnostics) effects.log(logLine(d, options.seedsDir));
  if (articles.length === 0 && read.articles > 0) {
    // Nothing could be built: the one case that fails the build.
    throw new PipelineError(
      `no article could be built from the ${plural(read.articles, "article file")} in ${options.seedsDir}; see the warnings above`,
    );
  }
  if (articles.length === 0) {
    effects.log(`warning  no articles in ${options.seedsDir}; the site will have no stories`);
  }
  return { articles, diagnostics, corrections, budget };
}
