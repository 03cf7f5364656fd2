import { wordKey } from "../../core/text/words.ts";
import {
  CONJUNCTIONS,
  DANGLING,
  DETERMINERS,
  LABEL,
  LINKS,
  RELATIVES,
  REPORTING,
  TIME_PHRASE,
} from "./wording.ts";

export interface Phrase {
  text: string;
  /** True when the phrase starts where its part of the headline starts. */
  whole: boolean;
}

/** "SEOUL, Dec. 3 (UPI) -- ", "BEIRUT — ": where a wire story was filed. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:,[^–—]{0,30}?)?(?:\([^)]*\))?\s*(?:--|[–—])\s*/u;

/** A scene-setting opener ("In an exclusive interview, ", "On Wednesday, "). */
const OPENER =
  /^(?:in|on|at|during|after|before|last|earlier|this|late|early|speaking)\b[^,]{0,50},\s+/iu;

/**
 * The phrases a title could be made of, from one headline or lead sentence. Labels, datelines,
 * openers, parentheses, quotation marks and when-phrases ("on Wednesday") are removed first.
 * The text is split at hard breaks (colon, dash, bar, question mark); in each part a phrase may
 * end before a conjunction ("after"), a link word ("to", "with") or a relative ("that"), or at
 * a comma before a new element ("..., the agency confirms"), and may start at the part's start or,
 * when a name (or "the") follows, after a conjunction, a relative or a reporting verb ("says",
 * "reports"): a phrase keeps the subject of its clause. "Ministry Reports Outbreak of Fever in
 * Coastal Towns to Prompt School Closures" gives, among others, "Outbreak of Fever in Coastal
 * Towns".
 */
export function phrases(text: string): Phrase[] {
  const out = new Map<string, Phrase>();
  const cleaned = text
    .replace(LABEL, "")
    .replace(DATELINE, "")
    .replace(OPENER, "")
    .replace(/\s*[([][^)\]]*[)\]]/gu, "")
    .replace(/[“”"]/gu, "")
    .replace(/(^|\s)['‘]([^'’]*)['’](?=$|[\s,.;:])/gu, "$1$2");
  for (const part of cleaned.split(/\s*(?:[:;](?=\s|$)|[|?!…]|\s(?:[–—-]|--)\s)\s*/u)) {
    const words = part
      .replace(TIME_PHRASE, "")
      .replace(/,(?:\s*,)+/gu, ",")
      .split(/\s+/u)
      .filter(Boolean);
    const bare = words.map(wordKey);
    const named = (i: number) => /^\p{Lu}/u.test(words[i] ?? "") || DETERMINERS.has(bare[i] ?? "");
    const starts = new Set([0]);
    const ends = new Set([words.length]);
    words.forEach((w, i) => {
      const b = bare[i] ?? "";
      if (CONJUNCTIONS.has(b)) {
        ends.add(i);
        if (named(i + 1)) starts.add(i + 1);
      } else if (LINKS.has(b)) {
        ends.add(i);
      } else if (RELATIVES.has(b)) {
        ends.add(i);
        if (named(i + 1)) starts.add(i + 1);
      } else if (REPORTING.has(b) && !/\d/u.test(bare[i - 1] ?? "")) {
        if (named(i + 1)) starts.add(i + 1);
      }
      // A comma ends a phrase before a new element ("..., Cuts Power"), not inside a list.
      if (w.endsWith(",") && /^[\p{Lu}\p{N}]/u.test(words[i + 1] ?? "")) ends.add(i + 1);
    });
    for (const s of starts) {
      for (const e of ends) {
        if (e - s < 2) continue;
        const phrase = tidy(words.slice(s, e));
        if (phrase && !out.has(phrase)) out.set(phrase, { text: phrase, whole: s === 0 });
      }
    }
  }
  return [...out.values()];
}

/**
 * Joins words, dropping dangling little words at both ends ("the" may start a title) and the
 * punctuation left at the end, but not the full stop of an abbreviation ("U.N.").
 */
function tidy(words: readonly string[]): string {
  const w = [...words];
  const bare = (x: string | undefined) => (x ?? "").toLowerCase().replace(/[,;.]+$/u, "");
  while (w.length > 0 && DANGLING.has(bare(w[0])) && bare(w[0]) !== "the") w.shift();
  while (w.length > 0 && DANGLING.has(bare(w[w.length - 1]))) w.pop();
  if (w.length < 2) return "";
  return w
    .join(" ")
    .replace(/[,;]+$/u, "")
    .replace(/(?<!\b\p{Lu})\.$/u, "");
}
