import { SAY } from "../../core/text/concepts.ts";

/**
 * How much a shared concept (core/text/concepts.ts) counts toward two sentences telling the
 * same event: verbs of saying, which nearly every news sentence has, weigh little, so "said" in
 * two sentences never alone makes a match.
 */
export function weightOf(concept: string): number {
  return concept === SAY ? WEAK : 1;
}

/** The weight of a verb of saying, next to 1 for any other content word. */
export const WEAK = 0.3;
