import { cluster, defaultClusterOptions } from "./cluster/index.ts";
import type { Effects } from "./effects.ts";
import { emit } from "./emit/index.ts";
import { defaultIngestOptions, ingest } from "./ingest/index.ts";
import type { Article, Diagnostic, SeedFile, Story } from "./model.ts";

export interface PipelineOptions {
  /** Folder of seed articles (absolute, or relative to the working directory). */
  seedsDir: string;
  /** Folder the generated MDX and JSON are written to; emptied first. */
  contentDir: string;
  maxChars?: number;
}

export interface PipelineResult {
  articles: Article[];
  stories: Story[];
  diagnostics: Diagnostic[];
}

export class PipelineError extends Error {
  override name = "PipelineError";
}

/**
 * The one place the stages meet: seeds -> ingest -> cluster -> emit -> content/. Each stage is
 * a pure function; this orchestrator does the reading, writing and logging through `effects`.
 */
export async function runPipeline(
  options: PipelineOptions,
  effects: Effects,
): Promise<PipelineResult> {
  const stage = <T>(name: string, work: () => T, summary: (result: T) => string): T => {
    const t0 = effects.elapsed();
    const result = work();
    effects.log(`${name.padEnd(8)} ${summary(result)} ${Math.round(effects.elapsed() - t0)} ms`);
    return result;
  };

  const t0 = effects.elapsed();
  let paths: string[];
  try {
    paths = await effects.listFiles(options.seedsDir);
  } catch (cause) {
    throw new PipelineError(
      `seeds folder not found or unreadable: ${options.seedsDir} (set TRIANGULATE_SEEDS to the folder of your articles)`,
      { cause },
    );
  }
  const files: SeedFile[] = [];
  for (const path of paths) {
    files.push({ path, bytes: await effects.readFile(`${options.seedsDir}/${path}`) });
  }
  effects.log(
    `${"read".padEnd(8)} ${plural(files.length, "file")} from ${options.seedsDir} ${Math.round(effects.elapsed() - t0)} ms`,
  );

  const { articles, diagnostics } = stage(
    "ingest",
    () => ingest(files, { ...defaultIngestOptions, ...pick(options, "maxChars") }),
    (r) => `${plural(r.articles.length, "article")}, ${plural(r.diagnostics.length, "warning")}`,
  );
  for (const d of diagnostics) {
    effects.log(
      `${d.level} ${options.seedsDir}/${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`,
    );
  }
  if (articles.length === 0) {
    effects.log(`warning  no articles in ${options.seedsDir}; the site will have no stories`);
  }

  const stories = stage(
    "cluster",
    () => cluster(articles, defaultClusterOptions),
    (s) => plural(s.length, "story", "stories"),
  );

  const outputs = stage(
    "emit",
    () => emit({ articles, stories, diagnostics }),
    (f) => `${plural(f.length, "file")} to ${options.contentDir}`,
  );
  await effects.removeDir(options.contentDir);
  for (const f of outputs) await effects.writeFile(`${options.contentDir}/${f.path}`, f.contents);

  return { articles, stories, diagnostics };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function pick<T extends object, K extends keyof T>(o: T, key: K): Partial<Pick<T, K>> {
  return o[key] === undefined ? {} : ({ [key]: o[key] } as Pick<T, K>);
}
