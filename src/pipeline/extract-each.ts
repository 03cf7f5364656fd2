import { overBudgetText, type TimeBudget, timed } from "../core/budget.ts";
import { errorText } from "../core/error-text.ts";
import { gazetteerPlaces, type Places } from "../core/geo/places.ts";
import type { Article, ArticleFacts, Diagnostic } from "../core/model.ts";
import type { StepCache } from "./effects.ts";
import { extract } from "./extract/index.ts";
import { isolated } from "./isolate.ts";

/** The build cache's name for the extraction step. */
export const EXTRACT_STEP = "extract";

export interface ExtractEachOptions {
  places: Places;
  budget?: TimeBudget | undefined;
  /** Earlier extractions (see StepCache); used only with the default gazetteer. */
  cache?: StepCache | undefined;
  /** Told after each article, for the build's progress line. */
  tick?: (done: number, total: number) => void;
}

/**
 * Every article's facts, each article isolated: one that throws or runs over its budget is
 * shown without facts and gets a warning in `problems`. `fromCache` counts the articles whose
 * facts came from the build cache instead of being extracted again.
 */
export function extractEach(
  articles: readonly Article[],
  problems: Diagnostic[],
  o: ExtractEachOptions,
): { facts: ArticleFacts[]; fromCache: number } {
  // The key is the article as extract sees it; the places are not part of it, so a gazetteer
  // other than the default one (a test's small one) is never cached.
  const cache = o.places === gazetteerPlaces ? o.cache : undefined;
  let fromCache = 0;
  const warn = (a: Article, message: string): Diagnostic => ({
    level: "warning",
    file: a.file,
    message: `${message}; the article is shown without its names, dates, figures and quotes`,
    outcome: "skipped",
  });
  const facts = articles.map((a, i) => {
    const input = cache ? JSON.stringify(a) : "";
    const cached = cache ? cachedFacts(cache.get(EXTRACT_STEP, input)) : undefined;
    if (cached) fromCache++;
    const result =
      cached ??
      isolated(
        () => {
          const t = timed(() => extract(a, o.places), o.budget);
          if (t.over === null || !o.budget) {
            // Only a complete extraction is kept: one cut short by its budget is redone.
            cache?.set(EXTRACT_STEP, input, JSON.stringify(t.result));
            return t.result;
          }
          // Its facts are left out, so no later stage spends time on them.
          problems.push(warn(a, `extracting its facts ${overBudgetText(t.over, o.budget)}`));
          return noFacts(a.id);
        },
        noFacts(a.id),
        (e) => warn(a, `extraction failed (${errorText(e)})`),
        problems,
      );
    o.tick?.(i + 1, articles.length);
    return result;
  });
  return { facts, fromCache };
}

/** Facts stored by an earlier build, or undefined when there are none or they do not parse. */
function cachedFacts(value: string | Uint8Array | undefined): ArticleFacts | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as ArticleFacts;
  } catch {
    return undefined;
  }
}

/** Facts for an article whose extraction failed: none, so it is shown as plain text. */
export function noFacts(source: string): ArticleFacts {
  return { source, names: [], dates: [], figures: [], quotes: [] };
}
