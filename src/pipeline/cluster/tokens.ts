import { stem } from "../../core/text/stem.ts";
import { canonical } from "./synonyms.ts";

/**
 * Words that say nothing about which event an article reports: function words, the verbs and
 * nouns of reporting itself ("said", "officials", "statement"), and calendar words (a weekday
 * is in every article; the dates are compared separately).
 */
const STOPWORDS = new Set(
  `a about above across after again against ago all almost along already also although am among
  an and another any anyone anything are around as at away back be became because become been
  before being below between both but by came can cannot could did do does doing done down during
  each either else even ever every few for from further get gets getting given go goes going got
  had has have having he her here hers herself him himself his how however i if in including
  inside instead into is it its itself just last least less like made make makes making many may
  me might more most much must my near nearly neither never next no nor not now of off often on
  once one only onto or other others our ours out over own per perhaps put rather same several
  shall she should since so some still such than that the their theirs them themselves then there
  these they this those though three through thus to too toward towards two under until up upon
  us very via was we well were what whatever when where whether which while who whom whose why
  will with within without would yet you your
  said say says saying told tell tells according report reported reports reporting reporter
  reporters statement statements added adding noted asked announced confirmed called spokesman
  spokeswoman spokesperson official officials source sources news press interview comment comments
  claim claimed mr mrs ms dr per cent percent
  new first second third four five six seven eight nine ten dozen dozens hundred hundreds thousand
  thousands million millions billion billions
  time times year years month months week weeks day days today yesterday tomorrow tonight morning
  afternoon evening night hour hours minute minutes earlier later recent recently
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december`.split(/\s+/),
);

/**
 * The content words of a text, lowercased, stemmed and read through the synonym groups, in
 * order. Numbers are left out: outlets round them differently, and two events can share a
 * figure by chance.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    for (const part of m[0].toLowerCase().split("-")) {
      const word = part.replace(/['’](s|d|ll|re|ve|t)?$/u, "").replace(/['’]/gu, "");
      if (word.length < 3 || STOPWORDS.has(word)) continue;
      out.push(canonical(stem(word)));
    }
  }
  return out;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
