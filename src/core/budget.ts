/**
 * A time budget per article. Sizes are bounded elsewhere (characters, bytes, nesting); this is
 * the last guard, for an input that is slow in a way no size limit foresaw. Work cannot be
 * interrupted midway, so each step of an article is timed and, when it went over, its result is
 * left out (the article skipped, or shown without its facts): the later stages never spend time
 * on it, and the warning names the file. The budget is generous, so ordinary articles never hit
 * it, and a build stays byte-reproducible unless a warning says one did.
 */
export interface TimeBudget {
  /** Milliseconds one step of one article may take; 0 or less means no budget. */
  ms: number;
  /** A monotonic clock in milliseconds (injected, so a test can make any step "slow"). */
  clock: () => number;
}

/** One minute per article step: about a thousand times what an ordinary article takes. */
export const DEFAULT_ARTICLE_BUDGET_MS = 60_000;

/** Runs `work` against the budget: its result, and how long it took when that was over budget. */
export function timed<T>(
  work: () => T,
  budget: TimeBudget | undefined,
): { result: T; over: number | null } {
  if (!budget || !(budget.ms > 0)) return { result: work(), over: null };
  const t0 = budget.clock();
  const result = work();
  const took = budget.clock() - t0;
  return { result, over: took > budget.ms ? took : null };
}

/** "took 75 s, over the budget of 60 s per article" */
export function overBudgetText(took: number, budget: TimeBudget): string {
  const s = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  return `took ${s(took)}, over the budget of ${s(budget.ms)} per article`;
}
