import nlp from "compromise";
import { synsetsOf } from "./wordnet.ts";

const cache = new Map<string, string>();

/**
 * The dictionary form of a past participle the tagger read as an adjective ("was apprehended",
 * "were struck"): a passive verb, which the event model needs as the verb it is. Regular forms
 * are checked against WordNet's verbs; irregular ones ("struck", "taken") are conjugated back by
 * compromise's English lexicon. A word that is no verb's participle comes back unchanged.
 */
export function participleLemma(form: string): string {
  const word = form.toLowerCase();
  const known = cache.get(word);
  if (known !== undefined) return known;
  const regular = [
    word.replace(/ied$/, "y"),
    word.replace(/ed$/, ""),
    word.replace(/d$/, ""),
    word.replace(/([b-df-hj-np-tv-z])\1ed$/, "$1"),
  ].find((c) => c !== word && synsetsOf(c, "verb").length > 0);
  let lemma = regular;
  if (!lemma) {
    // "They have struck it": a frame where only a verb fits.
    const infinitive = nlp(`they have ${word} it`).verbs().toInfinitive().text().toLowerCase();
    // compromise answers "have" when the word is no verb at all ("they have purple it").
    const real = infinitive !== "" && infinitive !== word && !/^(?:have|be|do)$/.test(infinitive);
    lemma = real && synsetsOf(infinitive, "verb").length > 0 ? infinitive : word;
  }
  cache.set(word, lemma);
  return lemma;
}
