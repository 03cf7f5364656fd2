import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { participleLemma } from "./lemma.ts";

/**
 * Parts of speech and lemmas for running text, from wink-nlp's English model (an npm package,
 * loaded once per process, offline). The event model reads clauses from these: which word is
 * the verb, which words help it ("will", "might", "not"), and each word's dictionary form, so
 * "sent", "sends" and "sending" are one predicate.
 */

/** Universal Dependencies part-of-speech tags, as the model gives them. */
export type Pos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X"
  | "SPACE";

export interface TaggedToken {
  /** UTF-16 offsets into the text that was tagged. */
  start: number;
  end: number;
  text: string;
  pos: Pos;
  /** Lowercase dictionary form: "sent" -> "send", "troops" -> "troop". */
  lemma: string;
  /** True inside the scope of a negation the model found ("did not confirm" -> "confirm"). */
  negated: boolean;
}

/** A run of this many characters with no space is not a word. */
const LONG_RUN = /\S{101,}/gu;

let nlp: ReturnType<typeof winkNLP> | null = null;

function load(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Every token of `text` with its offsets, part of speech and lemma. Offsets are found by
 * walking the text, so they hold whatever the model does to spaces and quotes.
 */
export function tagText(original: string): TaggedToken[] {
  const engine = load();
  const its = engine.its;
  // The model's time grows with the square of a token's length (tens of thousands of characters
  // take seconds, hundreds of thousands half an hour); no word is that long, so such runs are
  // blanked, offsets kept.
  const text = original.replace(LONG_RUN, (run) => " ".repeat(run.length));
  const tokens = engine.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as Pos[];
  // wink-nlp's typings give its.lemma a signature `out` does not accept; it works at run time.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const negations = tokens.out(its.negationFlag) as boolean[];
  const out: TaggedToken[] = [];
  let cursor = 0;
  let previous: TaggedToken | undefined;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    // The model may rewrite a token (a contraction's second half); such a token has no offsets.
    // A long gap is allowed only when it is blank (a run blanked above).
    if (at < 0 || (at - cursor > 64 && /\S/u.test(text.slice(cursor, at)))) return;
    cursor = at + value.length;
    let tag = pos[i] ?? "X";
    let lemma = (lemmas[i] ?? value).toLowerCase();
    // "was apprehended": the model often tags a passive participle as an adjective.
    if (tag === "ADJ" && previous?.lemma === "be" && /(?:ed|en|[^aeiou]t|ung|ck)$/i.test(value)) {
      const verb = participleLemma(value);
      if (verb !== value.toLowerCase()) {
        tag = "VERB";
        lemma = verb;
      }
    }
    previous = {
      start: at,
      end: cursor,
      text: value,
      pos: tag,
      lemma,
      negated: negations[i] ?? false,
    };
    out.push(previous);
  });
  return out;
}
