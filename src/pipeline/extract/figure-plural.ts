/**
 * Plural nouns and their singulars. After a number above one, English puts a plural noun at the
 * head of what is counted, so "looks plural" is the extractor's main test for where a counted
 * noun phrase ends; the singular is how two sources' "refugees" and "refugee" are matched.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Plurals (or plural-only nouns) that do not end in -s, mapped to their singular. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["people", "person"],
  ["men", "man"],
  ["women", "woman"],
  ["children", "child"],
  ["feet", "foot"],
  ["teeth", "tooth"],
  ["mice", "mouse"],
  ["geese", "goose"],
  ["oxen", "ox"],
  ["lice", "louse"],
  ["criteria", "criterion"],
  ["phenomena", "phenomenon"],
  ["alumni", "alumnus"],
  ["bacteria", "bacterium"],
  ["fungi", "fungus"],
  ["nuclei", "nucleus"],
  ["stimuli", "stimulus"],
  ["indices", "index"],
  ["matrices", "matrix"],
  ["vertices", "vertex"],
  ["appendices", "appendix"],
  ["crises", "crisis"],
  ["analyses", "analysis"],
  ["theses", "thesis"],
  ["hypotheses", "hypothesis"],
  ["diagnoses", "diagnosis"],
  ["oases", "oasis"],
  ["syntheses", "synthesis"],
  ["emphases", "emphasis"],
  ["parentheses", "parenthesis"],
  ["quizzes", "quiz"],
  ["data", "data"],
  ["media", "media"],
  ["police", "police"],
  ["personnel", "personnel"],
  ["staff", "staff"],
  ["crew", "crew"],
  ["cattle", "cattle"],
  ["livestock", "livestock"],
  ["aircraft", "aircraft"],
  ["spacecraft", "spacecraft"],
  ["sheep", "sheep"],
  ["deer", "deer"],
  ["fish", "fish"],
  ["offspring", "offspring"],
  ["infantry", "infantry"],
  ["clergy", "clergy"],
  ["series", "series"],
  ["species", "species"],
  ["headquarters", "headquarters"],
]);

/** Words ending in -s that are not plurals (or not nouns). */
const SINGULAR_S = words(`
  news means physics politics economics mathematics ethics athletics logistics gas bias atlas
  alias canvas chaos ethos kudos lens bus plus minus thus this his is was has as us yes its
  always sometimes perhaps overseas besides towards afterwards nevertheless regardless unless
  whereas across less analysis basis crisis thesis axis christmas
`);

/** -men words that are singular. */
const SINGULAR_MEN = words("specimen abdomen regimen omen acumen stamen hymen semen amen yemen");

/** -ies plurals of -ie nouns ("sorties" -> "sortie", not "sorty"). */
const IE_NOUNS = words(`
  movie cookie calorie pie tie lie zombie rookie sortie hippie goalie selfie freebie prairie
  auntie brownie genie hoodie smoothie veggie eyrie birdie budgie bookie
`);

/** -ves plurals of -f and -fe nouns. */
const F_NOUNS: ReadonlyMap<string, string> = new Map([
  ["wolves", "wolf"],
  ["knives", "knife"],
  ["lives", "life"],
  ["wives", "wife"],
  ["halves", "half"],
  ["leaves", "leaf"],
  ["shelves", "shelf"],
  ["thieves", "thief"],
  ["loaves", "loaf"],
  ["calves", "calf"],
  ["selves", "self"],
  ["elves", "elf"],
  ["scarves", "scarf"],
  ["wharves", "wharf"],
]);

/** -es plurals of nouns ending in -s, -o or -che whose -es is an ending, not part of the stem. */
const ES_PLURALS = words(`
  buses gases biases atlases aliases canvases bonuses viruses campuses statuses censuses
  surpluses consensuses focuses apparatuses fetuses geniuses sinuses octopuses prospectuses
  circuses choruses walruses syllabuses cactuses caucuses thesauruses abacuses nexuses corpuses
  lenses heroes potatoes tomatoes echoes vetoes torpedoes embargoes volcanoes dominoes
  mosquitoes tornadoes cargoes
`);

/** -ches words whose singular keeps the e ("niches" -> "niche"). */
const CHE_NOUNS = words(`
  niche cache headache ache moustache mustache avalanche quiche cliche psyche creche douche
`);

/** True when the word, as written, reads as a plural noun ("nurses", "ICBMs", "people"). */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  // Every irregular listed is a plural, or a noun like "staff" that counts as one after a number.
  if (IRREGULAR.has(lower)) return true;
  if (SINGULAR_S.has(lower)) return false;
  if (lower.endsWith("men")) return lower.length > 3 && !SINGULAR_MEN.has(lower);
  if (lower.endsWith("people")) return true;
  if (/(?:ss|us|is|['’]s)$/.test(lower)) return false;
  // The s must be lower case: "ICBMs" is plural, "US" is not.
  return word.length >= 3 && word.endsWith("s");
}

/** The singular, in lower case: "Nurses" -> "nurse", "bodies" -> "body". */
export function singularNoun(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (!isPluralNoun(word)) return w;
  if (w.endsWith("women")) return `${w.slice(0, -5)}woman`;
  if (w.endsWith("men")) return `${w.slice(0, -3)}man`;
  if (w.endsWith("people")) return `${w.slice(0, -6)}person`;
  const f = F_NOUNS.get(w);
  if (f !== undefined) return f;
  if (w.endsWith("ies") && w.length > 4) {
    const stem = w.slice(0, -3);
    return IE_NOUNS.has(`${stem}ie`) ? `${stem}ie` : `${stem}y`;
  }
  if (ES_PLURALS.has(w)) return w.slice(0, -2);
  if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("shes")) {
    return w.slice(0, -2);
  }
  if (w.endsWith("ches")) return CHE_NOUNS.has(w.slice(0, -1)) ? w.slice(0, -1) : w.slice(0, -2);
  return w.slice(0, -1);
}
