import type { Token } from "./number-tokens.ts";
import {
  MONEY_SCALE_LETTERS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  spelledValue,
  VAGUE_DETERMINERS,
  VAGUE_PLURALS,
} from "./number-words.ts";

/** A number as written, before anyone decides whether it is a figure. */
export interface NumberExpr {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  value: number;
  /** Written in words: "twenty-five", "a dozen", "thousands". */
  spelled: boolean;
  /** An order of magnitude, not a count ("thousands", "several hundred"): a lower bound. */
  vague: boolean;
  /** Bare digits with no separator, decimal or scale: the shape of years, codes and labels. */
  plain: boolean;
  /** True when a scale word or abbreviation was applied ("1.2 million", "2.5bn", "$5m"). */
  scaled: boolean;
  /** The scale applied to the digits: 1e6 for "1.2 million", 1 when none. */
  scale: number;
  /** Letters written onto the digits that are not a scale ("s" of "1990s", "rd", "km"), or "". */
  suffix: string;
  /** The digits as written ("4,750"), or "" when spelled. */
  digits: string;
}

/** Up to 12 significant digits: 2.3 * 1e6 is 2300000, not 2299999.9999999995. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The value of a digit token: "4,750" -> 4750, "1.25" -> 1.25. Thousands separators must group
 * by three ("1,2" is a list or a European decimal, not a figure) and there is at most one
 * decimal point ("1.2.3" is a version).
 */
export function digitsValue(text: string): number | null {
  const dot = text.indexOf(".");
  if (dot >= 0 && text.indexOf(".", dot + 1) >= 0) return null;
  const whole = dot >= 0 ? text.slice(0, dot) : text;
  const fraction = dot >= 0 ? text.slice(dot) : "";
  if (fraction.includes(",")) return null;
  if (whole.includes(",")) {
    const groups = whole.split(",");
    const [head, ...rest] = groups;
    if (!head || head.length > 3 || rest.some((g) => g.length !== 3)) return null;
  }
  return Number(whole.replaceAll(",", "") + fraction);
}

/**
 * A number written in digits at token `i`, with any scale after it: "4,750", "1.2 million",
 * "2.5bn", "$1.2-billion". `letterScales` allows the one-letter scales ("$5m", "3.4m people"),
 * which the caller grants when money or a counted noun makes them unambiguous.
 */
export function parseDigits(
  tokens: readonly Token[],
  i: number,
  letterScales: boolean,
): NumberExpr | null {
  const t = tokens[i];
  if (t?.kind !== "num") return null;
  const base = digitsValue(t.text);
  if (base === null) return null;
  let scale = 1;
  let last = i;
  let scaled = false;
  let suffix = "";

  const next = tokens[i + 1];
  if (next?.kind === "word" && !next.newline) {
    const found = next.adjacent
      ? (SCALE_ABBREVIATIONS.get(next.lower) ??
        SCALE_WORDS.get(next.lower) ??
        (letterScales ? MONEY_SCALE_LETTERS.get(next.lower) : undefined))
      : (SCALE_WORDS.get(next.lower) ?? SCALE_ABBREVIATIONS.get(next.lower));
    if (found !== undefined) {
      scale = found;
      last = i + 1;
      scaled = true;
    } else if (next.adjacent) suffix = next.lower;
  } else if (next?.adjacent && next.text === "-") {
    // "$1.2-billion deal"
    const word = tokens[i + 2];
    const found = word?.adjacent ? SCALE_WORDS.get(word.lower) : undefined;
    if (found !== undefined) {
      scale = found;
      last = i + 2;
      scaled = true;
    }
  }
  // "five hundred thousand", "1.5 hundred million": a bigger scale may follow a smaller one.
  if (scaled) {
    for (;;) {
      const more = tokens[last + 1];
      const bigger = more && !more.newline ? SCALE_WORDS.get(more.lower) : undefined;
      if (bigger === undefined || bigger <= scale) break;
      scale *= bigger;
      last++;
    }
  }
  return {
    first: i,
    last,
    value: tidy(base * scale),
    spelled: false,
    vague: false,
    plain: !scaled && !t.text.includes(",") && !t.text.includes("."),
    scaled,
    scale,
    suffix,
    digits: t.text,
  };
}

