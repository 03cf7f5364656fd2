import type { TaggedToken } from "../text/tagger.ts";

/**
 * Particles that give a verb its direction, as one word ("into" is "in"), and the direction that
 * reverses each: checking in and checking out, walking into a store and walking out of it,
 * shutting down and starting up are opposite happenings told with one verb.
 */
const DIRECTION = new Map([
  ["in", "in"],
  ["into", "in"],
  ["out", "out"],
  ["up", "up"],
  ["down", "down"],
  ["on", "on"],
  ["off", "off"],
]);
const OPPOSITE = new Map([
  ["in", "out"],
  ["out", "in"],
  ["up", "down"],
  ["down", "up"],
  ["on", "off"],
  ["off", "on"],
]);

/** The direction the word right after token `i` gives it ("checked into" is "in"), or null. */
export function directionAfter(tokens: readonly TaggedToken[], i: number): string | null {
  const next = tokens[i + 1];
  return next ? (DIRECTION.get(next.text.toLowerCase()) ?? null) : null;
}

/** Each verb of a sentence with the directions particles give it. */
function verbDirections(tokens: readonly TaggedToken[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    if (t.pos !== "VERB") return;
    const d = directionAfter(tokens, i);
    if (!d) return;
    const set = out.get(t.lemma) ?? new Set<string>();
    set.add(d);
    out.set(t.lemma, set);
  });
  return out;
}

/** Whether the two directions reverse each other ("in" and "out"). */
export function opposite(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && OPPOSITE.get(a) === b;
}

/**
 * Whether two sentences use one verb in opposite directions ("walked into the store", "walked
 * out of the store") and neither uses it both ways: they tell opposite happenings.
 */
export function oppositeDirections(a: readonly TaggedToken[], b: readonly TaggedToken[]): boolean {
  const da = verbDirections(a);
  const db = verbDirections(b);
  for (const [lemma, dirs] of da) {
    const other = db.get(lemma);
    if (!other) continue;
    for (const d of dirs) {
      const reverse = OPPOSITE.get(d);
      if (reverse && other.has(reverse) && !other.has(d) && !dirs.has(reverse)) return true;
    }
  }
  return false;
}
