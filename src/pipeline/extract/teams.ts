import type { Places } from "../../core/geo/places.ts";
import { joinText, personEvidence } from "./name-shape.ts";
import { teamPlural } from "./org-evidence.ts";
import type { Phrase } from "./phrases.ts";
import type { Token } from "./tokens.ts";

/** Names written after "the" that end in a team's plural: "the Example Hawks" -> both forms. */
export function teamsAfterThe(
  text: string,
  phrases: readonly Phrase[],
  places: Places,
): Set<string> {
  const teams = new Set<string>();
  const demonym = (w: string) => places.demonym(w) !== null;
  for (const p of phrases) {
    let tokens = p.tokens;
    if (/^the$/iu.test((tokens[0] as Token).text)) tokens = tokens.slice(1);
    else if (!/\bthe\s+$/iu.test(text.slice(Math.max(0, p.start - 5), p.start))) continue;
    const last = tokens[tokens.length - 1];
    if (!last || !teamPlural(last, demonym) || personEvidence(tokens)) continue;
    if (places.lookup(joinText(text, tokens)).length > 0) continue;
    teams.add(joinText(text, tokens));
    teams.add(last.bare);
  }
  return teams;
}

/**
 * A team's name: one met after "the" in this article, a place and a plural ("Example City
 * Hawks"), or a region and "State" (a university's teams).
 */
export function teamName(
  text: string,
  teams: ReadonlySet<string>,
  places: Places,
  tokens: readonly Token[],
  placeLength: number,
): boolean {
  const name = joinText(text, tokens).replace(/['’]s$/u, "");
  if (teams.has(name)) return true;
  if (tokens.length < 2 || placeLength === 0 || placeLength >= tokens.length) return false;
  const last = tokens[tokens.length - 1] as Token;
  if (placeLength === tokens.length - 1 && last.text === "State") return true;
  return teamPlural(last, (w) => places.demonym(w) !== null);
}
