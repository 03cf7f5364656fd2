import type { ArticleFacts, Entity, Quote } from "../model.ts";
import { resolveEntities } from "./entities.ts";
import { harmonizePlaces } from "./places.ts";

export interface Resolved {
  entities: Entity[];
  quotes: Quote[];
}

/**
 * Entities across every source, and each quote's speaker as an entity id. Dates are resolved
 * per story (see resolve/dates.ts), because a missing year is inferred from the other sources
 * of the same story.
 */
export function resolveFacts(facts: readonly ArticleFacts[]): Resolved {
  const names = facts.map((f) => ({ source: f.source, mentions: f.names }));
  harmonizePlaces(names);
  const entities = resolveEntities(names);
  const quotes: Quote[] = [];
  for (const f of facts) {
    for (const q of f.quotes) {
      const by = q.speakerMention;
      const speaker = by
        ? (f.names.find((n) => n.start === by.start && n.end === by.end)?.entity ?? null)
        : null;
      q.speaker = speaker;
      quotes.push({
        speaker,
        text: q.quote,
        source: f.source,
        start: q.start,
        end: q.end,
        partial: q.partial,
      });
    }
  }
  return { entities, quotes };
}
