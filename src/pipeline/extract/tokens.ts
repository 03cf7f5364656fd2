import type { Range } from "../../core/model.ts";

export interface Token extends Range {
  text: string;
  /** Starts with a capital letter (or is an initial or acronym). */
  cap: boolean;
  /** Ends in a possessive ("Kim’s", "Allies’"); `text` keeps it, `bare` drops it. */
  possessive: boolean;
  bare: string;
}

// Letters and digits joined by internal apostrophes, hyphens or dots ("Jong-un", "U.S", "O’Neil").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
const ABBREVIATIONS = new Set([
  "Dr",
  "Mr",
  "Mrs",
  "Ms",
  "Mx",
  "Jr",
  "Sr",
  "St",
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Capt",
  "Sgt",
  "Adm",
  "Sen",
  "Rep",
  "Gov",
  "Prof",
  "Rev",
  "Hon",
  "Inc",
  "Corp",
  "Ltd",
  "Co",
  "No",
  "Mt",
  "Ft",
]);

/**
 * Word tokens of `text[start, end)` with offsets into `text`. A period joins the token when it
 * belongs to an initial ("J."), a dotted acronym ("U.S.") or a title abbreviation ("Gen.").
 * The name detector's own tokenizer, not core's words(): it needs what a comparison key throws
 * away (capitals, initials' periods, possessives) and no punctuation stuck to a word.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let t = m[0];
    let e = m.index + t.length;
    // "Russian-North Korean": a demonym hyphenated to a name is two words; "Jean-Luc" stays one.
    const joined = /^(\p{Lu}\p{Ll}{3,}(?:an|ese|ish|i))-(?=\p{Lu})/u.exec(t);
    if (joined?.[1]) {
      t = joined[1];
      e = m.index + t.length;
      WORD.lastIndex = e + 1;
    }
    if (
      text[e] === "." &&
      (/^\p{Lu}$/u.test(t) || /^(?:\p{L}\.)+\p{L}$/u.test(t) || ABBREVIATIONS.has(t))
    ) {
      t += ".";
      e += 1;
      WORD.lastIndex = e;
    }
    // "Kim’s" (the apostrophe is inside the token) or "Allies’" (it follows a final s).
    const possessive =
      /['’]s$/u.test(t) ||
      (t.endsWith("s") && /['’]/u.test(text[e] ?? "") && !/\p{L}/u.test(text[e + 1] ?? ""));
    const bare = t.replace(/['’]s$/u, "");
    out.push({
      text: t,
      start: m.index,
      end: e,
      cap: /^\p{Lu}/u.test(t),
      possessive,
      bare,
    });
  }
  return out;
}
