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

const participles = new Map<string, string | null>();

/**
 * The past participle of a verb ("recruit" -> "recruited", "send" -> "sent", "take" ->
 * "taken"), for a label that names what was done to a counted thing: "soldiers recruited".
 * Conjugated by compromise and kept only when it reads back to the same verb, so a word that
 * is no verb gives null rather than a made-up form.
 */
export function participleOf(lemma: string): string | null {
  const known = participles.get(lemma);
  if (known !== undefined) return known;
  const forms = nlp(`they ${lemma} it`).verbs().conjugate()[0] as
    | { Participle?: string; PastTense?: string }
    | undefined;
  const conjugated = (forms?.Participle ?? forms?.PastTense ?? "").toLowerCase();
  // compromise gives some regular verbs back unchanged ("repulse"); only "hit", "cut", "set"
  // and their like keep their form, so a bare form is tried as a regular verb too.
  const regular = lemma.replace(/e$/u, "").replace(/([^aeiou])y$/u, "$1i");
  const same = conjugated === lemma && !/[td]$/u.test(lemma);
  const form = [same ? "" : conjugated, `${regular}ed`].find(
    (f) => /^[a-z]+$/u.test(f) && participleLemma(f) === lemma,
  );
  participles.set(lemma, form ?? null);
  return form ?? null;
}
