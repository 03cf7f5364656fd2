import { foldAccents } from "../core/text/fold.ts";

/**
 * Spellings a name takes when it is transliterated another way: general rules, no name lists.
 *
 * Rules come in two families, and a family applies only when the name shows its signs (see
 * `nameFamilies`), so "Emily Example" never becomes "Emiliy Example". Each rule maps one spelling
 * of a sound to its other common spellings. A word gets every single-rule variant first (round
 * robin across rules, so each rule's most common alternative comes before any rule's second),
 * then variants combining two rules' first alternatives ("Mohammed" -> "Muhammad"), at most
 * `MAX_WORD_VARIANTS`.
 */

export interface Families {
  /** Russian/Ukrainian/Belarusian romanisations: -sky/-ski, -iy/-y, Ye-/E-, kh/h... */
  slavic: boolean;
  /** Arabic romanisations: al-/el-, -ed/-ad, o/u before h, doubled consonants, ee/i... */
  arabic: boolean;
}

export const MAX_WORD_VARIANTS = 8;

type Rule = (w: string) => string[];

const C = "[bcdfghjklmnpqrstvwxz]";

/** A word ending in one of `endings` (after `stem`) gets each other ending, in this order. */
function ending(stem: string, endings: readonly string[]): Rule {
  const re = new RegExp(`^(${stem})(${endings.join("|")})$`);
  return (w) => {
    const m = re.exec(w);
    if (!m) return [];
    return endings.filter((e) => e !== m[2]).map((e) => `${m[1]}${e}`);
  };
}

/** Every match of `from` replaced by `to` (one variant), or nothing when there is no match. */
function swap(from: RegExp, to: string): Rule {
  return (w) => {
    const out = w.replace(from, to);
    return out === w ? [] : [out];
  };
}

/** Rules tried in order, each alternative from the first rule that matches. */
function either(...rules: Rule[]): Rule {
  return (w) => {
    for (const r of rules) {
      const out = r(w);
      if (out.length > 0) return out;
    }
    return [];
  };
}

/** All rules' alternatives together. */
function both(...rules: Rule[]): Rule {
  return (w) => rules.flatMap((r) => r(w));
}

// Order of preference: the rules whose alternatives readers type most come first.
const SLAVIC: readonly Rule[] = [
  // Adjectival surnames: -sky (English), -ski (Polish style), -skiy/-skyi/-skyy/-skii (the
  // Russian and Ukrainian transliteration systems). Then the same soft ending on other words:
  // Yuriy / Yuri / Yury / Yurii.
  either(
    ending(".{2,}sk", ["y", "i", "iy", "yi", "yy", "ii"]),
    ending(`.*${C}`, ["y", "i", "iy", "ii", "yy"]),
  ),
  // Word-initial iotated E: Yeltsin / Eltsin, Yevgeny / Evgeny.
  // (Not before letters Cyrillic romanisation never gives: "Example" stays.)
  either(swap(new RegExp(`^ye(?=${C})`), "e"), swap(/^e(?=[bdfgklmnprstvz])/, "ye")),
  // Iotated e after a vowel: Dostoevsky / Dostoyevsky, Sergeev / Sergeyev.
  either(
    swap(new RegExp(`(?<=[aeou])ye(?=${C})`, "g"), "e"),
    swap(new RegExp(`(?<=[aeou])e(?=${C})`, "g"), "ye"),
  ),
  // Soft e after a consonant, and the ending without it: Grigoryev / Grigoriev / Grigorev.
  both(
    either(
      swap(new RegExp(`(?<=${C})ye`, "g"), "ie"),
      swap(new RegExp(`(?<=${C})ie(?=${C})`, "g"), "ye"),
    ),
    swap(new RegExp(`(?<=${C})[iy]ev(?=a?$)`), "ev"),
  ),
  // Ya / Ia and Yu / Iu, word-initial or after a consonant; -iya / -ia: Ilya / Ilia,
  // Yulia / Iulia, Mariya / Maria.
  either(
    swap(/iya$/, "ia"),
    swap(new RegExp(`(?<=^|${C})y(?=[au])`, "g"), "i"),
    swap(new RegExp(`(?<=^|${C})i(?=[au])`, "g"), "y"),
  ),
  // Kh / H (Mikhail / Mihail), and h between vowels back to kh.
  either(swap(/kh/g, "h"), swap(/(?<=[aeiou])h(?=[aeiou])/g, "kh")),
  // French-style transliteration: Tchaikovsky / Chaikovsky, Joukov / Zhukov.
  either(swap(/tch/g, "ch"), swap(/(?<![ts])ch/g, "tch")),
  swap(/ou/g, "u"),
  // German-style ts: Trotsky / Trotzky.
  either(swap(/tz/g, "ts"), swap(/ts/g, "tz")),
  swap(/zh/g, "j"),
];

