import { SAYING_VERBS } from "../../core/text/stopwords.ts";
import { wordKey } from "../../core/text/words.ts";

/**
 * Clause words: what comparison needs to find a sentence's main clause and its verb. The
 * concepts that join wordings of one fact are in core/text/concepts.ts.
 */

/** A verb of saying: the events we date and place are mostly statements. */
export function isSpeechVerb(key: string): boolean {
  return SAYING_VERBS.has(key);
}

// Past forms that do not end in -ed: enough to see that a name is the subject of a verb.
const IRREGULAR = new Set(
  `won lost met made gave took came went left began held saw flew ran wrote sent led kept brought
  thought found stood became got set put hit cut let read spoke told said sought fought bought
  meant paid heard knew drew grew threw rose fell arrived is was were has had have will would
  can could may might must should does did visits meets makes gives takes holds leads flies
  visit`.split(/\s+/u),
);

/**
 * Whether a word as written reads as a finite verb: lowercase, and a verb of saying, a regular
 * past ("-ed") or a common irregular form. Capitalized words are names, not verbs ("Reed").
 */
export function isVerbLike(written: string): boolean {
  const text = written.replace(/^[^\p{L}]+/u, "");
  if (!/^\p{Ll}/u.test(text)) return false;
  const key = wordKey(text);
  return SAYING_VERBS.has(key) || IRREGULAR.has(key) || /[a-z]{2}ed$/u.test(key);
}

const PREPOSITIONS = new Set(
  `in at on during after before from by with for to of near inside outside amid following
  speaking addressing visiting upon`.split(/\s+/u),
);

/** Prepositions (and participles) that may open an introductory phrase of the main clause. */
export function isIntroWord(key: string): boolean {
  return PREPOSITIONS.has(key) || /ing$/u.test(key);
}

const SUBORDINATORS = new Set(
  `as when while because although though if unless whereas since until once after before who
  which where whose whom with without prompting`.split(/\s+/u),
);

/** Words that open a clause of their own: what follows is not the main clause's event. */
export function isSubordinator(key: string): boolean {
  return SUBORDINATORS.has(key);
}
