/**
 * The build's log (astro.config.mjs `logger`): Astro's own Node logger, with the one line per
 * rendered page (thousands on an archive) folded into a progress line on a terminal and into
 * Astro's own "N page(s) built" total everywhere else. Every other line, warnings included,
 * is printed as Astro prints it; the warnings are counted and their number is said again at
 * the end, so a long build's few real problems are not lost in the scroll.
 *
 * Astro loads this file itself (outside Vite), before the config's integrations run.
 */
import nodeLogger from "astro/logger/node";
import { progressLine, type Terminal } from "./progress.ts";

/** What Astro hands a log destination. */
export interface LogEvent {
  label: string | null;
  level: "debug" | "info" | "warn" | "error";
  message: string;
  newLine: boolean;
}

export interface LogDestination {
  write(event: LogEvent): void;
}

/**
 * Whether the event is the path of a page being rendered ("  ├─ /people/x/index.html"),
 * which Astro writes without a newline and follows with the render time.
 */
export const isPageLine = (e: LogEvent) =>
  e.label === null && !e.newLine && e.message.includes("\u251c\u2500");

/** The closing line of `astro build`, before which the warnings are counted. */
const isBuildDone = (e: LogEvent) => e.label === "build" && e.message.includes("Complete!");

export function quietDestination(
  inner: LogDestination,
  terminal: Terminal = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): LogDestination {
  const pages = progressLine("pages", terminal, env);
  let rendered = 0;
  let afterPage = false;
  const warnings = new Map<string, number>();
  return {
    write(event) {
      if (isPageLine(event)) {
        rendered++;
        afterPage = true;
        pages.tick(rendered);
        return;
      }
      if (afterPage && event.label === "SKIP_FORMAT") {
        // The page's render time, which ends its line.
        afterPage = false;
        return;
      }
      pages.clear();
      if (event.level === "warn" || event.level === "error") {
        const key = `${event.level === "warn" ? "warning" : "error"} from ${event.label ?? "astro"}`;
        warnings.set(key, (warnings.get(key) ?? 0) + 1);
      }
      if (isBuildDone(event) && warnings.size > 0) {
        inner.write({ ...event, level: "warn", message: warningTotal(warnings) });
      }
      inner.write(event);
    },
  };
}

/** "3 warnings above: 2 warnings from vite, 1 error from astro". */
export function warningTotal(counts: ReadonlyMap<string, number>): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts].map(([k, n]) => `${n} ${k.replace(/^(\w+)/, n === 1 ? "$1" : "$1s")}`);
  return `${total} ${total === 1 ? "warning" : "warnings"} above: ${parts.join(", ")}`;
}

export default function quietLogger(config: Record<string, unknown> = {}): LogDestination {
  return quietDestination(nodeLogger(config) as LogDestination);
}
