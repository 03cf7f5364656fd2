/**
 * The English words date expressions are built from. General vocabulary only: nothing here
 * knows about any particular article.
 */

/**
 * The one list of month names, January first: as written in reader-facing dates ("23 October
 * 2024") and, lowercased, in text.
 */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The abbreviations news style uses for each month, January first ("Sept." and "Sep."). */
const MONTH_SHORT: readonly (readonly string[])[] = [
  ["jan"],
  ["feb"],
  ["mar"],
  ["apr"],
  [],
  ["jun"],
  ["jul"],
  ["aug"],
  ["sep", "sept"],
  ["oct"],
  ["nov"],
  ["dec"],
];

/** Month names and their abbreviations (lowercase) -> month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...MONTH_SHORT.flatMap((short, i) => short.map((s): [string, number] => [s, i + 1])),
]);

/** Abbreviations may carry a period ("Oct."); full names never do (that period ends a sentence). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(MONTH_SHORT.flat());

/** The one list of weekday names, Sunday first (index 0 = Sunday, as in DateExpression.weekday). */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** Weekday names (lowercase) -> 0 = Sunday … 6 = Saturday. Abbreviations ("Mon", "Sat") are too ambiguous to read. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.map((name, i): [string, number] => [name.toLowerCase(), i]),
);

/** A month name or abbreviation as written with a capital ("October", "Oct"), not a word ("march"). */
export function isCapitalizedMonth(word: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(word) && MONTHS.has(word.toLowerCase());
}

/** Counts written as words, for "two days ago", "a week earlier", "the past three months". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
]);

export type DateUnit = "day" | "week" | "month" | "year";

/** Calendar units, singular and plural; a decade counts as ten years, a fortnight as two weeks. */
export const UNITS: ReadonlyMap<string, { unit: DateUnit; factor: number; plural: boolean }> =
  new Map([
    ["day", { unit: "day", factor: 1, plural: false }],
    ["days", { unit: "day", factor: 1, plural: true }],
    ["week", { unit: "week", factor: 1, plural: false }],
    ["weeks", { unit: "week", factor: 1, plural: true }],
    ["fortnight", { unit: "week", factor: 2, plural: false }],
    ["month", { unit: "month", factor: 1, plural: false }],
    ["months", { unit: "month", factor: 1, plural: true }],
    ["year", { unit: "year", factor: 1, plural: false }],
    ["years", { unit: "year", factor: 1, plural: true }],
    ["decade", { unit: "year", factor: 10, plural: false }],
    ["decades", { unit: "year", factor: 10, plural: true }],
  ]);

/**
 * Words after which a bare month ("in May") or a bare four-digit number ("since 2019") is a
 * date. "by" and "of" need more (see dates.ts): "rose by 2000", "a total of 1500".
 */
export const DATE_CONTEXT: ReadonlySet<string> = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "from",
  "of",
  "during",
  "before",
  "after",
  "through",
  "throughout",
  "early",
  "late",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
]);

/** Nouns that make "of" a date preposition: "the end of 2023", "the summer of 2019". */
export const TIME_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set([
  "end",
  "start",
  "beginning",
  "middle",
  "half",
  "quarter",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "week",
  "weeks",
  "month",
  "months",
  "part",
  "rest",
  "course",
  "remainder",
  "close",
  "ides",
]);

/** Verbs of change: after them "by 2000" is an amount, not a deadline. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  "rose",
  "risen",
  "rise",
  "rises",
  "fell",
  "fallen",
  "fall",
  "falls",
  "increased",
  "increase",
  "increases",
  "decreased",
  "decrease",
  "grew",
  "grown",
  "grow",
  "dropped",
  "drop",
  "declined",
  "decline",
  "cut",
  "reduced",
  "reduce",
  "raised",
  "raise",
  "lowered",
  "jumped",
  "climbed",
  "gained",
  "lost",
  "slashed",
  "boosted",
  "expanded",
  "shrank",
  "up",
  "down",
  "outnumbered",
]);

/**
 * Lowercase words ending in "s" that are not plural nouns. A four-digit number followed by any
 * other such word ("1500 troops") is a count, not a year.
 */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  "as",
  "is",
  "was",
  "has",
  "its",
  "his",
  "this",
  "thus",
  "us",
  "yes",
  "always",
  "perhaps",
  "across",
  "unless",
  "less",
  "plus",
  "whereas",
  "besides",
  "towards",
  "afterwards",
  "nevertheless",
  "nonetheless",
  "does",
  "says",
  "seems",
  "remains",
  "marks",
  "sees",
  "saw",
]);

/** Plural nouns without an "s": also counts, not years ("2000 people"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "people",
  "men",
  "women",
  "children",
  "personnel",
  "staff",
  "police",
  "feet",
  "cattle",
]);

/** "23rd", "1st": the letters that may follow a day number. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** Connectors of a closed range after "from": "from March to May", "from 2019 through 2021". */
export const RANGE_TO: ReadonlySet<string> = new Set(["to", "until", "till", "through", "thru"]);

/** Dashes between the two ends of a range ("March 3-5", "2019–2021"). */
export const DASHES: ReadonlySet<string> = new Set(["-", "\u2013", "\u2014"]);
