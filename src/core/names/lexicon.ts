import nlp from "compromise";
import { FUNCTION_WORDS, NAME_RUN_OPENERS, ORDINAL_WORDS, wordSet } from "../text/stopwords.ts";
import { isEverydayWord } from "../text/word-senses.ts";
import { givenNameGender } from "./given-names.ts";

/**
 * General word lists for recognizing names. Given names, surnames and organization names come
 * from compromise's lexicon (an npm package); titles, organization head words and function
 * words are general English word lists, not names from any article.
 */

type Lexicon = Record<string, string | undefined>;
let cached: Lexicon | null = null;
function lexicon(): Lexicon {
  // compromise exposes its lexicon through `world()`; its tagger is never run (too slow here).
  cached ??= (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model
    .one.lexicon;
  return cached;
}

const GIVEN = new Set(["MaleName", "FemaleName", "FirstName"]);
/**
 * A given name in compromise's lexicon, or in the stdlib name lists ("Warren", "Pierre") unless
 * it is also an everyday word ("West", "Red", "Boy" are on those lists).
 */
export function isGivenName(word: string): boolean {
  if (GIVEN.has(lexicon()[word.toLowerCase()] ?? "")) return true;
  return givenNameGender(word) !== null && !isEverydayWord(word);
}

/** A given name, surname or person compromise's lexicon knows by this one word ("Example"). */
export function isLexiconPersonName(word: string): boolean {
  const tag = lexicon()[word.toLowerCase()] ?? "";
  return GIVEN.has(tag) || tag === "LastName" || tag === "Person";
}

/** The gender compromise's lexicon gives a given name ("MaleName", "FemaleName"), or null. */
export function lexiconGender(word: string): "male" | "female" | null {
  const tag = lexicon()[word.toLowerCase()];
  return tag === "MaleName" ? "male" : tag === "FemaleName" ? "female" : null;
}

export function isKnownSurname(word: string): boolean {
  return lexicon()[word.toLowerCase()] === "LastName";
}

/**
 * An organization or team the lexicon knows by name: "Hewlett-Packard" and "Hewlett Packard" are
 * one entry, so hyphens and dots are read as spaces.
 */
export function isKnownOrganization(name: string): boolean {
  const tag = lexicon()[name.toLowerCase().replace(/[-.]/g, " ").replace(/\s+/g, " ").trim()];
  return tag === "Organization" || tag === "SportsTeam";
}

/** compromise's tags of closed-class words, which never start a name. */
const FUNCTION_TAGS = new Set([
  "Preposition",
  "Determiner",
  "Conjunction",
  "Pronoun",
  "Adverb",
  "Modal",
  "Reflexive",
  "Possessive",
  "QuestionWord",
  "Copula",
  "Negative",
]);
// Function words, ordinals and a few sentence openers, from the shared word classes: one
// definition of what a function word is, plus what only the name detector needs.
const NOT_NAMES = wordSet(FUNCTION_WORDS, ORDINAL_WORDS, NAME_RUN_OPENERS);

/**
 * A word that may be capitalized at the start of a sentence or run without being (part of) a
 * name: "During", "The", "However", "Officials". Case-insensitive.
 */
export function isNonNameWord(word: string): boolean {
  const w = word.toLowerCase();
  return NOT_NAMES.has(w) || FUNCTION_TAGS.has(lexicon()[w] ?? "");
}

/** Titles and honorifics that precede a name ("President", "Gen.", "Secretary"). */
export const TITLES = new Set(
  `president vice prime minister secretary chancellor premier king queen prince princess pope
  emperor empress emir sultan sheikh ayatollah general gen. lt. lieutenant colonel col. major maj.
  captain capt. commander admiral adm. sergeant sgt. corporal private marshal brigadier senator
  sen. representative rep. congressman congresswoman congressperson governor gov. mayor judge
  justice ambassador envoy spokesperson spokesman spokeswoman director chairman chairwoman chair
  chief ceo cfo coo founder leader commissioner inspector superintendent dr. dr mr. mr mrs. mrs ms.
  ms mx. prof. professor sir dame lord lady rev. reverend father sister brother cardinal
  archbishop bishop rabbi imam cleric deputy acting interim former senior first lady speaker
  attorney counsel adviser advisor aide official minister-president secretary-general
  director-general president-elect vice-president head principal dean provost rector
  chief-of-staff crown supreme field councillor councilman councilwoman alderman magistrate
  prosecutor sheriff officer detective constable consul diplomat negotiator mediator delegate
  lawmaker legislator mp mep analyst scholar researcher economist historian expert`.split(/\s+/),
);

/** Words that name a department inside a title: "Defense Secretary", "Secretary of State". */
export const DEPARTMENTS = new Set(
  `defense defence state foreign home interior justice finance treasury health education labor
  labour commerce trade energy agriculture transport transportation environment culture economy
  economic security intelligence national homeland veterans housing science technology
  communications information industry affairs development war navy army air military public
  internal external social welfare emergency`.split(/\s+/),
);

/** Head words that make a capitalized phrase an organization. */
export const ORG_HEADS = new Set(
  `ministry department agency service services council committee commission center centre
  institute institution university college school academy foundation association organization
  organisation union party army navy force forces corps guard police bank fund court tribunal
  parliament congress senate assembly cabinet office bureau administration corporation corp corp.
  inc inc. ltd ltd. llc plc group company co. times post journal herald tribune news network
  broadcasting alliance league federation coalition movement front brigade battalion regiment
  division command staff authority board secretariat laboratory lab society church mission
  embassy consulate intelligence reserve exchange commission company airlines airways railways
  hospital clinic programme program project initiative forum summit conference club team trust
  unit units directorate inspectorate observatory`.split(/\s+/),
);

/** Single-word institutions named by their seat ("the Kremlin said"): a general list. */
export const INSTITUTION_METONYMS = new Set(
  "Kremlin Pentagon Vatican Knesset Bundestag Duma Elysée Élysée Quai Whitehall Storting Riksdag Sejm Majlis Politburo".split(
    " ",
  ),
);
/** Multi-word institutions named by their seat. */
export const INSTITUTION_PHRASES = new Set(["White House", "Downing Street", "Blue House"]);

/** Nouns after a demonym that make it stand for its country ("the Russian government"). */
export const STATE_NOUNS = new Set(
  `government governments forces troops military army navy officials authorities leader leaders
  leadership president ministry minister regime state territory side embassy intelligence
  diplomats parliament administration economy counterpart counterparts defense defence
  soldiers`.split(/\s+/),
);

/** Particles inside personal names ("Ursula von der Leyen", "Ali bin Hussein"). */
export const NAME_PARTICLES = new Set(
  "von van der den de del della di da dos das du la le al el bin ibn ben bint abu ter".split(" "),
);
/** Generational suffixes ("Jane Q. Example III", "Jane Example Jr."), lowercase, no period. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "v"]);

/**
 * A generational suffix as written: "Jr.", "Sr", or a roman numeral in capitals without a
 * period ("III", "V"). A lowercase "iv" or "v" is a word, not a generation, and "V." (with its
 * period) is an initial: "Jane V. Example" has a middle name, "Jane Example V" a generation.
 */
export function isNameSuffix(word: string): boolean {
  const written = word.replace(/,$/u, "");
  const key = written.replace(/\.$/u, "").toLowerCase();
  if (!NAME_SUFFIXES.has(key)) return false;
  return key === "jr" || key === "sr" || /^[IVX]+$/u.test(written);
}

/**
 * Common family names of Korea, China and Vietnam, where the family name comes first: "Xi
 * Jinping" is "Xi" later, not "Jinping". A general list of the most frequent surnames.
 */
export const FAMILY_NAME_FIRST = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo
  shin sin kwon hwang ahn an song yoo ryu hong jeon moon mun yang ko son bae baek heo nam roh noh
  xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
  xie tang deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding
  ren shen yao jin hao kong mao wen nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong
  ly`.split(/\s+/),
);
