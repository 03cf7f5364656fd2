import type { Effects } from "./effects.ts";

/** Runs one stage and reports it; the site logs each stage's counts and time. */
export type StageRunner = <T>(
  name: string,
  work: (tick: (done: number, total: number) => void) => T,
  summary: (result: T) => string,
) => T;

/** A stage runner for a build: each stage's progress, then one log line with its time. */
export function loggedStages(effects: Effects): StageRunner {
  return (name, work, summary) => {
    const t0 = effects.elapsed();
    const result = work((done, total) => effects.progress?.(name, done, total));
    effects.log(`${name.padEnd(8)} ${summary(result)} ${Math.round(effects.elapsed() - t0)} ms`);
    return result;
  };
}

/** A stage runner that reports nothing (the CLI's, the tests'). */
export const silently: StageRunner = (_name, work) => work(() => {});

/** "1 article", "3 articles". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
