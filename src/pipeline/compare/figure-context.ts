import type { FigureMention, Range } from "../../core/model.ts";
import { peopleWord } from "../../core/text/concepts.ts";
import { isNumeric, type Word, words } from "../../core/text/words.ts";
import { comparisonKey, isStopword } from "./words.ts";

/**
 * What a figure is about, read from the words around it in its own clause: "around 1,800
 * troops have already been sent" is about troops sent; "the training of over 9,000 soldiers"
 * is about soldiers trained. The clause, not the sentence, because one sentence often carries
 * two figures about different things.
 */
export interface FigureContext {
  /** Comparable words near the figure and in its unit (see conceptOf). */
  keys: Set<string>;
  /** Event classes: what happened to the things counted ("send", "kill", "casualty"). */
  events: Set<string>;
  /** The period of a rate ("day", "week", "month", "year"), or null. */
  period: string | null;
  /**
   * Which occasion the figure counts, when its words say it is not the news itself: "each" (a
   * figure for each of several seasons, not one total), "another" (a later or other
   * occurrence: "followed by a quake two miles east", "in a separate attack"), "interim" (a
   * count as of an hour: "88 percent had voted by 4 p.m."), "family" (whom a person has: "a
   * father of two boys"). Joined with "+", "" for the news:
   * two figures on different occasions are two facts, even with the same number.
   */
  occasion: string;
  /**
   * The figure is told from a distance: its sentence looks back ("earlier this year", "in
   * recent days") or its clause gives a running total ("made over four nights"). The same
   * number told so may still be the news's; a different one is no sure contradiction.
   */
  distant: boolean;
}

const LOOKS_BACK =
  /\b(?:earlier (?:this|that|in the) (?:year|month|week|decade)|last (?:year|month|week|spring|summer|autumn|fall|winter)|(?:a|an|one|two|three|four|five|six|several|few|many|\d+) (?:days?|weeks?|months?|years?|decades?) (?:ago|earlier|before)|the (?:previous|preceding) (?:year|month|week)|in recent (?:days|weeks|months|years)|previously|in the past)\b/iu;

/**
 * A figure for each of a run of periods: "at least 30 in each of the past five seasons". Not a
 * rate ("$5 billion each year"), which the period says.
 */
const EACH =
  /\beach\s+of\s+(?:the|his|her|its|their)\s+(?:past|last|previous|first|next)\s+(?:\S+\s+)?(?:years|seasons|games|matches|months|weeks|days|nights|races|terms|tournaments)\b/iu;

/**
 * A running total, in the figure's own clause: "over 50 arrests have been made over four
 * nights", "arrests since the march began". (In the sentence at large, "reports have emerged
 * over the past two weeks" says when it was reported, not what was counted.)
 */
const TOTAL =
  /\b(?:since the|over (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|several|few|\d+) (?:nights|days|weeks|months))\b/iu;

/** A count of someone's family, "a father of two", "mother of three children": not the news's. */
const KIN =
  /\b(?:father|mother|parent|dad|mom|mum|grandfather|grandmother|grandparent)s?\s+(?:of|to)\s+$/iu;

/** A count at an hour of the day, before the final one: "as of 4 p.m.", "by noon". */
const INTERIM =
  /\b(?:as of|by|until)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b|\d{1,2}:\d{2}|noon|midday|midnight)/iu;

/**
 * Words that put a figure's clause or a sentence on another occurrence than the news's own: "it
 * was followed by a quake two miles east", "in a separate attack". Not "another", which more
 * often adds to a count ("another 20,000 marched") than names another occasion, nor "previous",
 * which more often sets a baseline ("60 percent faster than the previous generation").
 */
export const OTHER_OCCASION = new Set([
  "followed",
  "aftershock",
  "aftershocks",
  "subsequent",
  "separate",
]);

/** How far the window reaches on each side, in words. */
const REACH = 8;

// Words that end the figure's clause when met after it: what follows is another clause.
const STOP_AFTER = new Set([
  "when",
  "while",
  "as",
  "because",
  "but",
  "although",
  "prompting",
  "with",
  "which",
  "who",
]);

