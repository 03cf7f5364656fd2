/**
 * General English words that make a capitalized phrase the name of an organization without one
 * of the classic head words ("Agency", "Council"): companies ("… Devices", "… Technologies"),
 * news outlets ("the … Reporter", "… Weekly"), public services ("Highway Patrol", "Geological
 * Survey", "Fire and Rescue"). Word lists, not names.
 */

/** Last words of company and service names. */
export const COMPANY_HEADS = new Set(
  `devices systems technologies technology telecom telecommunications networks communications
  associates advisors advisers partners holdings industries enterprises motors pharmaceuticals
  laboratories labs entertainment media pictures studios records publishing publishers ventures
  securities insurance electronics software solutions logistics petroleum brands stores
  patrol survey rescue mafia cartel`.split(/\s+/),
);

/** Last words of newspapers, magazines and broadcasters' names. */
export const OUTLET_HEADS = new Set(
  `times post news journal herald tribune gazette chronicle observer telegraph inquirer examiner
  courier advocate reporter weekly magazine daily dispatch bulletin review monitor globe register
  sentinel today`.split(/\s+/),
);

/**
 * Plural nouns that, capitalized after "the", name places or events rather than a team or a
 * party: "the Rocky Mountains", "the Olympics", "the Oscars".
 */
export const NOT_TEAM_PLURALS = new Set(
  `mountains islands isles hills falls lakes heights keys rapids springs plains highlands lowlands
  woods gardens fields meadows straits narrows territories states emirates provinces alps
  olympics games awards oscars grammys emmys championships finals playoffs series nations
  muslims christians jews catholics protestants sunnis shiites shias hindus sikhs buddhists
  mormons evangelicals times news`.split(/\s+/),
);
