import type { Token } from "./number-tokens.ts";
import { spelledValue } from "./number-words.ts";

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === "num" || spelledValue(t.lower) !== undefined);
}

/**
 * The second number of a ratio: "one in five adults", "3 out of 4 voters". The count is of the
 * whole ratio, not of "five adults", so neither number is a figure by itself. `first` is the
 * number's first token.
 */
export function isRatioPart(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev?.kind !== "word" || tokens[first]?.newline) return false;
  if (prev.lower === "in") return isNumber(tokens[first - 2]);
  const out = tokens[first - 2];
  return prev.lower === "of" && out?.lower === "out" && isNumber(tokens[first - 3]);
}
