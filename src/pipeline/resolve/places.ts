import type { NameMention } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";

/**
 * One spelling, one place, across the sources of a build: when "Valencia" was read as the city
 * in Spain in one article (which named Spain) and as the one in Venezuela in another (which
 * named no country), every mention takes the reading whose country the sources name most.
 * Mutates the mentions; returns how many it changed.
 */
export function harmonizePlaces(articles: readonly { mentions: NameMention[] }[]): number {
  const places = articles.flatMap((a) => a.mentions.filter((m) => m.type === "place"));
  const countryWeight = new Map<string, number>();
  for (const m of places) {
    if (m.placeKind === "country" && m.geo?.country) {
      countryWeight.set(m.geo.country, (countryWeight.get(m.geo.country) ?? 0) + 1);
    }
  }
  const bySurface = Map.groupBy(
    places.filter((m) => m.placeKind !== "country" && m.placeKind !== "continent"),
    (m) => m.text.replace(/['’]s$/u, ""),
  );
  let changed = 0;
  for (const mentions of bySurface.values()) {
    const readings = Map.groupBy(mentions, (m) => m.placeId ?? "");
    if (readings.size < 2) continue;
    const score = (id: string) => {
      const sample = readings.get(id)?.[0];
      const country = sample?.geo?.country;
      return [country ? (countryWeight.get(country) ?? 0) : 0, readings.get(id)?.length ?? 0];
    };
    const best = [...readings.keys()].sort((a, b) => {
      const [ca, na] = score(a);
      const [cb, nb] = score(b);
      return (cb ?? 0) - (ca ?? 0) || (nb ?? 0) - (na ?? 0) || byCodeUnit(a, b);
    })[0] as string;
    const model = readings.get(best)?.[0] as NameMention;
    for (const m of mentions) {
      if (m.placeId === best) continue;
      m.placeId = model.placeId as string;
      m.name = model.name;
      if (model.placeKind) m.placeKind = model.placeKind;
      if (model.geo) m.geo = model.geo;
      changed++;
    }
  }
  return changed;
}
