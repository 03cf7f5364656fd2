import { isEverydayWord } from "../../core/text/word-senses.ts";
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
  const parts = cleaned.split(/\s*(?:[:;](?=\s|$)|[|?!…]|\s(?:[–—-]|--)\s)\s*/u);
  // "Police: …", "Report: …": a short head before a colon says who says it, and stays.
  const colon = /^([^:]{2,40}):\s/u.exec(cleaned)?.[1];
  const speaker = colon && saysWho(colon) ? colon : null;
  parts.forEach((part, n) => {
    const label = speaker && n === 1 ? `${speaker}: ` : "";
    const words = part
      .replace(TIME_PHRASE, "")
      .replace(/,(?:\s*,)+/gu, ",")
      .split(/\s+/u)
      .filter(Boolean);
    const bare = words.map(wordKey);
    const named = (i: number) => /^\p{Lu}/u.test(words[i] ?? "") || DETERMINERS.has(bare[i] ?? "");
    const starts = new Set([0]);
    const ends = new Set([words.length]);
    // After "says", "denies", "disputes report", what follows is someone's claim: a phrase that
    // starts inside it would state the claim in the site's voice, or invert it.
    let claimed = false;
    const attributionAt = trailingAttribution(words, bare);
    words.forEach((w, i) => {
      const b = bare[i] ?? "";
      if (CONJUNCTIONS.has(b)) {
        ends.add(i);
        if (named(i + 1) && !claimed) starts.add(i + 1);
      } else if (LINKS.has(b)) {
        ends.add(i);
      } else if (RELATIVES.has(b)) {
        ends.add(i);
        if (named(i + 1) && !claimed) starts.add(i + 1);
      }
      if (REPORTING.has(b) || CONTESTING.has(b)) claimed = true;
      // A comma ends a phrase before a new element ("..., Cuts Power"), not inside a list.
      if (w.endsWith(",") && /^[\p{Lu}\p{N}]/u.test(words[i + 1] ?? "")) ends.add(i + 1);
    });
    // "…, NATO confirms": the claim may stand shorter, with its source before it.
    const source = attributionAt === null ? "" : `${words.slice(attributionAt, -1).join(" ")}: `;
    for (const st of starts) {
      for (const e of ends) {
        if (e - st < 2) continue;
        const phrase = tidy(words.slice(st, e));
        const said = attributionAt !== null && e <= attributionAt ? source : "";
        const text = phrase && `${label || said}${phrase}`;
        if (text && !out.has(text)) out.set(text, { text, whole: st === 0 });
      }
    }
  });
  return [...out.values()];
}

/** Nouns that, before a colon, say who says what follows: "Police: …", "Report: …". */
const SOURCE_NOUNS = new Set(
  `report reports police officials official sources source study poll survey witnesses experts
  analysts critics authorities investigators prosecutors lawyers family`.split(/\s+/),
);

/** A head before a colon that names a source: a source noun, or a name of up to three words. */
function saysWho(head: string): boolean {
  const words = head.split(/\s+/u);
  if (words.length > 3 || /[|?!…]/u.test(head)) return false;
  const last = (words[words.length - 1] ?? "").toLowerCase();
  return (
    SOURCE_NOUNS.has(last) ||
    words.every((w) => /^\p{Lu}/u.test(w) && !isEverydayWord(w.replace(/[^\p{L}]/gu, "")))
  );
}

/** Words that dispute or deny what follows them: it must not stand without them. */
const CONTESTING = new Set(
  `disputes disputed dispute denies denied deny rejects rejected refutes refuted questions
  questioned doubts doubted dismisses dismissed contradicts contradicted challenges challenged
  report reports claim claims allegation allegations rumor rumors rumour rumours`.split(/\s+/),
);

/** Where ", Example confirms" starts at the end of a part (the index after the comma), or null. */
function trailingAttribution(words: readonly string[], bare: readonly string[]): number | null {
  const last = bare[bare.length - 1] ?? "";
  if (!REPORTING.has(last)) return null;
  for (let i = words.length - 2; i >= Math.max(1, words.length - 5); i--) {
    if ((words[i - 1] ?? "").endsWith(",")) return /^\p{Lu}/u.test(words[i] ?? "") ? i : null;
  }
  return null;
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
