import type { Article, ArticleFacts } from "../model.ts";
import { articleFrames } from "./article-frames.ts";

/**
 * What an article says its news is about, for telling look-alike events apart: the people,
 * organizations and places that its opening sentences name as doing or undergoing what
 * happened (not those who only comment on it), and everything it names anywhere.
 */
export interface ArticleParticipants {
  /** Entity ids of the lead's doers and the done-to, by type. */
  lead: { person: Set<string>; organization: Set<string>; place: Set<string> };
  /** Every entity id and place id the article names. */
  all: Set<string>;
}

/** How many body sentences make the lead. */
const LEAD_SENTENCES = 2;

export function articleParticipants(article: Article, facts: ArticleFacts): ArticleParticipants {
  const lead = {
    person: new Set<string>(),
    organization: new Set<string>(),
    place: new Set<string>(),
  };
  const typeOf = new Map<string, "person" | "organization" | "place">();
  const all = new Set<string>();
  for (const n of facts.names) {
    if (!n.entity || n.demonym) continue;
    typeOf.set(n.entity, n.type);
    all.add(n.entity);
    // A place below the country level: naming the same country says little about the event.
    if (
      n.type === "place" &&
      n.placeId &&
      n.placeKind !== "country" &&
      n.placeKind !== "continent"
    ) {
      typeOf.set(n.placeId, "place");
      all.add(n.placeId);
    }
  }
  for (const f of articleFrames(article, facts)) {
    if (f.sentence >= LEAD_SENTENCES) break;
    for (const id of [...f.agents, ...f.patients]) {
      const type = typeOf.get(id);
      if (type && type !== "place") lead[type].add(id);
    }
    for (const id of f.places) if (typeOf.get(id) === "place") lead.place.add(id);
  }
  return { lead, all };
}

/**
 * Why two articles report different happenings though they may read alike, or null: each
 * one's lead names a doer, a done-to or a place (of one kind) that the other article never
 * names at all: two teams beaten, two players put on the injured list, two provinces shaken.
 */
export function leadConflict(a: ArticleParticipants, b: ArticleParticipants): string | null {
  // Organizations are left out: outlets name different agencies and spokesmen's employers in
  // their leads, and two organizations disagreeing says less than two people or two places.
  for (const type of ["person", "place"] as const) {
    const onlyA = [...a.lead[type]].some((x) => !b.all.has(x));
    const onlyB = [...b.lead[type]].some((x) => !a.all.has(x));
    if (onlyA && onlyB) return `each names a ${type} the other never mentions`;
  }
  return null;
}
