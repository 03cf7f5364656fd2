/**
 * An error as one short line for a warning: its first line, without characters that could
 * break or disguise a log line, at most 300 characters. Error messages can quote seed text.
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (message.split("\n")[0] ?? "").replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "").slice(0, 300);
}
