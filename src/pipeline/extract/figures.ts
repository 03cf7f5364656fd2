import type { Article, FigureKind, FigureMention, Sentence } from "../../core/model.ts";
import { looksLikePhone, namesSomething, numberChain } from "./figure-codes.ts";
import { countedAfter } from "./figure-counted.ts";
import { type CurrencySpan, currencyAfter, currencyBefore } from "./figure-currency.ts";
import {
  besideMonth,
  isClockTime,
  isDateDuration,
  isYearLike,
  yearContextBefore,
} from "./figure-dates.ts";
import { type NounPhrase, nounPhraseAfter } from "./figure-noun-phrase.ts";
import { singularNoun } from "./figure-plural.ts";
import { predicateBefore, qualifierBefore } from "./figure-qualifiers.ts";
import { CHANGE_VERBS, type NumberRange, rangeAfter } from "./figure-range.ts";
import { rateAt } from "./figure-rate.ts";
import { isRatioPart } from "./figure-ratio.ts";
import { subjectBefore } from "./figure-subject.ts";
import { TIME_UNITS, UNIT_ABBREVIATIONS } from "./figure-units.ts";
import { type NumberExpr, parseDigits, parseSpelled } from "./number-parse.ts";

/** Words before a spelled number that make it a reference, not a count. */
const DEFINITE = new Set(["the", "these", "those", "both", "its", "their", "his", "her", "our"]);

import { phraseAt, phraseTable } from "./number-phrases.ts";
import { isCapitalized, type Token, tokenize } from "./number-tokens.ts";

/**
 * Figures: every number in an article with what it counts, so sources can be compared
 * ("about 400 firefighters" against "nearly 500 firefighters"). A figure is a qualifier, a number
 * (or a range), a currency or percent sign, the counted noun phrase and a rate; each part is
 * found by a small general rule in its own file. Numbers that only name or date something
 * (years, "March 14", "F-16", "page 5", phone numbers) are left out.
 *
 * Choices worth knowing:
 * - Vague magnitudes ("hundreds of", "thousands of", "tens of thousands of", "several
 *   thousand", "dozens of") get the magnitude as value and the qualifier "over": a lower bound
 *   that is always true, so "thousands of refugees" compares sensibly with "4,000 refugees".
 * - A spelled number counts only before a plural noun ("two nations"): "one of the" and "the
 *   two met" are not figures.
 * - When the number has no noun ("as deaths in the region top 1,200"), the noun is taken
 *   from the subject the verb ties it to; the mention's text stays the number itself. The verb
 *   may give the qualifier: "surpass" -> "over", "approach" -> "nearly".
 * - For money, `unit` is what the money is for ("$61 billion in aid" -> "aid"), not the
 *   currency, which is in `currency`. Bare "$" and "dollars" are read as US dollars.
 */
export function extractFigures(article: Article): FigureMention[] {
  const { text, sentences } = article;
  const tokens = tokenize(text);
  const out: FigureMention[] = [];
  let floor = 0;
  let sentence = 0;
  let sentenceFirst = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const moved = advanceSentence(sentences, sentence, t.start);
    if (moved !== sentence) {
      sentence = moved;
      sentenceFirst = i;
    }
    if (t.kind !== "num" && t.kind !== "word") continue;
    const found = figureAt(tokens, i, floor, Math.max(floor, sentenceFirst));
    if (found === null) continue;
    if ("skip" in found) {
      i = Math.max(i, found.skip);
      continue;
    }
    const first = tokens[found.first];
    const last = tokens[found.last];
    if (!first || !last) continue;
    out.push({
      type: "figure",
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      sentence: sentenceAt(sentences, first.start),
      ...found.figure,
    });
    floor = found.last + 1;
    i = found.last;
  }
  return out;
}

/** The index of the sentence holding `offset`, moving forward from `from` (linear overall). */
function advanceSentence(sentences: readonly Sentence[], from: number, offset: number): number {
  let s = from;
  while (s + 1 < sentences.length && (sentences[s + 1]?.start ?? Infinity) <= offset) s++;
  return s;
}

/** The index of the last sentence starting at or before `offset` (0 when none does). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

const DECADES = new Set([
  "twenties",
  "thirties",
  "forties",
  "fifties",
  "sixties",
  "seventies",
  "eighties",
  "nineties",
]);

type Figure = Omit<FigureMention, "type" | "start" | "end" | "text" | "sentence">;

type Found = { figure: Figure; first: number; last: number } | { skip: number };

const PERCENT = phraseTable<string>([
  ["%", ""],
  ["percent", ""],
  ["per cent", ""],
  ["per-cent", ""],
  ["pct", ""],
  ["percentage points", "percentage points"],
  ["percentage point", "percentage points"],
]);

function word(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k];
  return t?.kind === "word" && !t.newline ? t : undefined;
}

/**
 * The figure whose number starts at token `i`, `{ skip }` for a number that is not a figure
 * (with the last token to jump past), or null when no number starts here. Nothing before
 * `floor` is read; a subject is looked for no earlier than `subjectFloor`.
 */
