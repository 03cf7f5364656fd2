import type { Article, ArticleFacts } from "../model.ts";
import { bySentence, sentenceTokens } from "./article-frames.ts";
import { clausesOf } from "./clause.ts";
import { eventMentions } from "./mention.ts";
import type { PlacedMention } from "./same-event.ts";

/**
 * Every event mention of an article, each with what its sentence names: the people and
 * organizations (entity ids), the places (gazetteer ids) and the resolved dates.
 */
export function articleMentions(article: Article, facts: ArticleFacts): PlacedMention[] {
  const namesOf = bySentence(facts.names);
  const datesOf = bySentence(facts.dates);
  const out: PlacedMention[] = [];
  sentenceTokens(article).forEach((own, index) => {
    const inName = namesOf.get(index) ?? [];
    const names = inName.filter((n) => n.entity && !n.demonym);
    const participants = [
      ...new Set(names.filter((n) => n.type !== "place").map((n) => n.entity as string)),
    ];
    const places = [
      ...new Set(names.flatMap((n) => (n.type === "place" && n.placeId ? [n.placeId] : []))),
    ];
    const when = (datesOf.get(index) ?? []).flatMap((d) => (d.value ? [d.value] : []));
    for (const m of eventMentions(own, clausesOf(own))) {
      // A word of a name is not a happening: the "ford" of a clinic, the "cook" of a mountain.
      if (inName.some((n) => m.start < n.end && n.start < m.end)) continue;
      out.push({ ...m, source: article.id, sentence: index, participants, places, when });
    }
  });
  return out;
}
