/**
 * A town or region standing for its team, read from the words around it as sports reports write
 * them: "a 91-73 victory over Example City", "Example City (10-2)", "top-ranked Example beat
 * Other 3-1", "games against Example and Other". A country is left alone: national teams are
 * named like their country, and a reader is better served by the country than by nothing.
 */

const RECORD_AFTER = /^['’]?s?\s*\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)/u;
const SCORE_AFTER = /^,?\s+\d{1,3}-\d{1,3}\b/u;
const BEAT_AFTER =
  /^\s+(?:beat|beats|defeated|defeats|edged|edges|routed|routs|topped|tops|downed|downs|overcame|outlasted|blanked|whipped|thrashed|rallied past|held off)\s+(?:visiting\s+)?\p{Lu}/u;
const VERSUS_AFTER = /^\s+(?:vs\.?|v\.|versus)\s+\p{Lu}/u;
const RESULT_BEFORE =
  /\b(?:victory|win|loss|defeat|triumph|upset|rout|comeback|shutout)\s+(?:over|against|to|at)\s+(?:visiting\s+|host\s+|the\s+)?$/iu;
const BEAT_BEFORE =
  /\b(?:beat|beats|beating|defeated|defeats|defeating|overcame|topped|edged|routed|thrashed|downed|blanked|outlasted|vs\.?|v\.|versus|games?\s+against|matchup\s+(?:with|against))\s+(?:visiting\s+|host\s+)?$/iu;
const RANK_BEFORE =
  /(?:\bNo\.\s*\d{1,2}|\btop-ranked|\b\d{1,2}(?:st|nd|rd|th)-ranked|\bunbeaten|\bundefeated|\bvisiting)\s+$/iu;
/** "against Example and Other": the second team of a pair takes the first one's reading. */
const PAIR_BEFORE =
  /\b(?:games?\s+against|vs\.?|versus|beat|defeated|over)\s+\p{Lu}[\p{L}.'’ -]{1,30}?\s+and\s+$/u;

/** True when the words just before and after a place name make it a team. */
export function standsForTeam(before: string, after: string): boolean {
  const b = before.slice(-80);
  const a = after.slice(0, 60);
  return (
    RECORD_AFTER.test(a) ||
    SCORE_AFTER.test(a) ||
    BEAT_AFTER.test(a) ||
    VERSUS_AFTER.test(a) ||
    RESULT_BEFORE.test(b) ||
    BEAT_BEFORE.test(b) ||
    RANK_BEFORE.test(b) ||
    PAIR_BEFORE.test(b)
  );
}
