import { WEEKDAYS } from "../../core/date-words.ts";

/**
 * General English word lists the figure extractor uses to tell where "what is counted" ends.
 * A counted noun phrase is a run of content words; any of these words closes it.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Function words (determiners, prepositions, conjunctions, pronouns, auxiliaries, adverbs) and
 * common irregular past tenses, which would otherwise pass for nouns ("$5 million spent").
 */
export const STOP_WORDS = words(`
  the a an this that these those its their his her our your my any each every all both either
  neither no another such what which whose whatever whichever
  of in on at to for from by with without into onto over under across against among amongst
  between during before after since until till through throughout toward towards via per about
  around near inside outside within alongside amid amidst despite including like than as upon
  beyond behind below above beneath beside besides except off out up down along past following
  concerning regarding plus minus versus vs ago
  and or but nor so yet while whereas because if when where whether although though unless once
  who whom which that he she it they we you i them him us me there here themselves itself
  himself herself someone something anyone anything everyone everything nobody nothing
  is are was were be been being am has have had do does did will would shall should can could
  may might must get got gets getting
  not never already also still now then just only even ever again too very almost nearly
  reportedly allegedly apparently currently recently previously initially later earlier soon
  last next today tonight yesterday tomorrow overseas abroad home together alone apiece
  respectively altogether overall combined total always sometimes perhaps afterwards
  nevertheless regardless however meanwhile thus hence instead rather else according
  says said shows showed suggests means represents remains includes makes seems appears marks
  reflects indicates comes goes needs exists compares stands equals totals amounts accounts
  whom whose etc
  spent paid sent given lost made set put left held brought sold bought taken built hit cost went
  came fled fought began begun gave took kept told found thought ran rose fell grew led met
  sought saw seen became become stood
`);

/** Is this lower-case word a function word that ends a noun phrase? */
export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower) || WEEKDAYS.has(lower);
}

/** "Russia's", "Allies’": a possessive is a determiner, never part of what is counted. */
export function isPossessive(word: string): boolean {
  return /['’]s$/i.test(word);
}
