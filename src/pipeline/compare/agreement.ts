/** How the values of one claim from several sources relate (single-source is decided elsewhere). */
export type Agreement = "agree" | "compatible" | "differ";

/**
 * A group's status from its pairs: it agrees when every pair agrees, differs when any pair
 * differs (one source contradicting another is what a reader needs to see), and is otherwise
 * compatible.
 */
export function overall<T>(values: readonly T[], pair: (a: T, b: T) => Agreement): Agreement {
  let result: Agreement = "agree";
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const s = pair(values[i] as T, values[j] as T);
      if (s === "differ") return "differ";
      if (s === "compatible") result = "compatible";
    }
  }
  return result;
}
