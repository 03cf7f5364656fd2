import { cluster } from "./cluster/index.ts";
import { compare } from "./compare/index.ts";
import type { Effects } from "./effects.ts";
import { emit } from "./emit/index.ts";
import { contains, placeById } from "./extract/gazetteer.ts";
import { extract } from "./extract/index.ts";
import type { Places } from "./extract/names.ts";
import { gazetteerPlaces } from "./extract/places.ts";
import { defaultIngestOptions, ingest } from "./ingest/index.ts";
import type {
  Article,
  ArticleFacts,
  Claim,
  DateMention,
  Diagnostic,
  Entity,
  Quote,
  SeedFile,
  Story,
  TimelineEvent,
} from "./model.ts";
import { resolveDates } from "./resolve/dates.ts";
import { resolveFacts } from "./resolve/index.ts";
import { buildTimeline } from "./timeline/index.ts";

/**
 * The upper bound for inferred years when none is configured. A fixed date, not the clock, so
 * that the same seeds always give the same site; set `latestDate` to move it.
 */
export const DEFAULT_LATEST_DATE = "2026-12-31";

export interface PipelineOptions {
  /** Folder of seed articles (absolute, or relative to the working directory). */
  seedsDir: string;
  /** Folder the generated MDX and JSON are written to; emptied first. */
  contentDir: string;
  maxChars?: number;
  /**
   * The latest date a missing year may be inferred to (YYYY-MM-DD). A configured bound, because
   * the build never reads the clock.
   */
  latestDate: string;
  /** Anchor for relative dates in articles with no published date (the CLI's --reference-date). */
  referenceDate?: string;
  /** The gazetteer; tests may pass a small one. */
  places?: Places;
}

export interface PipelineResult {
  articles: Article[];
  stories: Story[];
  diagnostics: Diagnostic[];
  facts: ArticleFacts[];
  entities: Entity[];
  quotes: Quote[];
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

  const places = options.places ?? gazetteerPlaces;
  const facts = stage(
    "extract",
    () => articles.map((a) => extract(a, places)),
    (f) => {
      const n = (k: "names" | "dates" | "figures" | "quotes") =>
        f.reduce((sum, x) => sum + x[k].length, 0);
      return `${plural(n("names"), "name")}, ${plural(n("dates"), "date")}, ${plural(n("figures"), "figure")}, ${plural(n("quotes"), "quote")}`;
    },
  );
  const { entities, quotes } = stage(
    "resolve",
    () => resolveFacts(facts),
    (r) =>
      `${plural(r.entities.length, "entity", "entities")}, ${plural(r.quotes.filter((q) => q.speaker).length, "quote")} attributed`,
  );

  const stories = stage(
    "cluster",
    () => cluster(articles, facts),
    (s) => plural(s.length, "story", "stories"),
  );

  stage(
    "dates",
    () => anchorDates(articles, stories, facts, options),
    (inferred) => `${plural(inferred, "publication date")} inferred`,
  );

  const claims = stage(
    "compare",
    () => compareStories(articles, stories, facts, entities),
    (c) => {
      const n = (s: Claim["status"]) => c.filter((x) => x.status === s).length;
      return `${plural(c.length, "claim")}: ${n("agree")} agree, ${n("differ")} differ, ${n("compatible")} compatible, ${n("single-source")} single-source`;
    },
  );

  const timeline = stage(
    "timeline",
    () => storyTimelines(articles, stories, facts, entities),
    (t) => {
      const conflicts = t.filter((e) => e.date.conflict).length;
      const shared = t.filter((e) => e.reports.length > 1).length;
      return `${plural(t.length, "event")}: ${shared} reported by several sources, ${plural(conflicts, "date conflict")}`;
    },
  );

  const outputs = stage(
    "emit",
    () => emit({ articles, stories, diagnostics, facts, entities, quotes, claims, timeline }),
    (f) => `${plural(f.length, "file")} to ${options.contentDir}`,
  );
  await effects.removeDir(options.contentDir);
  for (const f of outputs) await effects.writeFile(`${options.contentDir}/${f.path}`, f.contents);

  return { articles, stories, diagnostics, facts, entities, quotes };
}

/** Whether gazetteer place `outer` contains `inner`, for comparing places across sources. */
function placeContains(outer: string, inner: string): boolean {
  const a = placeById(outer);
  const b = placeById(inner);
  return a !== undefined && b !== undefined && contains(a, b);
}

function compareStories(
  articles: readonly Article[],
  stories: readonly Story[],
  facts: readonly ArticleFacts[],
  entities: readonly Entity[],
): Claim[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  return stories.flatMap((story) => {
    const members = story.sources.flatMap((id) => byId.get(id) ?? []);
    const memberFacts = members.flatMap((a) => factsOf.get(a.id) ?? []);
    return compare(story, members, memberFacts, entities, { contains: placeContains });
  });
}

/** Each story's timeline, from its members' dated statements (after dates are resolved). */
function storyTimelines(
  articles: readonly Article[],
  stories: readonly Story[],
  facts: readonly ArticleFacts[],
  entities: readonly Entity[],
): TimelineEvent[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  return stories.flatMap((story) => {
    const members = story.sources.flatMap((id) => byId.get(id) ?? []);
    const memberFacts = members.flatMap((a) => factsOf.get(a.id) ?? []);
    return buildTimeline(story, members, memberFacts, entities);
  });
}

/**
 * Resolves every date against its article's anchor, story by story: a year missing in one
 * source may be fixed by another source's account of the same event. Fills each article's
 * `publishedInferred` when it had no published date. Returns how many were inferred.
 */
function anchorDates(
  articles: Article[],
  stories: readonly Story[],
  facts: ArticleFacts[],
  options: PipelineOptions,
): number {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  let inferred = 0;
  for (const story of stories) {
    const members = story.sources.flatMap((id) => byId.get(id) ?? []);
    const dates = new Map<string, DateMention[]>(
      members.map((a) => [a.id, factsOf.get(a.id)?.dates ?? []]),
    );
    const result = resolveDates(members, dates, {
      latest: options.latestDate,
      ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    });
    for (const a of members) {
      const f = factsOf.get(a.id);
      if (f) f.dates = result.dates.get(a.id) ?? f.dates;
      const p = result.publishedInferred.get(a.id) ?? null;
      if (!a.published && p) {
        a.publishedInferred = p;
        inferred++;
      }
    }
  }
  return inferred;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function pick<T extends object, K extends keyof T>(o: T, key: K): Partial<Pick<T, K>> {
  return o[key] === undefined ? {} : ({ [key]: o[key] } as Pick<T, K>);
}