const ARABIC: readonly Rule[] = [
  // Last syllable after a doubled consonant or h + consonant: Mohammed / Mohammad, Ahmed / Ahmad.
  either(
    swap(new RegExp(`(?<=(${C})\\1|h${C})ed$`), "ad"),
    swap(new RegExp(`(?<=(${C})\\1|h${C})ad$`), "ed"),
  ),
  // First syllable before h: Mohammed / Muhammed.
  either(
    swap(new RegExp(`^(${C})o(?=h[aeiou])`), "$1u"),
    swap(new RegExp(`^(${C})u(?=h[aeiou])`), "$1o"),
  ),
  // A doubled consonant between vowels written single: Mohammed / Mohamed, Hassan / Hasan.
  swap(new RegExp(`(?<=[aeiou])(${C})\\1(?=[aeiou])`, "g"), "$1"),
  // Long vowels in the last syllable: Rasheed / Rashid, Mahmood / Mahmud, and back.
  either(
    swap(new RegExp(`ee(?=${C}$)`), "i"),
    swap(new RegExp(`oo(?=${C}$)`), "u"),
    swap(new RegExp(`(?<=[aeiou]${C}+)i(?=${C}$)`), "ee"),
  ),
  // Diphthong before a final n: Hussein / Hussain / Husayn.
  ending(".+", ["ein", "ain", "ayn"]),
  swap(/ou/g, "u"),
];

const SLAVIC_SIGNS: readonly RegExp[] = [
  /(?:sk|ck)(?:y|i|iy|yi|yy|ii|aya|aia|a)$/,
  /(?:ov|ev|yev|iev)a?$/,
  /(?:enko|chuk|yuk|vich|vych|ovna|evna|ykh|ikh)$/,
  new RegExp(`${C}(?:iy|yy|ii)$`),
  new RegExp(`^ye${C}`),
  /^tch|shch/,
];
const ARABIC_WORDS = new Set(["al", "el", "bin", "ibn", "bint", "abu", "abd", "ould"]);
const ARABIC_SIGNS: readonly RegExp[] = [
  /^(?:al|el)-/,
  /^ab(?:d|u)/,
  /(?:ullah|allah|uddin|eddin|addin)$/,
  new RegExp(`(?:(${C})\\1|h${C})[ae]d$`),
];

/** Lowercase, accent-free, when the word is Latin letters (and hyphens); otherwise null. */
function latinKey(word: string): string | null {
  const key = foldAccents(word).toLowerCase();
  return /^[a-z]+(?:-[a-z]+)*$/.test(key) ? key : null;
}

/** Which rule families suit a name, from all the words of all its spellings. */
export function nameFamilies(words: readonly string[]): Families {
  const keys = words.flatMap((w) => {
    const k = latinKey(w);
    return k === null ? [] : [k, ...k.split("-")];
  });
  return {
    slavic: keys.some((k) => SLAVIC_SIGNS.some((re) => re.test(k))),
    arabic: keys.some((k) => ARABIC_WORDS.has(k) || ARABIC_SIGNS.some((re) => re.test(k))),
  };
}

/** `lower` in the case pattern of `original`: "DOE", "Doe" or "doe". */
function recase(original: string, lower: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return lower.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return lower.charAt(0).toUpperCase() + lower.slice(1);
  return lower;
}

/** Alternatives for one hyphen-free, lowercase part. */
function partVariants(part: string, rules: readonly Rule[]): string[] {
  if (part.length < 3) return [];
  const singles = rules.map((r) => r(part).filter((v) => v !== part));
  const out = new Set<string>();
  for (let i = 0; i < Math.max(0, ...singles.map((s) => s.length)); i++) {
    for (const s of singles) {
      const v = s[i];
      if (v !== undefined) out.add(v);
    }
  }
  // Two rules at once, each rule's first alternative: Mohammed -> Muhammad.
  for (let i = 0; i < rules.length; i++) {
    const first = singles[i]?.[0];
    if (first === undefined) continue;
    for (let j = i + 1; j < rules.length; j++) {
      const rule = rules[j];
      if (rule === undefined || singles[j]?.[0] === undefined) continue;
      const combined = rule(first)[0];
      if (combined !== undefined && combined !== part) out.add(combined);
    }
  }
  return [...out];
}

/**
 * Other spellings of one word of a name under the given families, in order of preference, at
 * most `MAX_WORD_VARIANTS`, in the word's capitalisation. Hyphenated words vary part by part
 * ("Example-Kovalskyy" -> "Example-Kovalsky"), "al-" and "el-" swap. Words with inner capitals
 * ("McEwan") or in other scripts are left alone: the rules cannot keep their spelling.
 */
export function wordVariants(word: string, families: Families): string[] {
  const key = latinKey(word);
  if (key === null) return [];
  const rules = [...(families.slavic ? SLAVIC : []), ...(families.arabic ? ARABIC : [])];
  const out = new Set<string>();
  // The Arabic article, either vowel, whatever else the name shows: al-Example / el-Example.
  const article = /^([aAeE])(?=l-)/.exec(word)?.[1];
  if (article !== undefined) {
    const other = { a: "e", e: "a", A: "E", E: "A" }[article] ?? article;
    out.add(other + word.slice(1));
  }
  if (rules.length > 0) {
    const parts = word.split("-");
    const keys = key.split("-");
    parts.forEach((part, i) => {
      const partKey = keys[i];
      const allCaps = part === part.toUpperCase();
      const innerCaps = /\p{Lu}/u.test(part.slice(1));
      if (partKey === undefined || (innerCaps && !allCaps) || /^(al|el)$/.test(partKey)) return;
      for (const v of partVariants(partKey, rules)) {
        out.add(parts.map((p, j) => (j === i ? recase(part, v) : p)).join("-"));
      }
    });
  }
  out.delete(word);
  return [...out].slice(0, MAX_WORD_VARIANTS);
}
