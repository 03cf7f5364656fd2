import { errorText } from "../core/error-text.ts";
import type { Article, ArticleFacts, Diagnostic, Story } from "../core/model.ts";

/** What a diagnostic is about, for a log line: the file (with its line), story or chart. */
export function subject(d: Diagnostic, seedsDir = ""): string {
  if (d.file !== undefined) {
    return `${seedsDir ? `${seedsDir}/` : ""}${d.file}${d.line ? `:${d.line}` : ""}`;
  }
  if (d.story !== undefined) return `story ${d.story}`;
  if (d.chart !== undefined) return `chart ${d.chart}`;
  return "build";
}

/** A diagnostic as one log line. */
export function logLine(d: Diagnostic, seedsDir = ""): string {
  return `${d.level} ${subject(d, seedsDir)}: ${d.message}`;
}

/**
 * Runs one unit of work (an article's extraction, a story's comparison); if it throws, the
 * failure is recorded with what was skipped, and `fallback` stands in for the result.
 */
export function isolated<T>(
  work: () => T,
  fallback: T,
  fail: (error: unknown) => Diagnostic,
  diagnostics: Diagnostic[],
): T {
  try {
    return work();
  } catch (error) {
    diagnostics.push(fail(error));
    return fallback;
  }
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

/**
 * One step for every story (after dates are resolved), each story isolated: a story whose step
 * throws is left out of this step's results with a warning, and the others go on.
 */
export function eachStory<T>(
  o: {
    articles: readonly Article[];
    stories: readonly Story[];
    facts: readonly ArticleFacts[];
    problems: Diagnostic[];
    warn: (about: Pick<Diagnostic, "story">, message: string) => Diagnostic;
  },
  what: string,
  step: (story: Story, m: { articles: Article[]; facts: ArticleFacts[] }) => T[],
): T[] {
  const byId = new Map(o.articles.map((a) => [a.id, a]));
  const factsOf = new Map(o.facts.map((f) => [f.source, f]));
  return o.stories.flatMap((story) =>
    isolated(
      () => step(story, members(story, byId, factsOf)),
      [],
      (e) =>
        o.warn({ story: story.slug }, `${what} failed (${errorText(e)}); skipped for this story`),
      o.problems,
    ),
  );
}
