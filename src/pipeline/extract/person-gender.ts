import type { NameMention } from "../../core/model.ts";
import { type Gender, givenNameGender } from "../../core/names/given-names.ts";
import { lexiconGender } from "../../core/names/lexicon.ts";
import { shortForms } from "../../core/names/short-forms.ts";
import type { AttributionContext } from "./attribution-context.ts";

/**
 * Whether "he" or "she" may stand for a person, from what the text says of them: an honorific
 * before the name ("Ms.", "Mr."), a role that says it ("actress", "spokesman", "mother"), or
 * the given name's usual gender (the stdlib name lists). Null when nothing says.
 */

const FEMALE =
  /\b(?:woman|women|actress|mother|wife|daughter|sister|queen|princess|chairwoman|spokeswoman|congresswoman|businesswoman|mrs|ms|miss|lady|girl|grandmother|aunt|niece|widow|bride|heiress|girlfriend|duchess|empress|stepmother|granddaughter)\b/iu;
const MALE =
  /\b(?:man|men|actor|father|husband|son|brother|king|prince|chairman|spokesman|congressman|businessman|mr|sir|lord|boy|grandfather|uncle|nephew|widower|groom|boyfriend|duke|emperor|stepfather|grandson)\b/iu;

function fromWords(words: string): Gender | null {
  const f = FEMALE.test(words);
  const m = MALE.test(words);
  return f && !m ? "female" : m && !f ? "male" : null;
}

/**
 * The full-name mention a person mention stands for: itself when it has several words, else the
 * one full name in the article it is a short form of ("Roe" for "Jane Roe"). Null when the bare
 * name fits no full name or more than one ("Roe" with both "Jane Roe" and "Tom Roe").
 */
export function fullNameOf(ctx: AttributionContext, m: NameMention): NameMention | null {
  if (m.name.includes(" ")) return m;
  let full: NameMention | null = null;
  for (const x of ctx.speakers) {
    if (x.type !== "person" || !x.name.includes(" ") || !shortForms(x.name).includes(m.name)) {
      continue;
    }
    if (full && full.name !== x.name) return null;
    full ??= x;
  }
  return full;
}

/** The gender the text gives a person mention, or null. */
export function personGender(ctx: AttributionContext, m: NameMention): Gender | null {
  const honorific = /\b(Mrs?|Ms|Miss|Mr)\.?\s+$/u.exec(
    ctx.text.slice(Math.max(0, m.start - 6), m.start),
  );
  if (honorific) return honorific[1] === "Mr" ? "male" : "female";
  const full = fullNameOf(ctx, m);
  for (const role of [m.role, full?.role]) {
    const g = role ? fromWords(role) : null;
    if (g) return g;
  }
  const given = full?.name.split(/\s+/u)[0];
  if (!given) return null;
  const word = given.replace(/\.$/u, "");
  const g = givenNameGender(word) ?? lexiconGender(word);
  return g === "either" ? null : g;
}

/** Whether a pronoun may stand for the person: "she" is never a man, "he" never a woman. */
export function agrees(pronoun: string, gender: Gender | null): boolean {
  if (gender === null || gender === "either") return true;
  const p = pronoun.toLowerCase();
  if (p === "she" || p === "her" || p === "hers") return gender === "female";
  if (p === "he" || p === "him" || p === "his") return gender === "male";
  return true;
}
