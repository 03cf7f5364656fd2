import { TITLES } from "../names/lexicon.ts";
import { stem } from "../text/stem.ts";
import { SAYING_VERBS } from "../text/stopwords.ts";
import type { TaggedToken } from "../text/tagger.ts";

/**
 * A clause read from one sentence: what happened (its predicate), whether the sentence says it
 * did not, when it stands relative to the writing (past, ongoing, future, planned), how sure
 * the sentence is, who says so, and the stretches of text before and after the predicate where
 * its participants are named. Offsets are into the article text.
 */
export interface Clause {
  start: number;
  end: number;
  predicate: { start: number; end: number; lemma: string };
  negated: boolean;
  tense: Tense;
  /** Words that weaken the claim, as written: "might", "reportedly", "expected". */
  hedges: string[];
  /**
   * The hedge as a reader should see it beside a figure, with the verb it weakens: "might be
   * involved", "believed to have died", "reportedly", "denied"; null when the clause is firm.
   */
  hedge: string | null;
  /** "police said", "according to officials": who is quoted as saying it. */
  attribution: { start: number; end: number } | null;
  /** Where the doer is named: the text before the predicate, within the clause. */
  subject: { start: number; end: number };
  /** Where what it was done to is named: the text after the predicate, within the clause. */
  object: { start: number; end: number };
}

/** Past and present are facts reported; future and planned are things said to come. */
export type Tense = "past" | "present" | "ongoing" | "future" | "planned";

/** Verbs of saying (the one list, in core/text): they introduce what is said, not what happened. */
const SAYING_STEMS = new Set([...SAYING_VERBS].map((w) => stem(w)));
export const isSaying = (lemma: string): boolean => SAYING_STEMS.has(stem(lemma));

/** Verbs that put the infinitive after them in the future: "expected to release". */
const PLANNING = new Set(
  `expect plan intend aim hope want seek try attempt prepare propose promise vow pledge threaten
  schedule set agree decide consider mean wish`.split(/\s+/),
);

/**
 * Verbs that ask, order or expect someone else to do the infinitive after them: "urged the
 * council to reject", "ordered the director to fire him", "plans call for the firm to build".
 * The act is asked for, not done. Not the verbs that say it was done ("forced", "persuaded").
 */
const ASKING = new Set(
  `ask urge order call tell instruct direct require encourage invite authorize allow permit
  want expect advise press push pressure`.split(/\s+/),
);
/** What may stand between an asking verb and its object: "called on", "pushed for". */
const ASKING_PARTICLES = new Set(["on", "upon", "for"]);
/** The parts of speech of the short object an asking verb takes: "urged the city council". */
const ASKED_OBJECT = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"]);

/** Verbs that say the infinitive after them did not happen: "refused to sign". */
const REFUSING = new Set("refuse decline fail reject".split(" "));

const FUTURE_AUX = new Set(["will", "shall", "'ll", "’ll", "wo"]);
const MODAL_AUX = new Set(["may", "might", "could", "would", "should", "must", "can"]);
const NEGATORS = new Set(["not", "n't", "n’t", "never", "no"]);

/** Adverbs and phrases that weaken a claim, as a reader should see them. */
const HEDGE_WORDS = new Set(
  `reportedly allegedly apparently possibly probably likely purportedly supposedly seemingly
  perhaps maybe presumably unconfirmed`.split(/\s+/),
);

/** "is believed to", "is thought to", "is said to", "appears to", "seems to". */
const HEDGE_VERBS = new Set(["believe", "think", "say", "appear", "seem", "estimate", "suspect"]);

/**
 * The clauses of one sentence (`tokens` are its tagged tokens, in order). A sentence reporting
 * what someone said gives the clause of what was said, with the saying as its attribution;
 * verbs joined by "and" or a participle after a comma give a clause each.
 */
