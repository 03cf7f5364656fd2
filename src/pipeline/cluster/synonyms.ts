import { stem } from "../../core/text/stem.ts";

/**
 * Words outlets use interchangeably for the same thing in news of events, so that "a vessel
 * overturned" and "the ferry capsized" still meet. Each group is read as its first word. Only
 * everyday vocabulary of events belongs here: nothing about any particular story.
 */
const GROUPS: readonly string[] = [
  "death deaths dead die died dies dying kill killed killing fatal fatalities",
  "injured injure injuries injury wound wounded hurt",
  "troops troop soldiers soldier army",
  "earthquake quake quakes temblor tremor",
  "storm hurricane typhoon cyclone",
  "flood floods flooding flooded inundated deluge",
  "wildfire blaze inferno",
  "boat ship vessel ferry",
  "capsized overturned sank sink sinking",
  "passenger passengers traveller travellers traveler travelers",
  "missing unaccounted",
  "rescue rescuers rescuer",
  "election vote votes voting voter voters ballot polls",
  "win wins won winner victory",
  "arrest arrested detained custody apprehended",
  "gunman shooter sniper assailant",
  "agreement deal accord pact treaty",
  "car cars vehicle vehicles automobile",
  "protest protests protesters demonstration demonstrators",
  "ceasefire truce",
  "child children kids",
  "home homes house houses",
];

const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of GROUPS) {
    const words = group.split(" ").map((w) => stem(w));
    const head = words[0] ?? "";
    for (const w of words) if (!map.has(w)) map.set(w, head);
  }
  return map;
})();

/** The group's word for a stemmed word, or the word itself. */
export function canonical(stemmed: string): string {
  return CANONICAL.get(stemmed) ?? stemmed;
}
