/**
 * The one file that knows how Triangulate is run and what it writes. It runs the real pipeline
 * on in-memory seeds and reads back the files emit wrote (content/sources/*.json and
 * content/data/*.json) into the eval's own neutral shape. When src/ is reorganized, only this
 * file and its two imports change.
 */
import { performance } from "node:perf_hooks";
import { memoryEffects } from "../src/pipeline/effects.ts";
import { runPipeline } from "../src/pipeline/index.ts";
import type { Range } from "./detokenize.ts";

export type NameType = "person" | "place" | "organization";

export interface PredictedName extends Range {
  type: NameType;
  text: string;
  /** The entity it was resolved to (the same id across articles means one entity). */
  entity: string | null;
}

export interface PredictedDate extends Range {
  text: string;
  /** The resolved first day, when the date was read to a single day. */
  day: string | null;
}

export interface PredictedArticle {
  id: string;
  /** The seed's file name. */
  file: string;
  title: string;
  url: string | null;
  outlet: string | null;
  text: string;
  sentences: Range[];
  story: string;
  names: PredictedName[];
  dates: PredictedDate[];
}

/** One source's part in a claim or timeline event: where in its text, and in which sentence. */
export interface PredictedSpan extends Range {
  source: string;
  /** The pipeline's sentence that holds it. */
  sentence: Range;
}

/** Something the project says several sources (or one) report: a claim or a timeline event. */
export interface PredictedGroup {
  id: string;
  story: string;
  /** "claim:figure", "claim:quote", "claim:place", "claim:date", "claim:statement", "timeline". */
  kind: string;
  /** agree, differ, compatible, single-source (claims); "event" for timeline events. */
  status: string;
  title: string;
  spans: PredictedSpan[];
}

export interface Predicted {
  articles: PredictedArticle[];
  stories: { id: string; title: string; sources: string[] }[];
  groups: PredictedGroup[];
  /** The pipeline's own log lines (one per stage, with its time). */
  log: string[];
  /** Wall time of the pipeline run, in milliseconds. */
  ms: number;
  /** The pipeline's model itself, for diagnostics that look inside it. */
  model?: Awaited<ReturnType<typeof runPipeline>>;
}

export interface SeedText {
  path: string;
  contents: string;
}

export interface RunOptions {
  /** The latest date a missing year may be inferred to (YYYY-MM-DD). */
  latestDate: string;
  /** Each pipeline log line as it happens. */
  onLog?: (line: string) => void;
}

export async function runTriangulate(
  seeds: readonly SeedText[],
  options: RunOptions,
): Promise<Predicted> {
  const memory = memoryEffects(
    Object.fromEntries(seeds.map((s) => [`seeds/${s.path}`, s.contents])),
  );
  const log: string[] = [];
  const effects = {
    ...memory.effects,
    log: (line: string) => {
      log.push(line);
      options.onLog?.(line);
    },
    elapsed: () => performance.now(),
  };
  const t0 = performance.now();
  const model = await runPipeline(
    { seedsDir: "seeds", contentDir: "content", latestDate: options.latestDate },
    effects,
  );
  const ms = performance.now() - t0;
  const read = <T>(path: string): T => JSON.parse(memory.text(`content/${path}`)) as T;

  const articles: PredictedArticle[] = [];
  for (const path of [...memory.files.keys()].sort()) {
    if (!/^content\/sources\/[^/]+\.json$/.test(path)) continue;
    const a = read<SourceFile>(path.slice("content/".length));
    articles.push({
      id: a.id,
      file: a.file,
      title: a.title,
      url: a.url,
      outlet: a.outlet,
      text: a.text,
      sentences: a.sentences.map(({ start, end }) => ({ start, end })),
      story: a.story ?? a.id,
      names: a.names.map((n) => ({
        type: n.type,
        start: n.start,
        end: n.end,
        text: n.text,
        entity: n.entity ?? null,
      })),
      dates: a.dates.map((d) => ({
        start: d.start,
        end: d.end,
        text: d.text,
        day: d.value && d.value.precision === "day" ? d.value.start : null,
      })),
    });
  }
  const sentencesOf = new Map(articles.map((a) => [a.id, a.sentences]));
  const span = (v: SpanFile): PredictedSpan => ({
    source: v.source,
    start: v.start,
    end: v.end,
    sentence: sentencesOf.get(v.source)?.[v.sentence] ?? { start: v.start, end: v.end },
  });
  const claims = read<ClaimFile[]>("data/claims.json").map((c) => ({
    id: c.id,
    story: c.story,
    kind: `claim:${c.kind}`,
    status: c.status,
    title: c.topic,
    spans: c.values.map(span),
  }));
  const events = read<EventFile[]>("data/timeline.json").map((e) => ({
    id: e.id,
    story: e.story,
    kind: "timeline",
    status: "event",
    title: e.title,
    spans: e.sources.map(span),
  }));
  // Happenings: every sentence that mentions one, in any source (files without them: none).
  const happenings = memory.files.has("content/data/events.json")
    ? read<HappeningFile[]>("data/events.json").map((e) => ({
        id: e.id,
        story: e.story,
        kind: "event",
        status: "event",
        title: e.lemma,
        spans: e.mentions.map(span),
      }))
    : [];
  const stories = read<StoryFile[]>("data/stories.json").map((s) => ({
    id: s.slug,
    title: s.title,
    sources: s.sources,
  }));
  return { articles, stories, groups: [...claims, ...events, ...happenings], log, ms, model };
}

// What emit writes, as far as the eval reads it.
interface SourceFile
  extends Pick<
    PredictedArticle,
    "id" | "file" | "title" | "url" | "outlet" | "text" | "sentences"
  > {
  story?: string;
  names: (Omit<PredictedName, "entity"> & { entity?: string })[];
  dates: (Range & { text: string; value?: { start: string; precision: string } | null })[];
}
interface SpanFile {
  source: string;
  start: number;
  end: number;
  sentence: number;
}
interface ClaimFile {
  id: string;
  story: string;
  kind: string;
  status: string;
  topic: string;
  values: SpanFile[];
}
interface EventFile {
  id: string;
  story: string;
  title: string;
  sources: SpanFile[];
}
interface HappeningFile {
  id: string;
  story: string;
  lemma: string;
  mentions: SpanFile[];
}
interface StoryFile {
  slug: string;
  title: string;
  sources: string[];
}