export function figureContext(
  text: string,
  sentence: Range,
  figure: FigureMention,
  /** The sentence's other figures: the window stops at them. */
  others: readonly Range[] = [],
): FigureContext {
  const floor = Math.max(
    sentence.start,
    ...others.filter((o) => o.end <= figure.start).map((o) => o.end),
  );
  const ceiling = Math.min(
    sentence.end,
    ...others.filter((o) => o.start >= figure.end).map((o) => o.start),
  );
  const ahead = before(words(text, floor, figure.start));
  const behind = after(words(text, figure.end, ceiling));
  const window = [
    ...ahead,
    ...behind,
    // The unit's modifiers ("Chilean soldiers") say what is counted as much as the noun.
    ...words(figure.unit),
  ];
  // The clause as written, for phrases: "over 50 arrests have been made over four nights".
  const clause = [...[...ahead].reverse(), ...behind].map((w) => w.text).join(" ");
  const keys = new Set<string>();
  const events = new Set<string>();
  for (const w of window) {
    if (w.key === "" || isStopword(w.key) || isNumeric(w.key)) continue;
    const k = comparisonKey(w.key);
    keys.add(k);
    if (k.startsWith("event:")) events.add(k.slice(6));
  }
  // A noun that names what happened ("deaths", "injured", "casualties") says it outright;
  // the clause may be about a neighbouring count ("2,000 killed and over 2,000 injured").
  const implied = figure.noun ? peopleWord(figure.noun) : undefined;
  if (implied) {
    events.clear();
    events.add(implied);
  }
  // "killed or wounded" is what "casualties" means; it is not the same fact as "killed".
  if (events.has("kill") && events.has("injure")) {
    events.delete("kill");
    events.delete("injure");
    events.add("casualty");
  }
  const said = text.slice(sentence.start, sentence.end);
  const occasion = [
    KIN.test(text.slice(Math.max(sentence.start, figure.start - 24), figure.start)) ? "family" : "",
    EACH.test(said) ? "each" : "",
    window.some((w) => OTHER_OCCASION.has(w.key)) ? "another" : "",
    INTERIM.test(said) ? "interim" : "",
  ];
  return {
    keys,
    events,
    period: periodOf(figure, window),
    occasion: occasion.filter((o) => o !== "").join("+"),
    distant: LOOKS_BACK.test(said) || TOTAL.test(clause),
  };
}

/** Words before the figure, nearest first, back to a comma or other clause break. */
function before(ws: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < REACH; i--) {
    const w = ws[i] as Word;
    // A period inside a sentence ends an abbreviation ("U.S."), not the clause.
    if (/[,;:)\]”"]$/u.test(w.text)) break;
    out.push(w);
  }
  return out;
}

/** Words after the figure, up to a clause break, a new clause or an infinitive ("to search"). */
function after(ws: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < ws.length && out.length < REACH; i++) {
    const w = ws[i] as Word;
    if (/^[,;:)\]”"]/u.test(w.text)) break;
    if (STOP_AFTER.has(w.key)) break;
    // "deployed to search for survivors": the purpose is not what was counted.
    const next = ws[i + 1];
    if (w.key === "to" && next && /^\p{Ll}/u.test(next.text)) {
      if (!["the", "a", "an", "their", "its", "his", "her"].includes(next.key)) break;
    }
    out.push(w);
    if (/[,;:)\]”"]$/u.test(w.text)) break;
  }
  return out;
}

const PERIODS: Record<string, string> = {
  daily: "day",
  day: "day",
  weekly: "week",
  week: "week",
  monthly: "month",
  month: "month",
  annual: "year",
  annually: "year",
  yearly: "year",
  year: "year",
};

/** "each month", "a year", "annual": rates are only comparable with the same period. */
function periodOf(figure: FigureMention, window: readonly Word[]): string | null {
  if (figure.rate) {
    for (const w of words(figure.rate)) {
      const p = PERIODS[w.key.replace(/s$/u, "")];
      if (p) return p;
    }
  }
  for (const w of window) {
    if (["daily", "weekly", "monthly", "annual", "annually", "yearly"].includes(w.key)) {
      return PERIODS[w.key] ?? null;
    }
  }
  return null;
}