function figureAt(
  tokens: readonly Token[],
  i: number,
  floor: number,
  subjectFloor: number,
): Found | null {
  const t = tokens[i];
  if (!t) return null;

  let before: CurrencySpan | null = null;
  let expr: NumberExpr | null;
  if (t.kind === "num") {
    // Phone numbers and ISO dates (3+ groups), clock times and fractions ("10:30", "24/7").
    const chain = numberChain(tokens, i);
    if (chain.count >= 3 || chain.via === ":" || chain.via === "/") return { skip: chain.last };
    if (chain.via === "-" || chain.via === "–") {
      // "10-20" is a range if anything; its tail, or "555-1234", is not a figure of its own.
      const next = tokens[i + 2];
      if (chain.first !== i || (next && looksLikePhone(t.text, next.text))) {
        return { skip: chain.last };
      }
    }
    // "v.2", "No.5": digits after a point that is not a decimal's (see leadingPoint).
    const point = tokens[i - 1];
    if (point?.text === "." && t.adjacent && tokens[i - 2]?.kind !== "num") return { skip: i };
    // "720×720", "1920 x 1080": a size in two dimensions, not a count.
    const by = tokens[chain.last + 1];
    if (
      (by?.text === "×" || by?.lower === "x") &&
      tokens[chain.last + 2]?.kind === "num" &&
      !tokens[chain.last + 2]?.newline
    ) {
      return { skip: chain.last + 2 };
    }
    before = currencyBefore(tokens, i, floor);
    expr = parseDigits(tokens, i, letterScaleFits(tokens, i, before !== null));
    if (!expr) return { skip: i };
  } else {
    expr = parseSpelled(tokens, i);
    if (!expr) return null;
    // "the late nineteen eighties": a decade spelled out, not nineteen of anything.
    if (DECADES.has(tokens[expr.last + 1]?.lower ?? "")) return { skip: expr.last + 1 };
  }

  // A range: "18,000 to 20,000", "between 10 and 20", "from 5 to 7" (but not "rose from 5 to 7").
  const numberStart = before?.first ?? expr.first;
  const opener = tokens[numberStart]?.newline ? undefined : tokens[numberStart - 1];
  const openerWord = opener?.kind === "word" && numberStart - 1 >= floor ? opener.lower : "";
  const changeVerb = word(tokens, numberStart - 2)?.lower ?? "";
  const tryRange = !(openerWord === "from" && CHANGE_VERBS.has(changeVerb));
  const range: NumberRange | null = tryRange
    ? rangeAfter(tokens, expr, openerWord === "between" ? "and" : "to", before !== null)
    : null;
  let start = numberStart;
  if (range && (openerWord === "between" || openerWord === "from")) start = numberStart - 1;
  let last = range ? range.high.last : expr.last;

  if (!expr.spelled && !before) {
    const bare = qualifierBefore(tokens, start, floor) === null;
    if (namesSomething(tokens, expr, bare)) return { skip: last };
  }
  if (!expr.spelled && (besideMonth(tokens, expr) || isClockTime(tokens, expr))) {
    return { skip: last };
  }

  // After the number: "+", "%", "percent", a currency name.
  let kind: FigureKind = "count";
  let currency = before?.code;
  let over = false;
  let percentUnit = "";
  if (tokens[last + 1]?.text === "+" && tokens[last + 1]?.adjacent) {
    over = true;
    last++;
  }
  const percent = tokens[last + 1]?.newline ? null : phraseAt(tokens, last + 1, PERCENT);
  if (percent) {
    kind = "percent";
    percentUnit = percent.value;
    last = percent.last;
  } else if (currency === undefined) {
    const named = currencyAfter(tokens, last + 1, expr.scaled || expr.value >= 1e6);
    if (named) {
      currency = named.code;
      last = named.last;
    }
  }
  if (currency !== undefined && kind === "count") kind = "money";

  // What is counted.
  let np: NounPhrase | null = null;
  if (percentUnit === "" && !rateAt(tokens, last + 1)) {
    np = countedAfter(tokens, last + 1, kind, expr, range !== null);
  }
  let end = np ? np.last : last;
  const rate = rateAt(tokens, end + 1);
  if (rate) end = rate.last;

  // Before the number: the qualifier, or a verb that ties it to its subject.
  const found = start === numberStart ? qualifierBefore(tokens, start, floor) : null;
  // A bare "over" before a small count is a preposition more often than "more than": "shot
  // over two defenders", "loans over three years". "Just over two hours" keeps its qualifier.
  const preposition =
    found !== null &&
    kind === "count" &&
    expr.value < 10 &&
    found.first === found.last &&
    ["over", "above"].includes(tokens[found.first]?.lower ?? "");
  const q = preposition ? null : found;
  if (q) start = q.first;
  let qualifier: string | null = q?.value ?? (over || expr.vague ? "over" : null);
  let subject: NounPhrase | null = null;
  const predicate = predicateBefore(tokens, start, floor);
  if (predicate) {
    qualifier ??= predicate.value.qualifier;
    if (!np && percentUnit === "") {
      subject = subjectBefore(tokens, predicate.first, subjectFloor, predicate.value.role);
    }
  }

  if (!keep(tokens, { expr, kind, np, subject, qualifier, range, start })) return { skip: last };

  const counted = np ?? subject;
  const head = counted ? tokens[counted.head] : undefined;
  const figure: Figure = {
    kind,
    value: range ? range.low : expr.value,
    qualifier,
    unit: percentUnit || (counted ? wordsOf(tokens, counted.first, counted.last) : ""),
    noun: percentUnit ? "percentage point" : head ? singularNoun(head.text) : "",
  };
  if (range) figure.max = range.high.value;
  if (rate) figure.rate = wordsOf(tokens, rate.first, rate.last);
  if (currency !== undefined) figure.currency = currency;
  return { figure, first: start, last: end };
}

