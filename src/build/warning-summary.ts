import type { Diagnostic } from "../core/model.ts";

/**
 * The build's closing word on its warnings (bad inputs, charts drawn another way), counted by
 * what was done, so a long log's few problems are not lost in the scroll: "3 warnings (2
 * skipped, 1 cleaned), each listed above and in <file>". Null when there were none.
 */
export function warningSummary(diagnostics: readonly Diagnostic[], file: string): string | null {
  if (diagnostics.length === 0) return null;
  const counts = { skipped: 0, cleaned: 0, fallback: 0 };
  for (const d of diagnostics) counts[d.outcome]++;
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome === "fallback" ? "done another way" : outcome}`);
  const n = diagnostics.length;
  return `${n} ${n === 1 ? "warning" : "warnings"} (${parts.join(", ")}), each listed above and in ${file}`;
}
