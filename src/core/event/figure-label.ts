import type { FigureMention } from "../model.ts";
import { eventOf, peopleWord } from "../text/concepts.ts";
import { participleOf } from "../text/lemma.ts";
import type { TaggedToken } from "../text/tagger.ts";
import { countedWords, isMeasureAlone, QUANTITY_NOUNS } from "./counted.ts";
import { figureVerb, type Governing, isMeasuring } from "./figure-verb.ts";
import type { Frame } from "./frame.ts";
import { isContentVerb, subjectOf } from "./label.ts";
import { nounPhrase, prepPhrase } from "./phrase.ts";

/**
 * A figure's label and how much it says: 3 names the counted thing and what happened to it
 * ("troops sent", or a noun that says both: "casualties"); 2 the counted thing, or what a
 * measure measures ("km east of the port"); 1 a measure alone ("years"), plain but true; 0 a
 * word that only says what kind of number it is ("amount").
 */
export interface FigureLabel {
  text: string;
  rank: number;
}

/**
 * What a figure counts, named from the frame of the clause it is in, in the sentence's own
 * words: the counted noun with its modifiers, and the happening only when the clause's verb
 * has the counted phrase as its subject or object ("2,000 troops were sent", "recruited 500
 * soldiers" -> "soldiers recruited"). Never a verb of another clause, never a guessed one: a
 * wrong label is worse than a plain one. `frame` is the clause's frame (undefined when the
 * clause reader found none), `tokens` the sentence's tagged tokens.
 */
export function figureLabel(
  figure: FigureMention,
  frame: Frame | undefined,
  tokens: readonly TaggedToken[],
): FigureLabel {
  const counted = countedWords(figure, tokens);
  const verb = frame ? figureVerb(figure, frame, tokens) : null;
  if (counted.length === 0) return uncounted(figure, frame, tokens, verb);
  const text = counted.join(" ");
  if (isMeasureAlone(counted)) return measured(figure, tokens, text, verb);
  if (peopleWord(figure.noun)) return { text, rank: 3 };
  const nominal = verb?.role === "nominal" ? (tokens[verb.at] as TaggedToken) : undefined;
  const of = nominal && isHappeningNoun(nominal) ? ofNoun(tokens, verb?.at ?? -1) : null;
  if (of) return { text: `${of} of ${text}`, rank: 3 };
  const done = verb ? happening(verb, tokens, counted) : null;
  return done ? { text: `${text} ${done}`, rank: 3 } : { text, rank: 2 };
}

/**
 * What was done to the counted thing, after it as a headline writes it: the participle of an
 * object's verb ("recruited"), a subject's verb as written ("were sent" -> "sent", "ran off").
 * Nothing for a verb that only says, holds or sizes it ("include", "top").
 */
function happening(
  v: Governing,
  tokens: readonly TaggedToken[],
  counted: readonly string[],
): string | null {
  const t = tokens[v.at] as TaggedToken;
  if (v.role === "nominal" || v.role === "measured") return null;
  if (!isContentVerb(v.lemma) || isMeasuring(v.lemma)) return null;
  // "a tariff cut of 12%" already says what happened: not "tariff cut cut".
  if (
    counted.some((w) => w.toLowerCase() === t.text.toLowerCase() || w.toLowerCase() === v.lemma)
  ) {
    return null;
  }
  const form = v.role === "object" ? participleOf(v.lemma) : t.text;
  return form ? [form, ...v.more].join(" ") : null;
}

/** A unit that measures: named with what it measures, else shown alone. */
function measured(
  figure: FigureMention,
  tokens: readonly TaggedToken[],
  unit: string,
  verb: Governing | null,
): FigureLabel {
  const where = directionAfter(figure, tokens);
  if (where) return { text: `${unit} ${where}`, rank: 2 };
  const of = verb?.role === "nominal" ? ofNoun(tokens, verb.at) : null;
  if (of) return { text: `${of} (${unit})`, rank: 2 };
  const done = verb ? happening(verb, tokens, [unit]) : null;
  return done ? { text: `${unit} ${done}`, rank: 2 } : { text: unit, rank: 1 };
}

/** A figure with no counted noun ("$5 million", "12%"): what the clause says it is. */
function uncounted(
  figure: FigureMention,
  frame: Frame | undefined,
  tokens: readonly TaggedToken[],
  verb: Governing | null,
): FigureLabel {
  const kind = figure.kind === "money" ? "amount" : figure.kind === "percent" ? "share" : "number";
  if (!verb || !frame) return { text: kind, rank: 0 };
  if (verb.role === "nominal") {
    const of = ofNoun(tokens, verb.at);
    return of ? { text: of, rank: 2 } : { text: kind, rank: 0 };
  }
  const t = tokens[verb.at] as TaggedToken;
  const content = isContentVerb(verb.lemma) && !isMeasuring(verb.lemma);
  if (verb.role !== "object" || !content) return { text: kind, rank: 0 };
  // "prices rose 5%": who or what the verb tells of, and the verb as written.
  const subject = subjectOf(tokens, verb.at, frame);
  if (subject.length > 0) return { text: [...subject, t.text, ...verb.more].join(" "), rank: 2 };
  // "spending $900 on a laptop": the money is what was spent, on what the sentence says.
  const done = figure.kind === "money" ? happening(verb, tokens, []) : null;
  if (!done) return { text: kind, rank: 0 };
  const end = frame.end;
  const next = tokens.findIndex((x) => x.start >= figure.end);
  const on = next < 0 ? [] : prepPhrase(tokens, next, end, FOR).words;
  return { text: [kind, done, ...on].join(" "), rank: 2 };
}

const FOR: ReadonlySet<string> = new Set(["on", "for"]);

/**
 * The noun a figure completes with "of" ("a shallow depth of 10 km", "bail of $900"), with its
 * modifiers; not a word that only says "a quantity" ("a total of 500").
 */
function ofNoun(tokens: readonly TaggedToken[], at: number): string | null {
  const head = tokens[at];
  if (!head || QUANTITY_NOUNS.has(head.lemma)) return null;
  let from = at;
  while (from > 0 && ["ADJ", "NOUN"].includes(tokens[from - 1]?.pos ?? "")) from--;
  const np = nounPhrase(tokens, from, head.start);
  return [...np.words, head.text].join(" ");
}

const DIRECTIONS = new Set(
  "north south east west northeast northwest southeast southwest northeast away off".split(" "),
);
const FROM: ReadonlySet<string> = new Set(["of", "from"]);

/** "7 km (4 miles) east of the port", "10 km from the coast": where a distance is measured. */
function directionAfter(figure: FigureMention, tokens: readonly TaggedToken[]): string | null {
  let i = tokens.findIndex((t) => t.start >= figure.end);
  if (i < 0) return null;
  if (tokens[i]?.text === "(") {
    while (i < tokens.length && tokens[i]?.text !== ")") i++;
    i++;
  }
  const dir = tokens[i];
  const d = dir && DIRECTIONS.has(dir.text.toLowerCase()) ? [dir.text] : [];
  const pp = prepPhrase(tokens, i + d.length, Number.POSITIVE_INFINITY, FROM);
  if (!pp.head || (d.length === 0 && pp.words[0]?.toLowerCase() !== "from")) return null;
  return [...d, ...pp.words].join(" ");
}

/** Whether the noun a figure completes is a happening: "the training of", "the deaths of". */
function isHappeningNoun(t: TaggedToken): boolean {
  const w = t.text.toLowerCase();
  return eventOf(w) !== null || /(?:ing|tion|sion|ment)s?$/u.test(w);
}
