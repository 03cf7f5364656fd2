import { stem } from "./stem.ts";
import { SAYING_VERBS } from "./stopwords.ts";

/**
 * The one concept lexicon: general English words of news reporting that name one act or one
 * kind of thing in several words, so that two sources wording one event differently still
 * meet: "troops" and "soldiers", "sent" and "deployed", "killed" and "died", "a vessel
 * overturned" and "the ferry capsized". Used by compare (claims), timeline (events) and cluster
 * (stories). Nothing here is about any particular story; every list is plain vocabulary.
 * Words are matched by stem, so a list needs a form only where the stemmer does not join it.
 */

/**
 * Events: what happens to the things counted. Two figures whose sentences name different events
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
  rescue: "rescue rescued rescuing rescuer rescuers saved search searched searching",
  arrest: `arrest arrests arrested arresting detain detained detaining detention custody
    apprehended`,
  reduce: `cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing
    reduction slash slashed decrease decreased fall fell drop dropped decline declined`,
  increase: `raise raises raised raising increase increases increased increasing hike hikes hiked
    rise rose risen climb climbed grow grew grown`,
  lose: "lose loses lost losing loss losses outage outages",
};

/**
 * Other acts and happenings. Joined like events, but not what happens to a counted thing: a
 * figure "confirmed" in one source and "sent" in another can still be one fact.
 */
const ACTS: Record<string, string> = {
  confirm: "confirm confirmed affirm affirmed verify verified acknowledge acknowledged",
  announce: "announce announced declare declared unveil unveiled",
  meet: "meet meets met meeting",
  attack: "attack attacked strike strikes struck bomb bombed shell shelled",
  approve: "approve approved pass passed adopt adopted ratify ratified",
  reject: "reject rejected refuse refused veto vetoed",
  begin: "begin begins began begun start started launch launched",
  end: "end ended finish finished conclude concluded",
  leave: "leave left depart departed",
  win: "win wins won winner victory",
  capsize: "capsized overturned sank sink sinking",
  protest: "protest protests protesters demonstration demonstrators",
  ceasefire: "ceasefire truce",
  earthquake: "earthquake quake quakes temblor tremor",
  storm: "storm hurricane typhoon cyclone",
  flood: "flood floods flooding flooded inundated deluge",
  wildfire: "wildfire blaze inferno",
  // The stages of a criminal case: each is a happening of its own, on its own day ("charged"
  // in March, "convicted" in June), never a rewording of another.
  charge: "charge charged charging indict indicted indictment",
  plead: "plead pleads pleaded pled plea",
  convict: "convict convicted conviction",
  acquit: "acquit acquitted acquittal",
  sentence: "sentence sentenced sentencing",
};

/** A class of counted things; `human` classes may match the generic people words. */
interface NounClass {
  words: string;
  human?: boolean;
}

const NOUNS: Record<string, NounClass> = {
  military: {
    words: `soldier troop force serviceman servicemen servicewoman servicemember personnel army
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
  passenger: { words: "passenger traveller traveler", human: true },
  attacker: { words: "gunman gunmen shooter sniper assailant", human: true },
  home: { words: "home house household dwelling residence apartment" },
  building: { words: "building structure" },
  vehicle: { words: "vehicle car automobile truck lorry" },
  boat: { words: "boat ship vessel ferry" },
  vote: { words: "vote ballot election voting polls" },
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

/** Other words that differ only in wording: "power"/"electricity", "deal"/"accord". */
const SYNONYMS: Record<string, string> = {
  electricity: "power electricity",
  official: "official officials authority authorities government",
  estimate: "estimate estimates estimated estimating",
  tariff: "tariff tariffs duty duties levy levies",
  agreement: "agreement deal accord pact treaty",
};

/**
 * Saying: the verbs of saying (stopwords.ts) and the nouns for what is said. Nearly every news
 * sentence has one, so a stage may weigh this concept less. Confirming and announcing are acts
 * of their own (above) and keep their class. Not an event: a figure "said" in one source and
 * "sent" in the other can still be one fact.
 */
const SAYING = `${[...SAYING_VERBS].join(" ")} statement statements report reports reported
  comment comments remark claim claims`;

/** The concept of every verb of saying. */
export const SAY = "say";

const eventByStem = indexWords(EVENTS);
const actByStem = indexWords(ACTS);
const nounByStem = indexWords(
  Object.fromEntries(Object.entries(NOUNS).map(([k, v]) => [k, v.words])),
);
const synonymByStem = indexWords(SYNONYMS);
const peopleByStem = new Map(Object.entries(PEOPLE).map(([w, e]) => [stem(w), e]));
const sayingStems = new Set(words(SAYING).map((w) => stem(w)));

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

function indexWords(classes: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, list] of Object.entries(classes)) {
    for (const w of words(list)) out.set(stem(w), name);
  }
  return out;
}

/**
 * Acts that are steps or outcomes of one process, each a happening of its own: a criminal case
 * (arrested, then charged, convicted or acquitted, sentenced) and what a disaster or an attack
 * does to people (killed, injured, missing, rescued). Two verbs of one process that are
 * different steps never tell the same thing.
 */
const PROCESSES: readonly (readonly string[])[] = [
  ["arrest", "charge", "plead", "convict", "acquit", "sentence"],
  ["kill", "injure", "missing", "rescue"],
];
const processOf = new Map(PROCESSES.flatMap((steps, i) => steps.map((step) => [step, i] as const)));

/**
 * Whether two predicates are different steps of one process ("charged" and "convicted",
 * "killed" and "injured"). Other pairs of different verbs may still be one act in other words.
 */
export function differentSteps(a: string, b: string): boolean {
  const step = (w: string) => eventByStem.get(stem(w)) ?? actByStem.get(stem(w)) ?? null;
  const sa = step(a);
  const sb = step(b);
  if (sa === null || sb === null || sa === sb) return false;
  const pa = processOf.get(sa);
  return pa !== undefined && pa === processOf.get(sb);
}

/** The event class a word key belongs to ("deployed" -> "send"), or null. */
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
 * One comparable concept per word key: its event, act or noun class when it has one, so "sent"
 * and "deployed" or "homes" and "households" are one concept ("event:send", "noun:home"); SAY
 * for a verb of saying; a synonym's head word; otherwise its stem.
 */
export function conceptOf(key: string): string {
  const s = stem(key);
  const event = eventByStem.get(s);
  if (event) return `event:${event}`;
  const act = actByStem.get(s);
  if (act) return `act:${act}`;
  const noun = nounByStem.get(s);
  if (noun) return `noun:${noun}`;
  const people = peopleByStem.get(s);
  if (people !== undefined) return people ? `event:${people}` : "noun:people";
  if (sayingStems.has(s)) return SAY;
  return synonymByStem.get(s) ?? s;
}
