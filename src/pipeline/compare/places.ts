import type { ClaimValue, NameMention } from "../../core/model.ts";
import { type Agreement, overall } from "./agreement.ts";
import { align, weakestPair } from "./align.ts";
import { eventMatch, eventVerb, firmEvents } from "./event-match.ts";
import type { PersonEvent } from "./events.ts";
import { allSay, eachSays, listOf } from "./explain.ts";
import { firmGroup } from "./firm.ts";
import type { Draft } from "./order.ts";

/** Does the place with id `outer` contain the one with id `inner`? (Injected: the gazetteer.) */
export type Contains = (outer: string, inner: string) => boolean;

/**
 * Where each source says a person's event happened, aligned by person (see event-match.ts):
 * the same place agrees; one place inside the other ("France", "Lyon") is compatible, since
 * both are true and one is more precise; anything else differs.
 */
export function placeClaims(
  story: string,
  events: readonly PersonEvent[],
  names: ReadonlyMap<string, string>,
  contains: Contains,
): Draft[] {
  const placed = events.filter((e) => e.place !== null);
  const groups = align(placed, { score: eventMatch, threshold: 0.5 });
  const nameOf = (m: NameMention) => (m.entity ? names.get(m.entity) : undefined) ?? m.name;
  const aligned = groups.filter((g) => g.length > 1).flat();
  const drafts: Draft[] = [];
  const pair = (a: PersonEvent, b: PersonEvent) => placeAgreement(a, b, contains);
  const sameValue = (a: PersonEvent, b: PersonEvent) => pair(a, b) === "agree";
  for (const candidates of groups) {
    // Different places are shown side by side only on firm evidence (see firm.ts); one place
    // inside the other is itself a sign of one occasion told at two scales.
    const firm = (a: PersonEvent, b: PersonEvent) =>
      pair(a, b) === "compatible" || firmEvents(a, b);
    const shownAs =
      candidates.length > 1
        ? firmGroup(candidates, overall(candidates, pair), sameValue, firm)
        : { group: candidates, status: "agree" as const };
    if (!shownAs) continue;
    const group = shownAs.group;
    const first = group[0];
    if (!first?.place) continue;
    const person = names.get(first.key) ?? first.person.name;
    const verb = eventVerb(group);
    const topic = `where ${person} ${verb === "spoke" ? "spoke" : "was"}`;
    const values = group.map((e) => placeValue(e, nameOf));
    if (group.length === 1) {
      // The same person at the same place again in one source: the aligned claim covers it.
      if (
        aligned.some((m) => m.from === first.from && m.key === first.key && samePlace(m, first))
      ) {
        continue;
      }
      drafts.push({
        story,
        kind: "place",
        topic,
        status: "single-source",
        values,
        explanation: `Only ${first.from.label} says ${topic}: ${values[0]?.value}.`,
      });
      continue;
    }
    const status = shownAs.status;
    const said = group.map((e, k) => ({ label: e.from.label, value: values[k]?.value ?? "" }));
    const explanation =
      status === "agree"
        ? allSay(group.length, said[0]?.value ?? "")
        : status === "differ"
          ? eachSays(said)
          : compatibleExplanation(group, contains, nameOf);
    const score = weakestPair(group, eventMatch);
    drafts.push({ story, kind: "place", topic, status, values, explanation, score });
  }
  return drafts;
}

function placeAgreement(a: PersonEvent, b: PersonEvent, contains: Contains): Agreement {
  const pa = a.place?.placeId;
  const pb = b.place?.placeId;
  if (!pa || !pb) return "differ";
  if (pa === pb) return "agree";
  return contains(pa, pb) || contains(pb, pa) ? "compatible" : "differ";
}

function samePlace(a: PersonEvent, b: PersonEvent): boolean {
  return a.place?.placeId !== undefined && a.place.placeId === b.place?.placeId;
}

/**
 * Names the most specific place and what it is in: "Daily A says France; Wire B names the
 * city: Lyon, which is in France."
 */
function compatibleExplanation(
  group: readonly PersonEvent[],
  contains: Contains,
  nameOf: (m: NameMention) => string,
): string {
  const id = (e: PersonEvent) => e.place?.placeId ?? "";
  // The most specific place is the one every other place contains.
  const specific =
    group.find((e) => group.every((o) => id(o) === id(e) || contains(id(o), id(e)))) ??
    (group[group.length - 1] as PersonEvent);
  const others = group.filter((e) => id(e) !== id(specific));
  const place = specific.place as NameMention;
  const outer = [...new Set(others.map((e) => nameOf(e.place as NameMention)))];
  const kind = place.placeKind ?? "place";
  if (group.length === 2 && others.length === 1) {
    const other = others[0] as PersonEvent;
    return `${other.from.label} says ${outer[0]}; ${specific.from.label} names the ${kind}: ${nameOf(place)}, which is in ${outer[0]}.`;
  }
  const said = group.map((e) => ({ label: e.from.label, value: nameOf(e.place as NameMention) }));
  return `${eachSays(said)} The most specific is the ${kind} ${nameOf(place)}, which is in ${listOf(outer)}.`;
}

function placeValue(e: PersonEvent, nameOf: (m: NameMention) => string): ClaimValue {
  const p = e.place as NameMention;
  return {
    source: e.from.article.id,
    value: nameOf(p),
    text: p.text,
    start: p.start,
    end: p.end,
    sentence: p.sentence,
    ...(p.entity ? { entity: p.entity } : {}),
  };
}
