import { type SynsetId, synset, synsetsOf, type WordNetPos } from "./wordnet.ts";

/**
 * What WordNet says about a capitalized word in a name: whether it is also an everyday word
 * ("Devices", "Patrol", "Gray"), and whether it names a kind of person ("Comedian", "Coach").
 * General vocabulary, so the name finder can tell "Advanced Micro Devices said" (a company, every
 * word an everyday word) from "Jane Kowalski said" (a person, no word an everyday one).
 */

const common = new Map<string, boolean>();
const personKinds = new Map<string, boolean>();

/** The dictionary form a plural may have: "devices" -> "device", "companies" -> "company". */
export function singularForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (/ies$/.test(w)) out.push(`${w.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(w)) out.push(w.slice(0, -2));
  if (/[^s]s$/.test(w)) out.push(w.slice(0, -1));
  return out;
}

/** The dictionary forms an inflected verb may have: "declares" -> "declare", "fired" -> "fire". */
function verbForms(word: string): string[] {
  const out = [word];
  if (/s$/.test(word)) out.push(word.slice(0, -1));
  if (/es$/.test(word)) out.push(word.slice(0, -2));
  if (/ed$/.test(word)) out.push(word.slice(0, -2), word.slice(0, -1));
  if (/ing$/.test(word)) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out;
}

/** Senses in which WordNet writes the word in lower case: an everyday word, not only a name. */
function lowercaseSenses(word: string, pos: WordNetPos, limit: number): SynsetId[] {
  const key = word.toLowerCase();
  return synsetsOf(key, pos, limit).filter((id) => synset(id)?.written.includes(key) === true);
}

/**
 * True when the word, or the singular of a plural, is an everyday English noun, adjective or
 * verb: "Highway", "Devices", "Advanced". Names that are only names ("Obama") are not, nor are
 * names whose most frequent sense is a name ("Smith": eight people before the metalworker).
 */
export function isEverydayWord(word: string): boolean {
  const key = word.toLowerCase();
  let known = common.get(key);
  if (known === undefined) {
    known =
      singularForms(key).some((w) => lowercaseSenses(w, "noun", 1).length > 0) ||
      lowercaseSenses(key, "adj", 1).length > 0 ||
      verbForms(key).some((w) => lowercaseSenses(w, "verb", 1).length > 0);
    common.set(key, known);
  }
  return known;
}

let personSense: SynsetId | undefined;

/**
 * True when the word's most frequent noun sense is a kind of person: "comedian", "coach",
 * "actress", "quarterback". Used for a capitalized role before a name ("Comedian Jane Doe").
 */
export function isPersonNoun(word: string): boolean {
  const key = word.toLowerCase();
  let known = personKinds.get(key);
  if (known === undefined) {
    personSense ??= synsetsOf("person", "noun", 1)[0];
    const first = lowercaseSenses(key, "noun", 1)[0];
    known = first !== undefined && personSense !== undefined && reaches(first, personSense);
    personKinds.set(key, known);
  }
  return known;
}

/** Whether `target` is among the hypernyms of `from` (breadth first, a few levels up). */
function reaches(from: SynsetId, target: SynsetId): boolean {
  let frontier = [from];
  const seen = new Set<SynsetId>(frontier);
  for (let depth = 0; depth < 14 && frontier.length > 0; depth++) {
    const next: SynsetId[] = [];
    for (const id of frontier) {
      if (id === target) return true;
      for (const p of synset(id)?.pointers ?? []) {
        if (p.symbol !== "@" || seen.has(p.target)) continue;
        seen.add(p.target);
        next.push(p.target);
      }
    }
    frontier = next;
  }
  return false;
}
