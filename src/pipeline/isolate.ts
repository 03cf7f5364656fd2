import type { Diagnostic } from "../core/model.ts";

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