export function clausesOf(tokens: readonly TaggedToken[]): Clause[] {
  if (tokens.length === 0) return [];
  const first = tokens[0] as TaggedToken;
  const last = tokens[tokens.length - 1] as TaggedToken;
  let verbs = tokens.flatMap((_, i) => (isPredicate(tokens, i) ? [i] : []));
  if (verbs.length === 0) {
    // "Miners may be trapped": the adjective after a form of "be" is what is said of them.
    verbs = tokens.flatMap((t, i) => (t.pos === "ADJ" && tokens[i - 1]?.lemma === "be" ? [i] : []));
  }
  const attribution = findAttribution(tokens, verbs);
  const content = verbs.filter((i) => !attribution?.verbs.has(i));
  const hedgedBy = new Map<number, TaggedToken>();
  const heads = mainVerbs(tokens, content, hedgedBy);
  const clauses: Clause[] = [];
  heads.forEach((head, k) => {
    const from = k === 0 ? 0 : boundaryBefore(tokens, head, heads[k - 1] as number);
    const next = heads[k + 1];
    const to = next === undefined ? tokens.length : boundaryBefore(tokens, next, head);
    const clause = clauseAt(tokens, head, from, to, attribution);
    const hedge = hedgedBy.get(head);
    if (hedge) clause.hedges.unshift(hedge.text);
    clauses.push(clause);
  });
  if (clauses.length === 0 && attribution === null) {
    // A sentence with no verb the model found ("Five dead in quake"): one clause, no predicate.
    return [];
  }
  for (const c of clauses) {
    c.start = Math.max(c.start, first.start);
    c.end = Math.min(c.end, last.end);
  }
  return clauses;
}

function isPredicate(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i] as TaggedToken;
  if (t.pos !== "VERB") return false;
  if (
    t.lemma === "accord" ||
    (t.text.toLowerCase() === "according" && tokens[i + 1]?.lemma === "to")
  ) {
    return false;
  }
  // "running back", "the injured man": a participle used as an adjective before a noun.
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (/ing$|ed$/.test(t.text) && next?.pos === "NOUN" && prev?.pos === "DET") return false;
  // "said lead prosecutor Ana Ruiz", "said acting director …": after a saying verb, a word before
  // the speaker's title is part of the title, however the tagger read it.
  if (
    prev?.pos === "VERB" &&
    isSaying(prev.lemma) &&
    next?.pos === "NOUN" &&
    TITLES.has(next.lemma) &&
    tokens[i + 2]?.pos === "PROPN"
  ) {
    return false;
  }
  return true;
}

interface Attribution {
  start: number;
  end: number;
  verbs: Set<number>;
  /** "did not confirm that …", "denied that …": what follows is not vouched for, and how. */
  denied?: string;
}

/**
 * "Police said (that) …", "…, the company said.", "according to officials, …": the saying and
 * its speaker, when the sentence has something else to say. A saying verb with nothing but its
 * speaker around it ("He said so.") is the clause itself.
 */
