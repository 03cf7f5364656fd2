import type { PersonEvent } from "./events.ts";
import { isSpeechVerb } from "./lexicon.ts";
import { contentKeys, similarity } from "./similarity.ts";

/**
 * How alike the sentences of two differently-worded acts must be to be one event: "met
 * the mayor in Lyon" and "gave a speech in Porto" are not; "gave a speech in Porto" and
 * "flew to Porto, where she gave a speech" are.
 */
const MIN_SIMILARITY = 0.2;

/**
 * Whether two sources' person events are the same event, and how alike (0.5 to 1), or null.
 * The person must be the same entity, and both acts done or both still to come. Two statements ("noted", "affirmed") or the same verb
 * may be one event however the sentences differ; different acts ("met", "gave") only when the
 * sentences say much the same. The sentences' likeness also ranks the candidates, so with two
 * of one person's events in each source the alike ones pair.
 */
export function eventMatch(a: PersonEvent, b: PersonEvent): number | null {
  if (a.key !== b.key) return null;
  if (a.ahead !== undefined && b.ahead !== undefined && a.ahead !== b.ahead) return null;
  const sim = similarity(keysOf(a), keysOf(b));
  const sameKind = a.verb === b.verb || (isSpeechVerb(a.verb) && isSpeechVerb(b.verb));
  if (!sameKind && sim < MIN_SIMILARITY) return null;
  return 0.5 + 0.5 * sim;
}

/** How alike two sentences must be for their places or dates to be shown as differing. */
const FIRM_SIMILARITY = 0.3;

/**
 * Whether two aligned person events are surely one event, so that different places or dates
 * for it can be shown side by side: the same act (the same verb, or both statements) and
 * sentences that say much the same around it. A person's career told in two sources ("was
 * elected in 1995", "founded a clinic in 1990") aligns by the person alone and fails this.
 */
export function firmEvents(a: PersonEvent, b: PersonEvent): boolean {
  const sameKind = a.verb === b.verb || (isSpeechVerb(a.verb) && isSpeechVerb(b.verb));
  return sameKind && similarity(keysOf(a), keysOf(b)) >= FIRM_SIMILARITY;
}

const keyCache = new WeakMap<PersonEvent, Set<string>>();

/**
 * The sentence's content words without the person, place and date: those are the key and the
 * values being compared, so they must not make two events look alike.
 */
function keysOf(e: PersonEvent): Set<string> {
  const cached = keyCache.get(e);
  if (cached) return cached;
  const s = e.from.article.sentences[e.sentence];
  let keys = new Set<string>();
  if (s) {
    let sentence = e.from.article.text.slice(s.start, s.end);
    for (const m of [e.person, e.place, e.date]) {
      if (!m || m.start < s.start || m.end > s.end) continue;
      const a = m.start - s.start;
      const b = m.end - s.start;
      sentence = sentence.slice(0, a) + " ".repeat(b - a) + sentence.slice(b);
    }
    keys = contentKeys(sentence, { start: 0, end: sentence.length });
  }
  keyCache.set(e, keys);
  return keys;
}

/** How a topic names what the person did: "spoke" for any verb of saying, else the verb. */
export function eventVerb(events: readonly PersonEvent[]): string {
  if (events.some((e) => isSpeechVerb(e.verb))) return "spoke";
  const verb = events[0]?.verb ?? "";
  return ["is", "was", "were", "are", "has", "had", "have", "will", "would"].includes(verb) || !verb
    ? "was there"
    : verb;
}
