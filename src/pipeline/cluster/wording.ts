import { MONTHS, WEEKDAYS } from "../../core/date-words.ts";
import { SAYING_VERBS, wordSet } from "../../core/text/stopwords.ts";
/**
 * Word lists for writing neutral story titles. General English only: nothing here is about any
 * particular story.
 */

/** Words that sell or judge rather than report. A title containing one is a poor choice. */
export const LOADED = new Set(
  `slam slams slammed blast blasts blasted rip rips ripped shock shocked stun stunned horror
  horrifying chaos chaotic devastates outrage outraged furious fury bombshell epic heartbreaking
  nightmare carnage humiliating humiliation disgrace disgraceful shameful meltdown frenzy mayhem
  insane incredible unbelievable amazing destroys obliterates crushes scandalous tyrant thugs
  slams`.split(/\s+/),
);

/**
 * Adjectives that only intensify or dramatize: dropped from a title when they stand before
 * another word ("Devastating Storm ..." -> "Storm ...").
 */
export const INTENSIFIERS = new Set(
  `massive huge shocking stunning dramatic devastating horrific brutal terrifying jaw-dropping
  unprecedented staggering whopping explosive`.split(/\s+/),
);

/**
 * Where a headline may be cut: a second clause starts before these words. After a conjunction
 * ("... after rebels seize ...") a title may start again, with whatever word comes next.
 */
export const CONJUNCTIONS = new Set(
  `as after amid while despite following before since because but when where although though
  whereas unless until`.split(/\s+/),
);

/**
 * Words before which a title may end: what follows ("to support", "with new rules",
 * "marking a shift") completes the clause, and never starts a title of its own.
 */
export const LINKS = new Set(
  `to with via whom whose marking leaving raising prompting sparking ending giving bringing
  making`.split(/\s+/),
);

/** Words that end a clause and may start a new one with its own subject ("... that the court ..."). */
export const RELATIVES = new Set(`that which who`.split(/\s+/));

/** Lowercase words that may open a title after a cut: a subject can start with them. */
export const DETERMINERS = new Set(`the a an this these those`.split(/\s+/));

/**
 * Reporting verbs: a title starts after them ("Ministry Reports Outbreak of ..."). The verbs of
 * saying, and the forms a headline uses as verbs that are nouns elsewhere ("Reports", "Claims").
 */
export const REPORTING = wordSet(
  SAYING_VERBS,
  new Set("report reports reported confirm claim claims".split(" ")),
);

/** Words a title should not start or end on. */
export const DANGLING = new Set(
  `a an the of and or but in on at for to by with from as its their his her into than that
  is are was were be been`.split(/\s+/),
);

/** Labels some outlets put before a headline. */
export const LABEL =
  /^(?:breaking|live|watch|update|updated|exclusive|opinion|analysis|video|photos?|explainer|just in|developing)\s*(?:news)?\s*[:|–—-]\s*/iu;

const WEEKDAY = `(?:${[...WEEKDAYS.keys()].join("|")})`;
const MONTH = `(?:${[...MONTHS.keys()].sort((x, y) => y.length - x.length).join("|")})\\.?`;

/** When-phrases that date a title to one outlet's day of writing: "on Friday", "on Jan. 5". */
export const TIME_PHRASE = new RegExp(
  `\\s*\\b(?:(?:on|late|early|this|last)\\s+)?(?:${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\b|\\s*\\b(?:today|tonight|yesterday|this week)\\b`,
  "giu",
);
