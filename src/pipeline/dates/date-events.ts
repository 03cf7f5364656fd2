/**
 * Whether two sentences from different sources report the same event: "On Thursday, the
 * minister confirmed …" and "The minister confirmed on March 14 …". Compared as sets of
 * content words (names and meaningful words, not function words or the date words themselves),
 * so a weekday in one source can date the other's month-day, and the other way round.
 */

/** Jaccard similarity at or above which two dated sentences are taken to be one event. */
export const SAME_EVENT_SIMILARITY = 0.3;

const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor so yet for of in on at to from by with without within into onto " +
    "over under about above below after before since until during through across against " +
    "between among around toward towards upon off out up down than then that this these those " +
    "there here where when while which who whom whose what why how as if because though " +
    "although whether not no yes is are was were be been being am has have had having do does " +
    "did done will would shall should can could may might must it its it's he him his she her " +
    "hers they them their theirs we us our ours you your yours i me my mine one ones also " +
    "very more most less least much many some any all each every both either neither other " +
    "such only own same just still even already again further once now ago said says say " +
    "told tell according per mr mrs ms dr its including include includes new"
  ).split(" "),
);

/** Date words differ between the two sentences by construction, so they say nothing. */
const DATE_WORDS: ReadonlySet<string> = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april " +
    "june july august september october november december jan feb mar apr jun jul aug sep " +
    "sept oct nov dec today yesterday tomorrow tonight day days week weeks month months year " +
    "years last next earlier later morning afternoon evening night"
  ).split(" "),
);

/** A light stem, so "troops" meets "troop" and "Russia's" meets "Russia". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
    return word.slice(0, -1);
  }
  return word;
}

const WORD = /[\p{L}]+/gu;

/** The content words of a sentence, lowercased and stemmed. */
export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 2 || STOPWORDS.has(w) || DATE_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return jaccard(shared, a.size, b.size);
}

/** Jaccard similarity from the count of shared words and the two set sizes. */
export function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union <= 0 ? 0 : shared / union;
}
