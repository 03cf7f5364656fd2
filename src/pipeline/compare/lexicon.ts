import { stem } from "../../core/text/stem.ts";
import { SAYING_VERBS } from "../../core/text/stopwords.ts";
import { wordKey } from "../../core/text/words.ts";

/**
 * General English word classes, so that two sources wording one fact differently still meet:
 * "troops" and "soldiers", "sent" and "deployed", "killed" and "died". Nothing here is about
 * any particular story; every list is plain vocabulary of news reporting.
 */

/**
 * What happens to the things counted. Two figures whose sentences name different events
 * ("1,800 troops sent", "9,000 soldiers trained") are never the same fact.
 */
const EVENTS: Record<string, string> = {
  send: `send sends sent sending deploy deploys deployed deploying deployment dispatch dispatched
    dispatches dispatching transfer transferred arrive arrived arriving join joined joining`,
  train: "train trains trained training",
  recruit: `recruit recruits recruited recruiting recruitment enlist enlisted enlisting mobilize
    mobilized mobilise mobilised mobilizing conscript conscripted draft drafted`,
  kill: `kill kills killed killing die dies died dying dead death deaths fatality fatalities fatal
    toll perish perished`,
  injure: `injure injures injured injuring injury injuries wound wounds wounded wounding hurt
    hospitalized hospitalised`,
  casualty: "casualty casualties",
  missing: "missing unaccounted disappeared",
  displace: `displace displaced displacing evacuate evacuated evacuating evacuation evacuee
    evacuees flee fled fleeing homeless`,
  rescue: "rescue rescued rescuing saved search searched searching",
  arrest: "arrest arrests arrested arresting detain detained detaining detention",
  reduce: `cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing
    reduction slash slashed decrease decreased fall fell drop dropped decline declined`,
  increase: `raise raises raised raising increase increases increased increasing hike hikes hiked
    rise rose risen climb climbed grow grew grown`,
  lose: "lose loses lost losing loss losses outage outages",
};

/** A class of counted things; `human` classes may match the generic people words. */
interface NounClass {
  words: string;
  human?: boolean;
}

const NOUNS: Record<string, NounClass> = {
  military: {
    words: `soldier troop force serviceman servicemen servicewoman servicemember personnel
      fighter combatant marine sailor paratrooper reservist conscript mercenary recruit militant`,
    human: true,
  },
  civilian: {
    words: "civilian resident citizen inhabitant villager local",
    human: true,
  },
  child: { words: "child children kid minor baby infant toddler boy girl", human: true },
  worker: { words: "worker employee staff staffer labourer laborer", human: true },
  migrant: { words: "migrant refugee asylum-seeker asylum seeker immigrant", human: true },
  prisoner: { words: "prisoner detainee inmate hostage captive", human: true },
  voter: { words: "voter elector", human: true },
  home: { words: "home house household dwelling residence apartment" },
  building: { words: "building structure" },
  vehicle: { words: "vehicle car automobile truck lorry" },
  vote: { words: "vote ballot" },
  trade: { words: "trade good export import commerce shipment" },
  aid: { words: "aid assistance support relief funding" },
  damage: { words: "damage cost loss" },
};

/**
 * Words that count people without saying which: they match any human class. Some also say
 * what happened to them ("deaths" are people killed).
 */
const PEOPLE: Record<string, string | null> = {
  person: null,
  people: null,
  individual: null,
  victim: null,
  casualty: "casualty",
  death: "kill",
  fatality: "kill",
  dead: "kill",
  body: "kill",
  injury: "injure",
  injured: "injure",
  wounded: "injure",
};

/** Context words that differ only in wording: "power"/"electricity", "car"/"vehicle". */
const SYNONYMS: Record<string, string> = {
  electricity: "power power electricity",
  official: "official officials authority authorities government",
  estimate: "estimate estimates estimated estimating",
  tariff: "tariff tariffs duty duties levy levies",
  agreement: "agreement deal accord pact",
};

const eventByStem = indexWords(EVENTS);
const nounByStem = indexWords(
  Object.fromEntries(Object.entries(NOUNS).map(([k, v]) => [k, v.words])),
);
const synonymByStem = indexWords(SYNONYMS);
const peopleByStem = new Map(Object.entries(PEOPLE).map(([w, e]) => [stem(w), e]));

function indexWords(classes: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, list] of Object.entries(classes)) {
    for (const w of list.split(/\s+/u).filter(Boolean)) out.set(stem(w), name);
  }
  return out;
}

/** The event class a word belongs to ("deployed" -> "send"), or null. */
export function eventOf(key: string): string | null {
  return eventByStem.get(stem(key)) ?? null;
}

/** The class of a counted noun ("troop" -> "military"), or null when it has none. */
export function nounClassOf(noun: string): string | null {
  return nounByStem.get(stem(noun)) ?? null;
}

/** Whether a noun class counts people (so generic "people" and "casualties" may match it). */
export function isHumanClass(name: string | null): boolean {
  return name !== null && NOUNS[name]?.human === true;
}

/**
 * Generic people words: `undefined` when the noun is not one; otherwise the event it implies
 * ("deaths" -> "kill", "casualties" -> "casualty") or null ("people").
 */
export function peopleWord(noun: string): string | null | undefined {
  return peopleByStem.get(stem(noun));
}

/**
 * One comparable key per word: its event or noun class when it has one, so "sent" and
 * "deployed" or "homes" and "households" count as the same word; otherwise its stem.
 */
export function conceptKey(key: string): string {
  const s = stem(key);
  const event = eventByStem.get(s);
  if (event) return `event:${event}`;
  const noun = nounByStem.get(s);
  if (noun) return `noun:${noun}`;
  const people = peopleByStem.get(s);
  if (people !== undefined) return people ? `event:${people}` : "noun:people";
  return synonymByStem.get(s) ?? s;
}

// --- clause words ------------------------------------------------------------------------------

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
