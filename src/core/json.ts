/**
 * Stable JSON for the files the build writes: two-space indent and a final newline, so
 * identical data gives identical bytes.
 */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