function wordAt(tokens: readonly Token[], k: number, first: number): string | undefined {
  const t = tokens[k];
  if (t?.kind !== "word" || (k > first && t.newline)) return undefined;
  return t.lower;
}

function spelled(first: number, last: number, value: number, vague: boolean): NumberExpr {
  return {
    first,
    last,
    value: tidy(value),
    spelled: true,
    vague,
    plain: false,
    scaled: false,
    scale: 1,
    suffix: "",
    digits: "",
  };
}

/** A scale word or "dozen" at token k. */
function scaleAt(tokens: readonly Token[], k: number, first: number): number | undefined {
  const w = wordAt(tokens, k, first);
  return w === "dozen" ? 12 : w === undefined ? undefined : SCALE_WORDS.get(w);
}

/**
 * A number written in words at token `i`: "three", "twenty-five", "two hundred and fifty",
 * "a dozen", "a million", "half a million", and the vague "hundreds", "tens of thousands",
 * "several thousand", "a few hundred" (value: the scale, flagged `vague`).
 */
export function parseSpelled(tokens: readonly Token[], i: number): NumberExpr | null {
  const w = wordAt(tokens, i, i);
  if (w === undefined) return null;

  if (w === "half") {
    const a = wordAt(tokens, i + 1, i);
    const scale = scaleAt(tokens, i + 2, i);
    return (a === "a" || a === "an") && scale !== undefined
      ? spelled(i, i + 2, scale / 2, false)
      : null;
  }

  const vague = VAGUE_PLURALS.get(w);
  if (vague !== undefined) {
    // "tens of thousands", "hundreds of millions"
    const bigger = wordAt(tokens, i + 2, i);
    const times = bigger === undefined ? undefined : VAGUE_PLURALS.get(bigger);
    if (wordAt(tokens, i + 1, i) === "of" && times !== undefined && times > vague && times >= 1e3) {
      return spelled(i, i + 2, vague * times, true);
    }
    return w === "tens" ? null : spelled(i, i, vague, true);
  }

  const fewAt = w === "a" && wordAt(tokens, i + 1, i) === "few" ? i + 1 : i;
  const determiner = wordAt(tokens, fewAt, i);
  if (determiner !== undefined && VAGUE_DETERMINERS.has(determiner)) {
    let value = scaleAt(tokens, fewAt + 1, i);
    if (value === undefined) return null;
    let last = fewAt + 1;
    for (let s = scaleAt(tokens, last + 1, i); s !== undefined && s > value; ) {
      value *= s;
      last++;
      s = scaleAt(tokens, last + 1, i);
    }
    return spelled(i, last, value, true);
  }

  let total = 0;
  let current = 0;
  let seen = false;
  let last = -1;
  let k = i;
  if (w === "a" || w === "an") {
    // "a dozen", "a million", "a hundred thousand"
    if (scaleAt(tokens, i + 1, i) === undefined) return null;
    current = 1;
    seen = true;
    k = i + 1;
  }
  let previousWasDigitWord = false;
  for (; ; k++) {
    const word = wordAt(tokens, k, i);
    if (word === undefined) break;
    const v = spelledValue(word);
    if (v !== undefined) {
      // "twenty five" adds up; "five six" is two numbers.
      const tens = current % 100;
      if (previousWasDigitWord && !(tens >= 20 && tens % 10 === 0 && v < 10)) break;
      current += v;
      seen = true;
      previousWasDigitWord = true;
      last = k;
      continue;
    }
    previousWasDigitWord = false;
    if (!seen) break;
    if (word === "hundred" || word === "dozen") {
      current = (current || 1) * (word === "hundred" ? 100 : 12);
      last = k;
      continue;
    }
    const scale = SCALE_WORDS.get(word);
    if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      last = k;
      continue;
    }
    // "two hundred and fifty"
    const after = wordAt(tokens, k + 1, i);
    if (
      word === "and" &&
      last === k - 1 &&
      after !== undefined &&
      spelledValue(after) !== undefined
    ) {
      if (current % 100 === 0 && current + total > 0) continue;
    }
    break;
  }
  if (last < 0) return null;
  const value = total + current;
  return value > 0 ? spelled(i, last, value, false) : null;
}
