/**
 * The phrasing shared by every explanation, so they read alike: sources are named by label,
 * values follow "says", and agreement is "Both say …" or "All 3 sources say …".
 */

export interface Said {
  label: string;
  value: string;
}

/** "Daily A says about 1,800; Wire B says about 2,100." */
export function eachSays(said: readonly Said[]): string {
  return `${said.map((s) => `${s.label} says ${s.value}`).join("; ")}.`;
}

/** "Both say over 40,000." / "All 3 sources say over 40,000." */
export function allSay(count: number, value: string): string {
  return `${count === 2 ? "Both say" : `All ${count} sources say`} ${value}.`;
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Wraps quoted words in typographic quotation marks, shortened when long. */
export function quoted(words: string, max = 80): string {
  // The sentence around it supplies the punctuation: “a plan that works”.
  const chars = Array.from(words.trim().replace(/[\s.,;:]+$/u, ""));
  const text =
    chars.length <= max
      ? chars.join("")
      : `${chars
          .slice(0, max - 1)
          .join("")
          .trimEnd()}…`;
  return `“${text}”`;
}