function findAttribution(
  tokens: readonly TaggedToken[],
  verbs: readonly number[],
): Attribution | null {
  const according = tokens.findIndex(
    (t, i) => t.text.toLowerCase() === "according" && tokens[i + 1]?.lemma === "to",
  );
  if (according >= 0) {
    let end = according + 2;
    while (end < tokens.length && !/^[,.;:]$/.test((tokens[end] as TaggedToken).text)) end++;
    const from = tokens[according] as TaggedToken;
    const to = tokens[Math.max(according, end - 1)] as TaggedToken;
    return { start: from.start, end: to.end, verbs: new Set() };
  }
  const saying = verbs.filter((i) => isSaying((tokens[i] as TaggedToken).lemma));
  if (saying.length === 0) return null;
  const s = saying[0] as number;
  // What is said must stand beside the saying: a verb after it, or before a final ", X said".
  const other = verbs.filter((i) => !isSaying((tokens[i] as TaggedToken).lemma));
  const governed = tokens[s - 1]?.lemma === "to" || tokens[s - 2]?.lemma === "to";
  if (other.length === 0 || governed) return null;
  // The speaker is the run of words before the saying verb, back to the clause edge.
  let from = s;
  while (from > 0 && !/^[,;:“"”]$/.test((tokens[from - 1] as TaggedToken).text)) from--;
  const startToken = tokens[from] as TaggedToken;
  const verb = tokens[s] as TaggedToken;
  const negator = tokens
    .slice(from, s)
    .find((t) => NEGATORS.has(t.lemma) || NEGATORS.has(t.text.toLowerCase()));
  const denied =
    verb.lemma === "deny"
      ? "denied"
      : negator && (verb.lemma === "confirm" || verb.lemma === "verify")
        ? `un${verb.lemma}ed`
        : negator
          ? tokens
              .filter((t) => t.start >= negator.start && t.end <= verb.end)
              .map((t) => t.text)
              .join(" ")
          : undefined;
  return {
    start: startToken.start,
    end: verb.end,
    verbs: new Set(saying),
    ...(denied ? { denied } : {}),
  };
}

/** The verbs that head clauses: the first, then any joined by "and"/"but" or a participle. */
function mainVerbs(
  tokens: readonly TaggedToken[],
  verbs: readonly number[],
  hedgedBy: Map<number, TaggedToken>,
): number[] {
  const heads: number[] = [];
  // What lies between the last head and the verb at hand, read once as the verbs advance: a
  // sentence of thousands of verbs and no conjunction was read again for every verb (quadratic).
  let about = -1;
  let scanned = 0;
  let that = false;
  let joined = false;
  let subordinate = false;
  for (const i of verbs) {
    const prev = heads[heads.length - 1];
    if (prev === undefined) {
      heads.push(resolveControl(tokens, i, verbs));
      continue;
    }
    if (i <= prev) continue;
    if (about !== prev) {
      about = prev;
      scanned = prev + 1;
      that = joined = subordinate = false;
    }
    for (; scanned < i; scanned++) {
      const t = tokens[scanned] as TaggedToken;
      that ||= t.lemma === "that";
      joined ||= t.pos === "CCONJ" || t.text === ",";
      subordinate ||=
        t.pos === "SCONJ" || t.lemma === "who" || t.lemma === "which" || t.lemma === "that";
    }
    const head = tokens[prev] as TaggedToken;
    // "estimated that troops were sent": the clause is about sending; estimating hedges it.
    if (HEDGE_VERBS.has(head.lemma) && that && heads.length === 1) {
      hedgedBy.set(i, head);
      heads[heads.length - 1] = i;
      continue;
    }
    if (joined && !subordinate) heads.push(resolveControl(tokens, i, verbs));
  }
  return heads;
}

/** "expected to release": the clause is about releasing; "expected" makes it planned. */
function resolveControl(
  tokens: readonly TaggedToken[],
  i: number,
  verbs: readonly number[],
): number {
  const t = tokens[i] as TaggedToken;
  if (!PLANNING.has(t.lemma) && !REFUSING.has(t.lemma) && !HEDGE_VERBS.has(t.lemma)) return i;
  const to = tokens[i + 1];
  const next = verbs.find((j) => j > i && j <= i + 3);
  if (to?.lemma === "to" && next !== undefined) return next;
  return i;
}

function boundaryBefore(tokens: readonly TaggedToken[], head: number, previous: number): number {
  for (let j = head - 1; j > previous; j--) {
    const t = tokens[j] as TaggedToken;
    if (t.pos === "CCONJ" || t.text === "," || t.text === ";") return j + 1;
  }
  return head;
}

function clauseAt(
  tokens: readonly TaggedToken[],
  head: number,
  from: number,
  to: number,
  attribution: Attribution | null,
): Clause {
  const verb = tokens[head] as TaggedToken;
  const span = tokens.slice(from, to);
  const lo = (span[0] ?? verb).start;
  const hi = (span[span.length - 1] ?? verb).end;
  const before = tokens.slice(from, head);
  const aux = auxiliaries(tokens, head, from);
  const hedges: string[] = [];
  for (const t of span) if (HEDGE_WORDS.has(t.lemma)) hedges.push(t.text);
  let tense: Tense = tenseOf(verb, aux);
  // The model's negation flag runs to the end of the sentence; only the verb's own
  // auxiliaries ("did not send") negate it.
  let negated = aux.some((t) => NEGATORS.has(t.lemma) || NEGATORS.has(t.text.toLowerCase()));
  // "have yet to arrive": it has not happened.
  if (tokens[head - 1]?.lemma === "to" && tokens[head - 2]?.lemma === "yet") negated = true;
  if (attribution?.denied) hedges.push(attribution.denied);
  // The verb that governs an infinitive ("expected to", "refused to") sets tense and polarity.
  const control = tokens[head - 2]?.lemma === undefined ? undefined : controlVerb(tokens, head);
  if (control) {
    if (PLANNING.has(control.lemma)) {
      tense = "planned";
      hedges.push(control.text);
    } else if (REFUSING.has(control.lemma)) negated = true;
    else if (HEDGE_VERBS.has(control.lemma)) hedges.push(control.text);
    if (control.negated) negated = true;
  }
  // "urged the council to reject": asked for, still to come.
  if (!control && askedOf(tokens, head)) tense = "planned";
  for (const t of aux) if (MODAL_AUX.has(t.lemma) && t.lemma !== "can") hedges.push(t.text);
  const phrase = (t: TaggedToken) =>
    tokens
      .slice(tokens.indexOf(t), head + 1)
      .map((x) => x.text)
      .join(" ");
  const modal = aux.find((t) => MODAL_AUX.has(t.lemma) && t.lemma !== "can");
  const word = span.find((t) => HEDGE_WORDS.has(t.lemma));
  const hedgingControl =
    control && (PLANNING.has(control.lemma) || HEDGE_VERBS.has(control.lemma)) ? control : null;
  const hedge =
    attribution?.denied ??
    (modal ? phrase(modal) : hedgingControl ? phrase(hedgingControl) : (word?.text ?? null));
  const subjectStart =
    attribution && attribution.end <= verb.start && attribution.end > lo ? attribution.end : lo;
  const subjectEnd = (
    before.find((t) => t.start >= subjectStart && (t.pos === "AUX" || t.pos === "PART")) ?? verb
  ).start;
  return {
    start: lo,
    end: hi,
    predicate: { start: verb.start, end: verb.end, lemma: verb.lemma },
    negated,
    tense,
    hedges: [...new Set(hedges)],
    hedge,
    attribution: attribution ? { start: attribution.start, end: attribution.end } : null,
    subject: { start: subjectStart, end: Math.max(subjectStart, subjectEnd) },
    object: { start: verb.end, end: Math.max(verb.end, hi) },
  };
}

/** The auxiliaries and negators just before the verb: "will not", "had been", "may have". */
function auxiliaries(tokens: readonly TaggedToken[], head: number, from: number): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (let j = head - 1; j >= from; j--) {
    const t = tokens[j] as TaggedToken;
    if (t.pos === "AUX" || t.pos === "PART" || (t.pos === "ADV" && out.length < 3)) out.push(t);
    else break;
  }
  return out;
}

function controlVerb(tokens: readonly TaggedToken[], head: number): TaggedToken | undefined {
  for (let j = head - 1; j >= Math.max(0, head - 3); j--) {
    const t = tokens[j] as TaggedToken;
    if (t.lemma === "to" && (tokens[j - 1]?.pos === "VERB" || tokens[j - 1]?.pos === "ADJ")) {
      return tokens[j - 1];
    }
    if (t.pos !== "PART" && t.pos !== "ADV") return undefined;
  }
  return undefined;
}

/**
 * Whether the verb at `head` is an infinitive someone is asked to do: "to" right before it, a
 * short object before that (a name, a noun phrase, a pronoun), and an asking verb before the
 * object, perhaps with its particle ("called on the council to").
 */
function askedOf(tokens: readonly TaggedToken[], head: number): boolean {
  if (tokens[head - 1]?.lemma !== "to") return false;
  let j = head - 2;
  const stop = Math.max(0, head - 7);
  while (j >= stop && ASKED_OBJECT.has((tokens[j] as TaggedToken).pos)) j--;
  if (j === head - 2 || j < 0) return false;
  const at = tokens[j] as TaggedToken;
  // With its particle the word may be read as a noun, and asks all the same ("plans call for").
  if (ASKING_PARTICLES.has(at.lemma) && j > 0) {
    const word = tokens[j - 1] as TaggedToken;
    return (word.pos === "VERB" || word.pos === "NOUN") && ASKING.has(word.lemma);
  }
  return at.pos === "VERB" && ASKING.has(at.lemma);
}

function tenseOf(verb: TaggedToken, aux: readonly TaggedToken[]): Tense {
  if (aux.some((t) => FUTURE_AUX.has(t.lemma) || FUTURE_AUX.has(t.text.toLowerCase()))) {
    return "future";
  }
  if (/ing$/i.test(verb.text) && aux.some((t) => t.lemma === "be")) {
    // "is going to decide" is a plan; "is deploying" is happening.
    return verb.lemma === "go" ? "planned" : "ongoing";
  }
  if (aux.some((t) => /^(had|has|have|was|were|did)$/i.test(t.text))) return "past";
  const form = verb.text.toLowerCase();
  if (form !== verb.lemma && !/ing$/.test(form) && !/s$/.test(form)) return "past";
  return "present";
}
