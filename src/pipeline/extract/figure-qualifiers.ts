import { type PhraseMatch, phraseBefore, phraseTable } from "./number-phrases.ts";
import type { Token } from "./number-tokens.ts";

/**
 * How sure or how bounded a number is, normalized so two sources can be compared: "around",
 * "roughly" and "some" all become "about"; "more than" and "in excess of" become "over".
 */
const QUALIFIERS: Record<string, readonly string[]> = {
  about: [
    "about",
    "around",
    "approximately",
    "approx",
    "approx.",
    "roughly",
    "some",
    "circa",
    "an estimated",
    "estimated",
    "an approximate",
    "in the region of",
    "on the order of",
    "in the order of",
    "~",
  ],
  over: [
    "over",
    "more than",
    "above",
    "upwards of",
    "upward of",
    "in excess of",
    "north of",
    "just over",
    "well over",
    "slightly over",
    "a little over",
    "slightly more than",
    "a little more than",
    "well above",
    "just above",
    "greater than",
    "higher than",
    "over than",
  ],
  under: [
    "under",
    "fewer than",
    "less than",
    "below",
    "just under",
    "well under",
    "slightly under",
    "a little under",
    "slightly less than",
    "a little less than",
    "well below",
    "just below",
    "shy of",
    "just shy of",
    "lower than",
  ],
  nearly: ["nearly", "almost", "close to", "closer to", "approaching", "just short of", "nigh on"],
  "at least": [
    "at least",
    "no fewer than",
    "no less than",
    "not less than",
    "a minimum of",
    "as few as",
    "as little as",
  ],
  "up to": ["up to", "as many as", "as much as", "as high as"],
  "at most": ["at most", "no more than", "not more than", "a maximum of", "not exceeding"],
  exactly: ["exactly", "precisely"],
};

const TABLE = phraseTable(
  Object.entries(QUALIFIERS).flatMap(([norm, phrases]) => phrases.map((p) => [p, norm] as const)),
);

/** The qualifier written just before token `i` ("more than 9,000"), or null. */
export function qualifierBefore(
  tokens: readonly Token[],
  i: number,
  floor: number,
): PhraseMatch<string> | null {
  if (tokens[i]?.newline) return null;
  return phraseBefore(tokens, i, TABLE, floor);
}

/**
 * What the number is to its subject, when a verb stands between them: "deaths surpass
 * 1,200" (over), "the toll rose to 45", "losses are estimated at 5,000" (about). `role`
 * tells the subject finder how to look: through a verb, or through "of" ("a death toll of 45").
 */
export interface Predicate {
  qualifier: string | null;
  role: "verb" | "of";
}

const verb = (qualifier: string | null, forms: string): [string, Predicate][] =>
  forms
    .split(/\s*,\s*/)
    .filter(Boolean)
    .map((f) => [f, { qualifier, role: "verb" }]);

const PREDICATES = phraseTable<Predicate>([
  ...verb(
    "over",
    `surpass, surpassed, surpasses, surpassing, exceed, exceeded, exceeds, exceeding, top, topped,
     tops, topping, pass, passed, passes, passing, crossed, cross, crosses, crossing`,
  ),
  ...verb("nearly", `approach, approached, approaches, approaching, near, neared, nears, nearing`),
  ...verb(
    "about",
    `estimated at, estimated to be, put at, puts at, put the number at, pegged at, estimates at`,
  ),
  ...verb(
    null,
    `reach, reached, reaches, reaching, hit, hits, hitting, total, totaled, totalled, totals,
     totaling, totalling, number, numbered, numbers, numbering, stood at, stands at, stand at,
     standing at, is, are, was, were, be, been, remains, remained, remain, rose to, risen to,
     rises to, rise to, rising to, climbed to, climbs to, grew to, grown to, grows to, increased to,
     increases to, jumped to, soared to, surged to, fell to, fallen to, falls to, fall to,
     dropped to, drops to, declined to, decreased to, slipped to, plunged to, amounted to,
     amounts to, amount to, came to, comes to, now at, at, rose, risen, rises, fell, fallen, falls,
     grew, grown, grows, increased, increases, decreased, decreases, declined, declines, dropped,
     drops, jumped, jumps, climbed, climbs, surged, soared, plunged, slipped, slumped, tumbled`,
  ),
  ["of", { qualifier: null, role: "of" }],
]);

/** The verb or "of" just before token `i` that ties the number to an earlier subject. */
export function predicateBefore(
  tokens: readonly Token[],
  i: number,
  floor: number,
): PhraseMatch<Predicate> | null {
  if (tokens[i]?.newline) return null;
  return phraseBefore(tokens, i, PREDICATES, floor);
}