/** Tokens first..last as written, with any run of spaces between them read as one. */
function wordsOf(tokens: readonly Token[], first: number, last: number): string {
  let out = "";
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t) out += (k > first && !t.adjacent ? " " : "") + t.text;
  }
  return out;
}

/**
 * Whether "m", "k" or "b" written onto the digits at `i` is a scale: with money ("$5m", "5m
 * euros"), or "m" before a plural noun ("3.4m people"); otherwise "5m" is five metres.
 */
function letterScaleFits(tokens: readonly Token[], i: number, money: boolean): boolean {
  const letter = tokens[i + 1];
  if (letter?.kind !== "word" || !letter.adjacent) return false;
  if (money || currencyAfter(tokens, i + 2, true) !== null) return true;
  const np = letter.lower === "m" ? nounPhraseAfter(tokens, i + 2, false) : null;
  const head = np ? tokens[np.head] : undefined;
  return head !== undefined && !UNIT_ABBREVIATIONS.has(head.lower);
}

interface Candidate {
  expr: NumberExpr;
  kind: FigureKind;
  np: NounPhrase | null;
  subject: NounPhrase | null;
  qualifier: string | null;
  range: NumberRange | null;
  start: number;
}

/** Whether a parsed number is a figure worth reporting. */
function keep(tokens: readonly Token[], c: Candidate): boolean {
  const { expr, kind, np, subject, qualifier, range, start } = c;
  const head = np ? tokens[np.head] : undefined;
  const timeHead = head !== undefined && TIME_UNITS.has(singularNoun(head.text));
  if (kind === "count" && np && isDateDuration(tokens, start, expr.first, np.head)) return false;
  if (isRatioPart(tokens, expr.first)) return false;
  // "155mm shells", "5.56mm rounds": a measure used as a modifier names a calibre.
  const unitFirst = np ? tokens[np.first] : undefined;
  if (np && unitFirst && np.head !== np.first && UNIT_ABBREVIATIONS.has(unitFirst.lower)) {
    return false;
  }
  if (expr.spelled) {
    const first = tokens[expr.first];
    // "the Big Three", "Formula One": a capitalized number after a word is a name.
    if (isCapitalized(first) && tokens[expr.first - 1]?.kind === "word" && !qualifier) return false;
    if (kind === "count" && (!np || (expr.value === 1 && !expr.vague))) return false;
    // "the two nations", "these three countries": a definite reference to things already
    // named, not a count a source reports.
    const det = tokens[expr.first - 1];
    if (det?.kind === "word" && DEFINITE.has(det.lower) && !qualifier && !range) return false;
  }
  if (isYearLike(expr) && kind === "count" && !range) {
    // "2024" is a year unless it plainly counts something: "2000 nurses", not "in 2024 nurses".
    if (!np || timeHead || yearContextBefore(tokens, start)) return false;
  }
  if (kind === "count" && !np && !subject && !qualifier && !range && expr.value < 100) {
    // "aged 45", "Apollo 11": a small bare number says nothing comparable.
    return false;
  }
  return true;
}
