import type { ArticleFacts, NameMention } from "../../core/model.ts";

/**
 * How much sharing an entity says two articles report the same event. A person or a city is
 * specific to an event; a country is shared by every story set in it, a continent by more.
 */
export function entityWeight(m: NameMention): number {
  if (m.type === "person") return 3;
  if (m.type === "organization") return 2;
  if (m.placeKind === "country") return m.demonym ? 0.5 : 1;
  if (m.placeKind === "continent") return 0.25;
  return 2; // city, region, or a place of unknown kind
}

/**
 * Resolved entities of one article with how strongly it is about each: the kind weight of its
 * strongest mention, grown with the log of how often it is named. Mentions that resolve did not
 * link to an entity are left out: their names are still in the text terms.
 */
export function articleEntities(facts: ArticleFacts | undefined): Map<string, number> {
  const weight = new Map<string, number>();
  const count = new Map<string, number>();
  for (const m of facts?.names ?? []) {
    if (!m.entity) continue;
    weight.set(m.entity, Math.max(weight.get(m.entity) ?? 0, entityWeight(m)));
    count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [id, w] of weight) out.set(id, w * (1 + Math.log(count.get(id) ?? 1)));
  return out;
}
