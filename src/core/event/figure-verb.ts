import type { FigureMention } from "../model.ts";
import { eventOf } from "../text/concepts.ts";
import { participleLemma } from "../text/lemma.ts";
import type { TaggedToken } from "../text/tagger.ts";
import type { Frame } from "./frame.ts";
import { nounPhrase, PARTICLES } from "./phrase.ts";

/**
 * The word of a figure's clause that tells what the figure's counted phrase is in it: the verb
 * whose object it is ("sent 500 troops"), the verb whose subject it is ("500 troops were
 * sent"), the noun it completes with "of" ("the training of 500 soldiers"), or the verb that
 * ties a subject to a figure with no noun of its own ("deaths top 1,200": `measured`, or
 * `subject` when the verb tells a change, "shares fell $2").
 */
export interface Governing {
  at: number;
  role: "object" | "subject" | "nominal" | "measured";
  /** The verb's dictionary form, also for a participle the tagger read as an adjective. */
  lemma: string;
  /** What belongs to the verb: a particle ("ran off"), a joined verb ("killed or wounded"). */
  more: string[];
}

/** Verbs that tie a thing to its size: they tell no happening of it ("votes totaled"). */
const MEASURING = new Set(
  "reach surpass exceed top total number stand hit approach near pass equal average".split(" "),
);
/**
 * Participles English uses as prepositions ("twelve days depending on the weather", "40 people
 * including two children"): they tell nothing that happened to what is counted.
 */
const PREPOSITIONAL = new Set(
  "depending including excluding following according regarding concerning considering barring pending given".split(
    " ",
  ),
);
/** Words that open a clause of their own before a figure: "where 100 people were". */
const WH = new Set(["where", "when", "while", "whereas", "as", "how", "why"]);
/** Tags that start a noun phrase: after one, "in" or "up" is a preposition, not a particle. */
const PHRASE_START = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"]);
const CHANGE = new Set(["reduce", "increase"]);

/** Whether the verb only sizes the counted thing ("top", "reach"), so no happening is told. */
export const isMeasuring = (lemma: string): boolean => MEASURING.has(lemma);

/**
 * The governing word of `figure` among its sentence's `tokens`, inside the clause `frame` only
 * (a verb of another clause tells nothing of this figure); null when the clause shows none.
 */
export function figureVerb(
  figure: FigureMention,
  frame: Frame,
  tokens: readonly TaggedToken[],
): Governing | null {
  const first = tokens.findIndex((t) => t.start >= figure.start);
  if (first < 0) return null;
  let last = first;
  while ((tokens[last + 1]?.end ?? Number.POSITIVE_INFINITY) <= figure.end) last++;
  const inFrame = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.start >= frame.start && t.end <= frame.end;
  };
  if (figure.unit !== "" && !figure.text.includes(figure.unit)) {
    return measuredBy(tokens, first, inFrame);
  }
  let k = first - 1;
  // "entered where roughly 100 people were": a wh-word opens another clause, whose verb is not
  // the one before it.
  while (
    inFrame(k) &&
    ["DET", "ADV"].includes((tokens[k] as TaggedToken).pos) &&
    !WH.has((tokens[k] as TaggedToken).lemma)
  )
    k--;
  const before = tokens[k];
  if (before && WH.has(before.lemma)) return subjectVerb(tokens, last + 1, frame, inFrame);
  if (before && inFrame(k)) {
    const noun = tokens[k - 1];
    if (before.lemma === "of" && noun && isNounLike(tokens, k - 1) && inFrame(k - 1)) {
      return { at: k - 1, role: "nominal", lemma: noun.lemma, more: [] };
    }
    const verb = tokens[k - 1];
    if (PARTICLES.has(before.lemma) && verb?.pos === "VERB" && inFrame(k - 1)) {
      return { at: k - 1, role: "object", lemma: verb.lemma, more: [before.text] };
    }
    if (before.pos === "VERB") return { at: k, role: "object", lemma: before.lemma, more: [] };
  }
  return subjectVerb(tokens, last + 1, frame, inFrame);
}

/** "deaths top 1,200" (measured), "shares fell $2" and "fell by 5%" (a change: subject). */
function measuredBy(
  tokens: readonly TaggedToken[],
  first: number,
  inFrame: (k: number) => boolean,
): Governing | null {
  let k = first - 1;
  let level = false;
  while (inFrame(k) && ["ADV", "ADP", "DET"].includes((tokens[k] as TaggedToken).pos)) {
    // "rose to 5%", "stood at 40": the level reached, not the change.
    level ||= ["to", "at"].includes((tokens[k] as TaggedToken).lemma);
    k--;
  }
  const verb = tokens[k];
  if (!verb || !inFrame(k) || verb.pos !== "VERB") return null;
  const change = !level && CHANGE.has(eventOf(verb.text.toLowerCase()) ?? "");
  return { at: k, role: change ? "subject" : "measured", lemma: verb.lemma, more: [] };
}

/** "500 troops were sent", "10 seconds ran off", "were killed or wounded". */
function subjectVerb(
  tokens: readonly TaggedToken[],
  from: number,
  frame: Frame,
  inFrame: (k: number) => boolean,
): Governing | null {
  let j = from;
  let passive = false;
  while (inFrame(j) && ["AUX", "ADV", "PART"].includes((tokens[j] as TaggedToken).pos)) {
    const t = tokens[j] as TaggedToken;
    // "were not sent": a figure of what did not happen gets no happening in its label.
    if (t.negated || /^(?:not|n[’']t|never)$/iu.test(t.text)) return null;
    passive ||= t.pos === "AUX" && (t.lemma === "be" || t.lemma === "get");
    j++;
  }
  const v = tokens[j];
  if (!v || !inFrame(j)) return null;
  if (PREPOSITIONAL.has(v.text.toLowerCase())) return null;
  const lemma = v.pos === "ADJ" && passive ? participleLemma(v.text) : v.lemma;
  if (v.pos !== "VERB" && lemma === v.text.toLowerCase()) return null;
  const more: string[] = [];
  const next = tokens[j + 1];
  const joined = tokens[j + 2];
  // "20 boats suspected to be …": the verb only hedges another; it tells nothing happened.
  if (next?.lemma === "to" && (joined?.pos === "VERB" || joined?.pos === "AUX")) return null;
  const particle = next && PARTICLES.has(next.lemma) && inFrame(j + 1);
  if (particle && !PHRASE_START.has(tokens[j + 2]?.pos ?? "")) {
    more.push(next.text);
  } else if (next?.pos === "CCONJ" && joined && inFrame(j + 2) && sameForm(v, joined)) {
    more.push(next.text, joined.text);
  } else if (!passive) {
    // "homes lost power": an active verb without its object would tell another happening.
    const np = nounPhrase(tokens, j + 1 + more.length, frame.end);
    if (np.common && np.words.length <= 3) more.push(...np.words);
  }
  return { at: j, role: "subject", lemma, more };
}

/** "killed or wounded": a second verb written in the same form as the first. */
function sameForm(a: TaggedToken, b: TaggedToken): boolean {
  const ed = (t: TaggedToken) => /ed$/u.test(t.text);
  return (b.pos === "VERB" || b.pos === "ADJ") && ed(a) === ed(b);
}

/** A noun, or a gerund standing as one after an article: "the hiring of 150 lifeguards". */
export function isNounLike(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (t?.pos === "NOUN") return true;
  return t?.pos === "VERB" && /ing$/u.test(t.text) && tokens[i - 1]?.pos === "DET";
}
