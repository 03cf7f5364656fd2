import { contains } from "../core/geo/contains.ts";
import { placeById } from "../core/geo/gazetteer.ts";
import type { Places } from "../core/geo/places.ts";
import { gazetteerPlaces } from "../core/geo/places.ts";
import type {
  Article,
  ArticleFacts,
  Claim,
  Diagnostic,
  Entity,
  Quote,
  SeedFile,
  Story,
  StoryEvent,
  TimelineEvent,
} from "../core/model.ts";
import { cluster } from "./cluster/index.ts";
import { compare } from "./compare/index.ts";
import { dateStories } from "./dates/index.ts";
import type { Effects } from "./effects.ts";
import { emit } from "./emit/index.ts";
import { storyEvents } from "./events/index.ts";
import { extract } from "./extract/index.ts";
import { defaultIngestOptions, ingest } from "./ingest/index.ts";
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
  /** Folder the generated JSON is written to; emptied first. */
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

/** The whole model of a build: what emit writes and the CLI prints. */
export interface Model {
  articles: Article[];
  diagnostics: Diagnostic[];
  facts: ArticleFacts[];
  entities: Entity[];
  quotes: Quote[];
  stories: Story[];
  events: StoryEvent[];
  claims: Claim[];
  timeline: TimelineEvent[];
}

export class PipelineError extends Error {
  override name = "PipelineError";
}

/**
 * The one place the stages meet: seeds -> ingest -> cluster -> emit -> content/. Each stage is
 * a pure function; this orchestrator does the reading, writing and logging through `effects`.
 */
export async function runPipeline(options: PipelineOptions, effects: Effects): Promise<Model> {
  const stage: StageRunner = (name, work, summary) => {
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

  const model = buildModel(articles, diagnostics, options, stage);

  const outputs = stage(
    "emit",
    () => emit(model),
    (f) => `${plural(f.length, "file")} to ${options.contentDir}`,
  );
  await effects.removeDir(options.contentDir);
  for (const f of outputs) await effects.writeFile(`${options.contentDir}/${f.path}`, f.contents);

  return model;
}

/** Runs one stage and reports it; the site logs each stage's counts and time. */
export type StageRunner = <T>(name: string, work: () => T, summary: (result: T) => string) => T;

const silently: StageRunner = (_name, work) => work();

/**
 * Everything the site shows, from ingested articles: extract -> resolve -> cluster -> dates ->
 * compare -> timeline. The site (runPipeline) and the CLI (`triangulate extract`) both call
 * this, so both see the same facts at the same offsets.
 */
export function buildModel(
  articles: readonly Article[],
  diagnostics: readonly Diagnostic[],
  options: Pick<PipelineOptions, "latestDate" | "referenceDate" | "places">,
  stage: StageRunner = silently,
): Model {
  const places = options.places ?? gazetteerPlaces;
  const extracted = stage(
    "extract",
    () => articles.map((a) => extract(a, places)),
    (f) => {
      const n = (k: "names" | "dates" | "figures" | "quotes") =>
        f.reduce((sum, x) => sum + x[k].length, 0);
      return `${plural(n("names"), "name")}, ${plural(n("dates"), "date")}, ${plural(n("figures"), "figure")}, ${plural(n("quotes"), "quote")}`;
    },
  );
  const resolved = stage(
    "resolve",
    () => resolveFacts(extracted),
    (r) =>
      `${plural(r.entities.length, "entity", "entities")}, ${plural(r.quotes.filter((q) => q.speaker).length, "quote")} attributed`,
  );
  const { entities, quotes } = resolved;
  const stories = stage(
    "cluster",
    () => cluster(articles, resolved.facts),
    (s) => plural(s.length, "story", "stories"),
  );
  const dated = stage(
    "dates",
    () =>
      dateStories(articles, stories, resolved.facts, {
        latestDate: options.latestDate,
        ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
      }),
    (d) => `${plural(d.inferred, "publication date")} inferred`,
  );
  const { facts } = dated;
  const events = stage(
    "events",
    () => storyEvents_(dated.articles, stories, facts),
    (e) => {
      const shared = e.filter((x) => x.sources.length > 1).length;
      return `${plural(e.length, "happening")}, ${shared} reported by several sources`;
    },
  );
  const claims = stage(
    "compare",
    () => compareStories(dated.articles, stories, facts, entities, events),
    (c) => {
      const n = (s: Claim["status"]) => c.filter((x) => x.status === s).length;
      return `${plural(c.length, "claim")}: ${n("agree")} agree, ${n("differ")} differ, ${n("compatible")} compatible, ${n("single-source")} single-source`;
    },
  );
  const timeline = stage(
    "timeline",
    () => storyTimelines(dated.articles, stories, facts),
    (t) => {
      const conflicts = t.filter((e) => e.date.conflict).length;
      const shared = t.filter((e) => e.reports.length > 1).length;
      return `${plural(t.length, "event")}: ${shared} reported by several sources, ${plural(conflicts, "date conflict")}`;
    },
  );
  return {
    articles: dated.articles,
    diagnostics: [...diagnostics],
    facts,
    entities,
    quotes,
    stories,
    events,
    claims,
    timeline,
  };
}

/** Whether gazetteer place `outer` contains `inner`, for comparing places across sources. */
function placeContains(outer: string, inner: string): boolean {
  const a = placeById(outer);
  const b = placeById(inner);
  return a !== undefined && b !== undefined && contains(a, b);
}

/** The story's members and their facts, in the story's order. */
function members(
  story: Story,
  byId: ReadonlyMap<string, Article>,
  factsOf: ReadonlyMap<string, ArticleFacts>,
) {
  const articles = story.sources.flatMap((id) => byId.get(id) ?? []);
  return { articles, facts: articles.flatMap((a) => factsOf.get(a.id) ?? []) };
}

/** Each story's happenings, from its members' sentences (after dates are resolved). */
function storyEvents_(
  articles: readonly Article[],
  stories: readonly Story[],
  facts: readonly ArticleFacts[],
): StoryEvent[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  return stories.flatMap((story) => {
    const m = members(story, byId, factsOf);
    return storyEvents(story, m.articles, m.facts);
  });
}

function compareStories(
  articles: readonly Article[],
  stories: readonly Story[],
  facts: readonly ArticleFacts[],
  entities: readonly Entity[],
  events: readonly StoryEvent[],
): Claim[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  const eventsOf = new Map<string, StoryEvent[]>();
  for (const e of events) eventsOf.set(e.story, [...(eventsOf.get(e.story) ?? []), e]);
  return stories.flatMap((story) => {
    const m = members(story, byId, factsOf);
    return compare(story, m.articles, m.facts, entities, {
      contains: placeContains,
      events: eventsOf.get(story.slug) ?? [],
    });
  });
}

/** Each story's timeline, from its members' dated statements (after dates are resolved). */
function storyTimelines(
  articles: readonly Article[],
  stories: readonly Story[],
  facts: readonly ArticleFacts[],
): TimelineEvent[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  return stories.flatMap((story) => {
    const m = members(story, byId, factsOf);
    return buildTimeline(story, m.articles, m.facts, { contains: placeContains });
  });
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function pick<T extends object, K extends keyof T>(o: T, key: K): Partial<Pick<T, K>> {
  return o[key] === undefined ? {} : ({ [key]: o[key] } as Pick<T, K>);
}
