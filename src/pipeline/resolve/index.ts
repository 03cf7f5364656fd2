import type { ArticleFacts, Entity, Quote } from "../../core/model.ts";
import { resolveEntities } from "./entities.ts";
import { harmonizePlaces } from "./places.ts";

export interface Resolved {
  /** The facts again, with each name's `entity` and each quote's `speaker` filled. */
  facts: ArticleFacts[];
  entities: Entity[];
  quotes: Quote[];
}

/**
 * Entities across every source, and each quote's speaker as an entity id. Dates are resolved
 * per story (see the dates stage), because a missing year is inferred from the other sources
 * of the same story.
 */
export function resolveFacts(input: readonly ArticleFacts[]): Resolved {
  // The helpers below fill fields in place, so they work on copies: the input stays as it was.
  const facts = input.map((f) => ({
    ...f,
    names: f.names.map((m) => ({ ...m })),
    quotes: f.quotes.map((q) => ({ ...q })),
  }));
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
  return { facts, entities, quotes };
}
