import type { TimeBudget } from "../core/budget.ts";
import { errorText } from "../core/error-text.ts";
import { contains } from "../core/geo/contains.ts";
import { placeById } from "../core/geo/gazetteer.ts";
import type { Places } from "../core/geo/places.ts";
import { gazetteerPlaces } from "../core/geo/places.ts";
import {
  type Article,
  type ArticleFacts,
  type Claim,
  type Diagnostic,
  type Entity,
  isChartFile,
  type Quote,
  type Story,
  type StoryEvent,
  type TimelineEvent,
} from "../core/model.ts";
import { cluster } from "./cluster/index.ts";
import { oneStoryEach } from "./cluster/one-story-each.ts";
import { compare } from "./compare/index.ts";
import {
  type CorrectionsRead,
  correctArticles,
  correctClaims,
  correctEntities,
  correctStories,
  correctTimeline,
  NO_CORRECTIONS,
} from "./corrections/index.ts";
import { dateStories } from "./dates/index.ts";
import { type Effects, type StepCache, writeFolder } from "./effects.ts";
import { emit } from "./emit/index.ts";
import { storyEvents } from "./events/index.ts";
import { extractEach } from "./extract-each.ts";
import { eachStory, isolated, logLine } from "./isolate.ts";
import { readArticles } from "./read-articles.ts";
import { resolveFacts } from "./resolve/index.ts";
import { loggedStages, plural, type StageRunner, silently } from "./stage-runner.ts";
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
  /** The editors' corrections (read from corrections.yml in the seeds folder by runPipeline). */
  corrections?: CorrectionsRead;
  /** Time one article's reading or extraction may take (ms; 0: none). See core/budget.ts. */
  articleBudgetMs?: number;
  /** Results of earlier builds (src/cache/), so an unchanged article is not extracted again. */
  cache?: StepCache;
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

export { PipelineError } from "./pipeline-error.ts";
export type { StageRunner } from "./stage-runner.ts";

/**
 * The one place the stages meet: seeds -> ingest -> cluster -> emit -> content/. Each stage is
 * a pure function; this orchestrator does the reading, writing and logging through `effects`.
 */
export async function runPipeline(options: PipelineOptions, effects: Effects): Promise<Model> {
  const stage = loggedStages(effects);
  const { articles, diagnostics, corrections, budget } = await readArticles(
    options,
    effects,
    stage,
  );
  const model = buildModel(articles, diagnostics, { ...options, corrections, budget }, stage);
  for (const d of model.diagnostics.slice(diagnostics.length)) {
    effects.log(logLine(d, options.seedsDir));
  }

  const outputs = stage(
    "emit",
    () => emit(model),
    (f) => `${plural(f.length, "file")} to ${options.contentDir}`,
  );
  // The chart step's files are left for it: it replaces them right after, changed ones only.
  await writeFolder(effects, options.contentDir, outputs, isChartFile);

  return model;
}

/**
 * Everything the site shows, from ingested articles: extract -> resolve -> cluster -> dates ->
 * compare -> timeline. The site (runPipeline) and the CLI (`triangulate extract`) both call
 * this, so both see the same facts at the same offsets.
 */
