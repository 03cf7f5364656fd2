/**
 * One line that updates in place ("extract  412/1000"), for the build's long stages, written
 * only to a terminal: in CI (CI=true) or a log file the stage's summary line is all there is.
 */

/** Where a progress line may be written: a terminal. */
export interface Terminal {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Moves to the start of the line and erases it: what a progress line is redrawn after. */
export const CLEAR_LINE = "\r\x1b[K";

/** Whether to draw progress lines at all: on a terminal, and not in CI. */
export function showsProgress(out: Terminal, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return out.isTTY === true && (ci === undefined || ci === "" || ci === "0" || ci === "false");
}

export interface Progress {
  /**
   * `done` of `total` finished; redraws the line when the whole percentage changes. Without a
   * total (pages, which Astro does not count ahead), every 20 done.
   */
  tick(done: number, total?: number): void;
  /** Erases the line (the stage's summary is logged next). */
  clear(): void;
}

export function progressLine(
  label: string,
  out: Terminal = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  if (!showsProgress(out, env)) return { tick() {}, clear() {} };
  let shown = -1;
  return {
    tick(done, total) {
      const step =
        total === undefined
          ? Math.floor(done / 20)
          : total === 0
            ? 100
            : Math.floor((100 * done) / total);
      if (step === shown) return;
      shown = step;
      const count = total === undefined ? `${done}` : `${done}/${total} (${step}%)`;
      out.write(`${CLEAR_LINE}${label.padEnd(8)} ${count}`);
    },
    clear() {
      if (shown >= 0) out.write(CLEAR_LINE);
      shown = -1;
    },
  };
}

/**
 * Progress lines for the pipeline's stages (Effects.progress), one stage at a time; `clear`
 * erases the current one before a log line is printed.
 */
export function stageProgress(
  out: Terminal = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
) {
  const lines = new Map<string, Progress>();
  let current: Progress | undefined;
  return {
    progress(stage: string, done: number, total: number) {
      let line = lines.get(stage);
      if (line === undefined) {
        line = progressLine(stage, out, env);
        lines.set(stage, line);
      }
      current = line;
      line.tick(done, total);
    },
    clear() {
      current?.clear();
    },
  };
}
