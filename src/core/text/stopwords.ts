import { MONTHS, WEEKDAYS } from "../date-words.ts";

/**
 * Word classes that carry no fact of their own, each defined once. A stage that compares
 * wordings composes the classes it needs with `wordSet`: comparison drops function words, the
 * timeline also drops words of time (it compares dates as values), clustering drops reporting
 * vocabulary and figures too. Lowercase keys, without punctuation. General English only.
 */

const list = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/u).filter((w) => w !== ""));

/**
 * Function words: articles, determiners and quantifiers, pronouns, prepositions, conjunctions,
 * auxiliaries and modals (with their negative contractions, as keys: "don't" -> "dont"), and the
 * adverbs that frame a statement rather than state it. "us" is left out on purpose: it is also
 * the key of "U.S.".
 */
export const FUNCTION_WORDS = list(`
  a an the this that these those all any another both each either neither every few many much
  more most less least several some such no other others own same new
  i me my mine we our ours you your yours he him his himself she her hers herself it its itself
  they them their theirs themselves anyone anything whatever
  what which who whom whose why how when where whether while
  about above across after against along amid among around as at before below between by down
  during for from in inside into near of off on onto out over per since than through throughout
  to toward towards under until up upon via with within without according including like despite
  and but or nor so yet if because although though
  am is are was were be been being do does did doing done have has had having will would shall
  should can could cannot may might must
  again almost also already approximately roughly nearly just even ever never often perhaps
  rather still then there here thus therefore hence however indeed instead meanwhile moreover
  furthermore nevertheless nonetheless now once only too very well currently not else back away
  further yes
  dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent hasnt havent hadnt
`);

/** Honorifics before a name: they say who is named, not what happened. */
export const HONORIFICS = list("mr mrs ms mx dr");

/**
 * Words of time: months (with their abbreviations), weekdays, calendar units and words that
 * place an event relative to another. Two reports of one event date it in different words.
 */
export const TIME_WORDS = list(`
  ${[...MONTHS.keys(), ...WEEKDAYS.keys()].join(" ")}
  day days week weeks month months year years hour hours minute minutes time times
  today yesterday tomorrow tonight morning afternoon evening night
  ago last next past earlier later early late mid recent recently previous following
`);

/**
 * Verbs of saying, in the forms that are only verbs: "the state", "a note", "calls for" are
 * left out. Nearly every news sentence has one, so they say little about which event it tells.
 */
export const SAYING_VERBS = list(`
  said says say told tells tell stated noted added adds confirmed confirms affirmed affirms
  announced announces declared declares insisted insists warned warns explained explains argued
  argues claimed stressed stresses emphasized emphasised remarked replied replies responded
  responds commented acknowledged acknowledges admitted admits asserted asserts described
  describes called urged urges promised pledged vowed repeated reiterated reiterates spoke speaks
  characterized characterised wrote writes tweeted posted predicted observed maintained
  suggested suggests indicated indicates revealed reveals disclosed denied denies mentioned
  interpreted framed
`);

/** The rest of the vocabulary of reporting: who speaks, and the nouns for what they say. */
export const REPORTING_WORDS = list(`
  saying adding asked report reported reports reporting reporter reporters statement statements
  spokesman spokeswoman spokesperson official officials source sources news press interview
  comment comments claim
`);

/** Cardinal numbers and words for amounts: outlets round figures differently. */
export const NUMBER_WORDS = list(`
  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
  fifty hundred hundreds thousand thousands million millions billion billions dozen dozens half
  quarter cent percent
`);

/** Ordinals that open many sentences ("First, …", "the second day"). */
export const ORDINAL_WORDS = list("first second third");

/** Verbs so general that nearly any event can be told with them ("made", "got", "came"). */
export const LIGHT_VERBS = list(`
  became become came get gets getting given go goes going got made make makes making put
`);

/**
 * For the name detector: words that often open a capitalized run at the start of a sentence
 * without being part of a name ("Officials said", "Critics argue", "Former …", "Earlier, …"),
 * beside the function words and ordinals. Only these few, not REPORTING_WORDS or TIME_WORDS as
 * a whole: "News", "Press", "Evening" and "Times" open the names of outlets.
 */
export const NAME_RUN_OPENERS = list(`
  experts analysts officials reports report sources source critics residents people former
  earlier later last next
`);

/** One set of every word in `lists`. */
export function wordSet(...lists: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const l of lists) for (const w of l) out.add(w);
  return out;
}

/** A function word ("the", "however", "approximately"), as a lowercase key. */
export function isFunctionWord(key: string): boolean {
  return FUNCTION_WORDS.has(key);
}