export function buildModel(
  given: readonly Article[],
  diagnostics: readonly Diagnostic[],
  options: Pick<
    PipelineOptions,
    "latestDate" | "referenceDate" | "places" | "corrections" | "cache"
  > & {
    budget?: TimeBudget;
  },
  stage: StageRunner = silently,
): Model {
  const places = options.places ?? gazetteerPlaces;
  // One failure stays local: each article's extraction and each story's steps are isolated,
  // and a failure becomes a warning that says what was skipped.
  const problems: Diagnostic[] = [...diagnostics];
  // The editors' corrections apply where each thing is made, so later steps see them.
  const { corrections: fixes, publish } = options.corrections ?? NO_CORRECTIONS;
  const articles = correctArticles(given, fixes, problems);
  const warn = (about: Pick<Diagnostic, "file" | "story">, message: string): Diagnostic => ({
    level: "warning",
    ...about,
    message,
    outcome: "skipped",
  });
  const extracted = stage(
    "extract",
    (tick) =>
      extractEach(articles, problems, {
        places,
        budget: options.budget,
        cache: options.cache,
        tick,
      }),
    ({ facts: f, fromCache }) => {
      const n = (k: "names" | "dates" | "figures" | "quotes") =>
        f.reduce((sum, x) => sum + x[k].length, 0);
      // One line for the cache, not one per article: how much of this build was done before.
      const cached = options.cache
        ? `, ${fromCache} of ${plural(f.length, "article")} from cache`
        : "";
      return `${plural(n("names"), "name")}, ${plural(n("dates"), "date")}, ${plural(n("figures"), "figure")}, ${plural(n("quotes"), "quote")}${cached}`;
    },
  ).facts;
  const resolved = stage(
    "resolve",
    () =>
      isolated(
        () => correctEntities(resolveFacts(extracted), fixes, problems),
        { facts: extracted, entities: [], quotes: [] },
        (e) =>
          warn(
            {},
            `resolving names across sources failed (${errorText(e)}); no people, places or organizations were listed`,
          ),
        problems,
      ),
    (r) =>
      `${plural(r.entities.length, "entity", "entities")}, ${plural(r.quotes.filter((q) => q.speaker).length, "quote")} attributed`,
  );
  const { entities, quotes } = resolved;
  const stories = stage(
    "cluster",
    () =>
      correctStories(
        isolated(
          () =>
            cluster(articles, resolved.facts, {
              onTitleError: (sources, e) =>
                problems.push(
                  warn(
                    { file: articles.find((a) => a.id === sources[0])?.file ?? sources[0] ?? "" },
                    `writing the title of its story failed (${errorText(e)}); the story took this source's title`,
                  ),
                ),
            }),
          oneStoryEach(articles),
          (e) =>
            warn(
              {},
              `grouping articles into stories failed (${errorText(e)}); each article is a story of its own`,
            ),
          problems,
        ),
        articles,
        fixes,
        problems,
      ),
    (s) => plural(s.length, "story", "stories"),
  );
  const dated = stage(
    "dates",
    () =>
      dateStories(articles, stories, resolved.facts, {
        latestDate: options.latestDate,
        ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
        onError: (story, e) =>
          problems.push(
            warn(
              { story },
              `placing its dates on the calendar failed (${errorText(e)}); its dates were left as written`,
            ),
          ),
      }),
    (d) => `${plural(d.inferred, "publication date")} inferred`,
  );
  const { facts } = dated;
  const perStory = { articles: dated.articles, stories, facts, problems, warn };
  const events = stage(
    "events",
    () =>
      eachStory(perStory, "finding its happenings", (story, m) =>
        storyEvents(story, m.articles, m.facts, (message) =>
          problems.push(warn({ story: story.slug }, message)),
        ),
      ),
    (e) => {
      const shared = e.filter((x) => x.sources.length > 1).length;
      return `${plural(e.length, "happening")}, ${shared} reported by several sources`;
    },
  );
  const claims = stage(
    "compare",
    () => {
      // Each story's happenings, passed into compare: a sentence mentioning one that another
      // source also mentions is not "only one source says".
      const eventsOf = new Map<string, StoryEvent[]>();
      for (const e of events) eventsOf.set(e.story, [...(eventsOf.get(e.story) ?? []), e]);
      const machine = eachStory(perStory, "comparing its sources", (story, m) =>
        compare(story, m.articles, m.facts, entities, {
          contains: placeContains,
          events: eventsOf.get(story.slug) ?? [],
        }),
      );
      return correctClaims(machine, fixes, publish, problems);
    },
    (c) => {
      const n = (s: Claim["status"]) => c.filter((x) => x.status === s).length;
      return `${plural(c.length, "claim")}: ${n("agree")} agree, ${n("differ")} differ, ${n("compatible")} compatible, ${n("single-source")} single-source`;
    },
  );
  const timeline = stage(
    "timeline",
    () =>
      correctTimeline(
        eachStory(perStory, "building its timeline", (story, m) =>
          buildTimeline(story, m.articles, m.facts, { contains: placeContains }),
        ),
        fixes,
        problems,
      ),
    (t) => {
      const conflicts = t.filter((e) => e.date.conflict).length;
      const shared = t.filter((e) => e.reports.length > 1).length;
      return `${plural(t.length, "event")}: ${shared} reported by several sources, ${plural(conflicts, "date conflict")}`;
    },
  );
  return {
    articles: dated.articles,
    diagnostics: problems,
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
