import { stem } from "../../core/text/stem.ts";

/**
 * Plain news vocabulary that names one act in several words, so two sources wording one event
 * differently still meet: "deployed" and "dispatched", "confirmed" and "affirmed", "killed"
 * and "died". Nothing here is about any particular story.
 */
const CLASSES: Record<string, string> = {
  send: "send sends sent sending deploy deployed dispatch dispatched transfer transferred",
  confirm: "confirm confirmed affirm affirmed verify verified acknowledge acknowledged",
  announce: "announce announced declare declared unveil unveiled",
  kill: "kill killed die died dead death deaths perish perished",
  injure: "injure injured wound wounded hurt",
  arrest: "arrest arrested detain detained",
  meet: "meet meets met meeting",
  attack: "attack attacked strike strikes struck bomb bombed shell shelled",
  approve: "approve approved pass passed adopt adopted ratify ratified",
  reject: "reject rejected refuse refused veto vetoed",
  begin: "begin begins began begun start started launch launched",
  end: "end ended finish finished conclude concluded",
  win: "win wins won",
  lose: "lose loses lost",
  troop: "troop troops soldier soldiers force forces personnel",
  leave: "leave left depart departed",
  arrive: "arrive arrived reach reached",
};

/**
 * Verbs of saying, which nearly every news sentence has: "said" in two sentences says little
 * about whether they tell one event, so these words weigh less and never alone make a match.
 */
const SAYING =
  "say says said state stated statement tell told add added note noted speak spoke comment commented remark remarked report reported reports claim claimed";

const conceptByStem = new Map<string, string>();
for (const [name, list] of Object.entries(CLASSES)) {
  for (const w of list.split(/\s+/u)) conceptByStem.set(stem(w), name);
}
for (const w of SAYING.split(/\s+/u)) conceptByStem.set(stem(w), "say");

/** The concept a word stands for: its class ("dispatched" -> "send"), else its stem. */
export function conceptOf(key: string): string {
  const s = stem(key);
  return conceptByStem.get(s) ?? s;
}

/** How much a shared concept counts toward two sentences saying the same (saying: little). */
export function weightOf(concept: string): number {
  return concept === "say" ? WEAK : 1;
}

/** The weight of a verb of saying, next to 1 for any other content word. */
export const WEAK = 0.3;
