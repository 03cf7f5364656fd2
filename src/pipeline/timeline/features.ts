import type { ArticleFacts, Entity, Range } from "../../core/model.ts";
import { conceptOf } from "../../core/text/concepts.ts";
import { isNumeric, words } from "../../core/text/words.ts";
import { weightOf } from "./lexicon.ts";
import { isStopword } from "./words.ts";

/** What a stretch of a sentence says, as the timeline compares it across sources. */
export interface Features {
  /** People and organizations acting or named: entity ids (quote speakers included). */
  actors: ReadonlySet<string>;
  /** Places named: gazetteer or entity ids. */
  places: ReadonlySet<string>;
  /** Content concepts (see lexicon.ts) and their weights; names and dates left out. */
  words: ReadonlyMap<string, number>;
  /** The statement is negated or denied ("did not confirm", "denied that …"). */
  negated: boolean;
}

/** Words that turn a statement into its opposite. */
const NEGATION =
  /\b(?:not|no|never|neither|nor|none|denied|denies|deny|denying|refused|refuses|rejected|rejects)\b|n['’]t\b/iu;

/** Only so much of a very long sentence is read: enough to tell what it says. */
const WINDOW = 2000;

/**
 * The features of `range` in a source. Names are compared as entities, not words, and the
 * dates as values, so neither counts among the words: two sentences do not tell one event
 * because both name the same city or month.
 */
export function featuresOf(
  text: string,
  range: Range,
  facts: ArticleFacts,
  entities: ReadonlyMap<string, Entity>,
): Features {
  const end = Math.min(range.end, range.start + WINDOW);
  const within = (m: Range) => m.start < end && m.end > range.start;
  const actors = new Set<string>();
  const places = new Set<string>();
  const blank: Range[] = [];
  for (const n of facts.names) {
    if (!within(n)) continue;
    blank.push(n);
    if (n.type === "place") places.add(n.placeId ?? n.entity ?? `place:${n.name.toLowerCase()}`);
    else actors.add(n.entity ?? `${n.type}:${n.name.toLowerCase()}`);
  }
  for (const q of facts.quotes) {
    if (!q.speaker || q.end <= range.start || q.start >= range.end) continue;
    const type = entities.get(q.speaker)?.type;
    if (type === "place") places.add(q.speaker);
    else actors.add(q.speaker);
  }
  for (const d of facts.dates) if (within(d)) blank.push(d);
  const concepts = new Map<string, number>();
  for (const w of words(text, range.start, end)) {
    if (w.key.length < 2 || isStopword(w.key) || isNumeric(w.key)) continue;
    if (blank.some((b) => w.start < b.end && w.end > b.start)) continue;
    const concept = conceptOf(w.key);
    concepts.set(concept, weightOf(concept));
  }
  const negated = NEGATION.test(text.slice(range.start, end));
  return { actors, places, words: concepts, negated };
}
