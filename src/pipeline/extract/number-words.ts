/**
 * English number words: the lexicon behind "twenty-five", "1.2 million", "2.5bn", "a dozen"
 * and "tens of thousands".
 */

const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "seven" -> 7, "twenty" -> 20, "twenty-five" -> 25; anything else -> undefined. */
export function spelledValue(lower: string): number | undefined {
  const direct = ONES[lower] ?? TENS[lower];
  if (direct !== undefined) return direct;
  const dash = lower.indexOf("-");
  if (dash < 0) return undefined;
  const tens = TENS[lower.slice(0, dash)];
  const ones = ONES[lower.slice(dash + 1)];
  return tens !== undefined && ones !== undefined && ones < 10 ? tens + ones : undefined;
}

/** Words that multiply what comes before: "five hundred", "1.2 million". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  // South Asian scales: "₹500 crore", "2 lakh people".
  ["lakh", 1e5],
  ["crore", 1e7],
]);

/** Newsroom abbreviations that are never anything but a scale: "2.5bn", "$3 mln". */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["bn", 1e9],
  ["bln", 1e9],
  ["mn", 1e6],
  ["mln", 1e6],
  ["tn", 1e12],
  ["trn", 1e12],
]);

/**
 * Letters that are a scale only next to money ("$5m", "€3k", "$2b"); elsewhere "5m" is metres
 * and "5k" a race.
 */
export const MONEY_SCALE_LETTERS: ReadonlyMap<string, number> = new Map([
  ["m", 1e6],
  ["k", 1e3],
  ["b", 1e9],
]);

/**
 * Plurals that give an order of magnitude, not a number: "hundreds of", "thousands of",
 * "tens of thousands of". Their value is the scale itself, read as a lower bound.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ["tens", 10],
  ["dozens", 12],
  ["scores", 20],
  ["hundreds", 100],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
  ["trillions", 1e12],
]);

/** Words that make a following scale vague: "several thousand", "a few hundred". */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(["several", "few", "many"]);
