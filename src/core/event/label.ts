import type { TaggedToken } from "../text/tagger.ts";
import { isSaying } from "./clause.ts";
import type { Frame } from "./frame.ts";
import { LIGHT_VERBS } from "./mention.ts";
import {
  ATTACHING,
  isPossessive,
  isTimeWord,
  nounPhrase,
  PARTICLES,
  type Phrase,
  prepPhrase,
} from "./phrase.ts";
import { predicateAt } from "./topic.ts";

/** A label longer than this stops being a label; words of a negation are not counted. */
const MAX_WORDS = 6;
/** Verbs of holding an opinion: like saying, they tell how a source sees the thing compared. */
const OPINION = new Set("express voice show believe think consider view regard".split(" "));
/** Verbs that, like the light ones, say little beside the thing they present or hold. */
const HOLDING = new Set("present offer face pose represent involve contain mark".split(" "));
/** Words that begin a clause a label may quote: "what the council might decide", "how the fire began". */
const WH = new Set(["what", "how", "why", "whether", "who"]);
/** Tags a label may not end on: "investigating what", "rushed for". */
const DANGLING = new Set<TaggedToken["pos"]>([
  "ADP",
  "DET",
  "CCONJ",
  "SCONJ",
  "PRON",
  "PART",
  "AUX",
  "ADV",
  "PUNCT",
]);
const NEGATORS = /^(?:not|n[’']t|never|no)$/iu;

type Kind = "report" | "light" | "content";

/** Whether a verb tells a happening: not one of reporting, opinion or a light verb. */
export const isContentVerb = (lemma: string): boolean => kindOf(lemma) === "content";

/** Reporting and opinion verbs name no happening; light verbs ("hold", "include") little of one. */
function kindOf(lemma: string): Kind {
  if (isSaying(lemma) || OPINION.has(lemma)) return "report";
  return LIGHT_VERBS.has(lemma) || HOLDING.has(lemma) ? "light" : "content";
}

/**
 * What a statement compares, named from its frame in the sentence's own words, for the label a
 * reader sees above the sources' values: "no public reaction", "council sent rescue boats to
 * Eastholm", "dispute with landlord remains unresolved". Who did what to what when the verb says
 * what happened; the thing acted on when the verb only reports or holds it ("indicated a
 * reaction" -> "reaction"); a negation stays ("no public reaction", "has not commented");
 * auxiliaries, hedges and articles are left out (hedges show in the value). Null when the frame
 * gives nothing better than a verb alone, so the caller falls back to something safe.
 */
export function claimLabel(frame: Frame, tokens: readonly TaggedToken[]): string | null {
  const at = predicateAt(frame, tokens);
  if (at < 0) return null;
  const object = objectOf(tokens, at, frame.end, kindOf(frame.what.lemma));
  // "showed up": a verb with a particle is a happening, whatever the verb alone reports.
  const kind = object.particle.length > 0 ? "content" : kindOf(frame.what.lemma);
  const label =
    kind === "report"
      ? reported(tokens, at, frame, object)
      : acted(tokens, at, frame, object, kind === "light");
  return label && label.length >= 2 ? label.join(" ") : null;
}

interface ObjectParts {
  core: Phrase;
  /** What completes it: "to revive the market", "to the port's plans", "as a sign". */
  more: string[];
  /** A clause that is the object ("that the hikers are near the lake", "what the council might decide"). */
  clause: string[];
  /** Whether the verb's preposition leads the object ("turning to hired ferries"). */
  prep: boolean;
  /** A particle that belongs to the verb: "showed up", "turn out". */
  particle: string[];
  /** Whether nothing follows the verb, so who and the verb make a whole statement. */
  bare: boolean;
  /** Whether the object is a pronoun, which needs what completes it ("him as a presence"). */
  pronoun: boolean;
  /** Whether words were passed over between the verb and its object ("said once Ann …"). */
  skipped: boolean;
}

function reported(
  tokens: readonly TaggedToken[],
  at: number,
  frame: Frame,
  o: ObjectParts,
): string[] | null {
  if (o.clause.length > 0) return o.clause;
  const subject = subjectOf(tokens, at, frame);
  const verb = verbOf(tokens, at, frame);
  const said = subject.length > 0 && !o.skipped ? [...subject, ...verb] : [];
  const core = subject.length > 0 ? [...subject.slice(0, subjectCore(subject)), ...verb] : [];
  // "commented on the situation": who, and what about.
  if (o.prep) {
    const about = o.core.words;
    return first([[...said, ...about], [...core, ...about], [...verb, ...about], said, core]);
  }
  const no = frame.negated ? ["no"] : [];
  return first([
    o.core.head ? [...no, ...o.core.words, ...o.more] : [],
    o.core.head ? [...no, ...o.core.words] : [],
    // "the mayor described the delay"; never "police said Ann" (a name alone says nothing).
    o.core.common ? [...said, ...o.core.words] : [],
    o.core.common ? [...core, ...o.core.words] : [],
  ]);
}

function acted(
  tokens: readonly TaggedToken[],
  at: number,
  frame: Frame,
  o: ObjectParts,
  light: boolean,
): string[] | null {
  // "will combine", "to release": without its auxiliary the bare verb needs no subject.
  const subject = finite(tokens, at, frame) ? subjectOf(tokens, at, frame) : [];
  const core = subject.slice(0, subjectCore(subject));
  const verb = [...verbOf(tokens, at, frame), ...o.particle];
  const object = o.clause.length > 0 ? o.clause : o.core.words;
  // "named him" dangles: a pronoun object is shown only with what completes it.
  const alone = o.pronoun ? [] : object;
  const thing = o.core.common && !o.prep && !frame.negated;
  const who = subject.length > 0;
  return first([
    who ? [...subject, ...verb, ...object, ...o.more] : [],
    who ? [...core, ...verb, ...object, ...o.more] : [],
    // A light verb says little: the thing held or included is what is compared.
    light && thing ? [...object, ...o.more] : [],
    who && alone.length > 0 ? [...subject, ...verb, ...alone] : [],
    who && alone.length > 0 ? [...core, ...verb, ...alone] : [],
    light && thing ? object : [],
    object.length > 0 ? [...verb, ...object, ...o.more] : [],
    alone.length > 0 ? [...verb, ...alone] : [],
    // "what the council might decide next": the clause names the thing when the verb cannot fit.
    o.clause,
    who && (o.bare || o.particle.length > 0) ? [...core, ...verb] : [],
  ]);
}

const MODALS = new Set("will shall may might could would should must can to".split(" "));

/** Whether the verb is written as a finite form ("sent", "holds"), not "will send", "to send". */
function finite(tokens: readonly TaggedToken[], at: number, frame: Frame): boolean {
  const verb = tokens[at] as TaggedToken;
  if (frame.negated || verb.text.toLowerCase() !== verb.lemma) return true;
  let i = at - 1;
  while (tokens[i]?.pos === "ADV") i--;
  const aux = tokens[i];
  return !(aux && MODALS.has(aux.lemma) && (aux.pos === "AUX" || aux.pos === "PART"));
}

/** The first candidate of at least two words that fits, negation words not counted. */
function first(candidates: readonly string[][]): string[] | null {
  for (const c of candidates) {
    const counted = c.filter((w) => !NEGATORS.test(w) && !AUX_WORDS.test(w)).length;
    if (c.length >= 2 && counted <= MAX_WORDS) return c;
  }
  return null;
}

const AUX_WORDS = /^(?:has|have|had|do|does|did|is|are|was|were|will|would|could|can)$/iu;

/** The verb as written; with its auxiliaries only when they carry a negation ("has not sent"). */
function verbOf(tokens: readonly TaggedToken[], at: number, frame: Frame): string[] {
  const verb = (tokens[at] as TaggedToken).text;
  if (!frame.negated) return [verb];
  let i = at;
  while (i > 0) {
    const t = tokens[i - 1] as TaggedToken;
    if (t.start < frame.start || !(t.pos === "AUX" || t.pos === "PART")) break;
    i--;
  }
  const aux = tokens.slice(i, at).map((t) => t.text);
  return aux.some((w) => NEGATORS.test(w)) ? [...joinContractions(aux), verb] : ["not", verb];
}

/** "does" "n't" -> "doesn't", as written. */
function joinContractions(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (/^n[’']t$/iu.test(w) && out.length > 0) out[out.length - 1] += w;
    else out.push(w);
  }
  return out;
}

/** Where the subject's own noun phrase ends, before any "with the landlord" that completes it. */
function subjectCore(subject: readonly string[]): number {
  const prep = subject.findIndex((w, i) => i > 0 && ATTACHING.has(w.toLowerCase()));
  return prep < 0 ? subject.length : prep;
}

/**
 * Who or what the clause is about: the noun phrase (and one phrase completing it) that stands
 * right before the verb, with only auxiliaries and adverbs between; after any opening phrase
 * and after the attribution ("officials said that …"). Pronouns name nothing: empty for them.
 */
export function subjectOf(tokens: readonly TaggedToken[], at: number, frame: Frame): string[] {
  const att = frame.attribution;
  const from = att && att.end <= (tokens[at] as TaggedToken).start ? att.end : frame.start;
  const verbStart = (tokens[at] as TaggedToken).start;
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return [];
  for (let k = i; k < at; k++) if ((tokens[k] as TaggedToken).text === ",") i = k + 1;
  while (i < at && (tokens[i]?.lemma === "that" || tokens[i]?.pos === "SCONJ")) i++;
  const np = nounPhrase(tokens, i, verbStart);
  if (!np.head) return [];
  const pp = prepPhrase(tokens, np.next, verbStart, ATTACHING);
  const next = pp.words.length > 0 ? pp.next : np.next;
  const between = tokens.slice(next, at);
  if (!between.every((t) => t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV")) return [];
  return cased(tokens, i, [...np.words, ...pp.words]);
}

/** A common word that opens the sentence is capitalized only for that: "Investors" -> "investors". */
function cased(tokens: readonly TaggedToken[], from: number, words: string[]): string[] {
  const firstToken = tokens.slice(from).find((t) => t.text === words[0]);
  const opens =
    firstToken === tokens[0] || (firstToken === tokens[1] && tokens[0]?.pos === "PUNCT");
  const w = words[0];
  if (!opens || !w || firstToken?.pos === "PROPN" || w === w.toUpperCase()) return words;
  return [w.charAt(0).toLowerCase() + w.slice(1), ...words.slice(1)];
}

/**
 * What the verb acts on: a noun phrase and what completes it, an adjective ("remain
 * uncertain"), a gerund ("include widening the harbour channel") or a clause ("that the hikers
 * are near the lake"); a content verb keeps its preposition ("turning to hired ferries").
 */
function objectOf(
  tokens: readonly TaggedToken[],
  at: number,
  end: number,
  kind: Kind,
): ObjectParts {
  let i = at + 1;
  // "showed up", tagged an adverb at times: the verb's particle, kept with it.
  const adverb = tokens[i]?.pos === "ADV" && PARTICLES.has(tokens[i]?.lemma ?? "");
  const particle = adverb ? [(tokens[i] as TaggedToken).text] : [];
  i += particle.length;
  while (tokens[i]?.pos === "ADV" && (tokens[i] as TaggedToken).end <= end) i++;
  if (particle.length === 0) particle.push(...particleAt(tokens, i, end));
  i += adverb ? 0 : particle.length;
  const t = tokens[i];
  const bare = !t || t.end > end || ENDS.has(t.pos) || isTimeWord(t);
  const none: ObjectParts = {
    core: { words: [], next: i, head: false, common: false },
    more: [],
    clause: [],
    prep: false,
    particle,
    bare,
    pronoun: false,
    skipped: i > at + 1 + particle.length,
  };
  if (!t || bare) return none;
  const that = t.lemma === "that" && t.pos === "SCONJ";
  if (that || (WH.has(t.lemma) && t.pos !== "DET")) {
    return { ...none, clause: clauseWords(tokens, that ? i + 1 : i, end) };
  }
  if (t.pos === "ADP") {
    const pp = prepPhrase(tokens, i, end, new Set([t.text.toLowerCase()]));
    return pp.head
      ? { ...none, core: pp, prep: true, more: completion(tokens, pp.next, end, ATTACHING) }
      : none;
  }
  if (t.pos === "ADJ" && !nounPhrase(tokens, i, end).head) {
    return { ...none, core: { words: [t.text], next: i + 1, head: false, common: false } };
  }
  // "accused him of fraud", "named him as captain": the pronoun with what completes it.
  if (t.pos === "PRON" && !WH.has(t.lemma) && !isPossessive(t)) {
    const more = completion(tokens, i + 1, end, AS);
    return more.length > 0
      ? {
          ...none,
          core: { words: [t.text], next: i + 1, head: false, common: false },
          more,
          pronoun: true,
        }
      : none;
  }
  const gerund = t.pos === "VERB" && /ing$/u.test(t.text) ? [t.text] : [];
  const np = nounPhrase(tokens, i + gerund.length, end);
  if (!np.head) return none;
  const core = { ...np, words: cased(tokens, i, [...gerund, ...np.words]) };
  const said = tokens[np.next]?.lemma === "that" && kind === "report";
  if (said) return { ...none, core, clause: clauseWords(tokens, np.next + 1, end) };
  return { ...none, core, more: completion(tokens, np.next, end, AS) };
}

/** "to revive the old market", "to the port's plans", "as a sign of weakness". */
function completion(
  tokens: readonly TaggedToken[],
  i: number,
  end: number,
  preps: ReadonlySet<string>,
): string[] {
  const to = tokens[i];
  const verb = tokens[i + 1];
  if (to?.lemma === "to" && verb?.pos === "VERB" && verb.end <= end) {
    const np = nounPhrase(tokens, i + 2, end);
    return np.head ? [to.text, verb.text, ...np.words] : [];
  }
  return prepPhrase(tokens, i, end, preps).words;
}

const AS: ReadonlySet<string> = new Set([...ATTACHING, "as"]);
/** Tags after which a verb has no object: "escaped, police said", "died and …". */
const ENDS = new Set<TaggedToken["pos"]>(["PUNCT", "CCONJ", "SCONJ"]);

/** "showed up", "turn out": an adverb-like preposition with no noun after it is the verb's. */
function particleAt(tokens: readonly TaggedToken[], i: number, end: number): string[] {
  const t = tokens[i];
  if (!t || t.end > end || !(t.pos === "ADP" || t.pos === "PART") || t.lemma === "to") return [];
  const pp = prepPhrase(tokens, i, end, new Set([t.text.toLowerCase()]));
  return pp.head || t.lemma === "not" ? [] : [t.text];
}

/**
 * A clause quoted as the label ("lost hikers near the lake"): its words up to the
 * next comma, without articles and forms of "be" and "have", cut to the label's length
 * and never ending on a word that only leads into more.
 */
function clauseWords(tokens: readonly TaggedToken[], from: number, end: number): string[] {
  const kept: TaggedToken[] = [];
  for (let k = from; k < tokens.length && kept.length < MAX_WORDS; k++) {
    const t = tokens[k] as TaggedToken;
    if (t.end > end || /^[,;:.!?]$/u.test(t.text)) break;
    if (t.pos === "DET" && /^(?:the|a|an)$/iu.test(t.text)) continue;
    // "hikers are near", "have been found": headline style; "might decide" keeps its modal.
    if (t.pos === "AUX" && (t.lemma === "be" || t.lemma === "have")) continue;
    if (t.pos === "PUNCT") continue;
    kept.push(t);
  }
  while (kept.length > 0 && DANGLING.has((kept[kept.length - 1] as TaggedToken).pos)) kept.pop();
  const words = kept.map((t) => t.text);
  return kept.length >= 2 ? cased(tokens, tokens.indexOf(kept[0] as TaggedToken), words) : [];
}
