import type { NameMention } from "../../core/model.ts";
import {
  type AttributionContext,
  firstSpeakerFrom,
  isPossessive,
  sentenceAt,
} from "./attribution-context.ts";
import { gapKind } from "./attribution-gap.ts";
import { isAttributionVerb, PERSON_PRONOUNS, PREPOSITIONS } from "./attribution-lexicon.ts";
import {
  type AttributionToken,
  isQuoteToken,
  isTerminator,
  tokenizeRange,
} from "./attribution-tokens.ts";
import { personAntecedent } from "./person-antecedent.ts";

type SpeakerType = NameMention["type"];

// Names per sentence worth testing as its subject.
const MAX_CANDIDATES = 6;
// How far back a pronoun looks for the name it stands for: its sentence and three before it.
const PRONOUN_SENTENCES = 3;

const TYPE_KEYS: Record<SpeakerType, number> = { person: 0, organization: 1, place: 2 };

/** Finds sentence subjects, remembering each answer: pronouns ask about the same sentences. */
export interface SubjectFinder {
  /** The subject of sentence `s` among names of `type`, or null. */
  subject(s: number, type: SpeakerType): NameMention | null;
  /**
   * The name a pronoun at `at` stands for, looking back three sentences: he/she the one person
   * named there who may be meant (null when there are several), it an organization: the nearest
   * sentence subject, failing that the last organization named. Null for they/we/I.
   */
  antecedent(pronoun: string, at: number): NameMention | null;
}

export function subjectFinder(ctx: AttributionContext): SubjectFinder {
  const memo = new Map<number, NameMention | null>();
  const subject = (s: number, type: SpeakerType): NameMention | null => {
    const key = s * 4 + TYPE_KEYS[type];
    let found = memo.get(key);
    if (found === undefined) {
      found = findSubject(ctx, s, type);
      memo.set(key, found);
    }
    return found;
  };
  const antecedent = (pronoun: string, at: number): NameMention | null => {
    const type = PERSON_PRONOUNS.has(pronoun) ? "person" : pronoun === "it" ? "organization" : null;
    if (!type) return null;
    const here = sentenceAt(ctx, at);
    const first = Math.max(0, here - PRONOUN_SENTENCES);
    const from = ctx.sentences[first]?.start ?? 0;
    if (type === "person") return personAntecedent(ctx, pronoun, from, at);
    for (let s = here; s >= first; s--) {
      const m = subject(s, type);
      if (m && m.end <= at) return m;
    }
    return lastNameBefore(ctx, from, at, type);
  };
  return { subject, antecedent };
}

/**
 * A sentence's subject: the first name that is followed by a verb of saying ("Smith, a former
 * official, said") or opens a clause with nothing but titles before it ("On Monday, Defense
 * Secretary Smith …", "NATO spokesperson Jones …"). A name after a preposition ("requests from
 * Smith") or with a possessive ("Smith’s plan") is not one.
 */
function findSubject(ctx: AttributionContext, s: number, type: SpeakerType): NameMention | null {
  const sentence = ctx.sentences[s];
  if (!sentence) return null;
  let tested = 0;
  for (let k = firstSpeakerFrom(ctx, sentence.start); k < ctx.speakers.length; k++) {
    const m = ctx.speakers[k];
    if (!m || m.start >= sentence.end || tested >= MAX_CANDIDATES) break;
    if (m.type !== type || m.end > sentence.end || isPossessive(ctx.text, m)) continue;
    tested++;
    if (opensClause(ctx, m, sentence.start)) return m;
    if (saysNext(ctx, m, sentence.end) && !afterPreposition(ctx, m, sentence.start)) return m;
  }
  return null;
}

function saysNext(ctx: AttributionContext, m: NameMention, limit: number): boolean {
  const tokens = tokenizeRange(ctx.text, m.end, Math.min(limit, m.end + 320));
  for (const t of tokens) {
    if (isTerminator(t) || isQuoteToken(t)) return false;
    if (t.word && isAttributionVerb(t.lower)) return gapKind(ctx.text, m.end, t.start) !== null;
  }
  return false;
}

function opensClause(ctx: AttributionContext, m: NameMention, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, m.start - 100);
  const tokens = tokenizeRange(ctx.text, from, m.start);
  let lowercase = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t?.word) return true; // a comma, dash or bracket opens the clause
    if (tokens.length - k > 6) return false;
    if (PREPOSITIONS.has(t.lower)) {
      if (!inTitle(tokens, k)) return false;
    } else if (!t.cap && ++lowercase > 2) return false;
  }
  return from === sentenceStart;
}

/** "letter to Smith", "requests from President Smith": the name is an object, not a subject. */
function afterPreposition(ctx: AttributionContext, m: NameMention, sentenceStart: number): boolean {
  const tokens = tokenizeRange(ctx.text, Math.max(sentenceStart, m.start - 100), m.start);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (PREPOSITIONS.has(t.lower)) {
      if (!inTitle(tokens, k)) return true;
    } else if (!t.cap) return false;
  }
  return false;
}

/** "Secretary of Defense Smith": a lowercase preposition between capitals belongs to a title. */
function inTitle(tokens: readonly AttributionToken[], k: number): boolean {
  const t = tokens[k];
  return t?.text === t?.lower && tokens[k - 1]?.cap === true && (tokens[k + 1]?.cap ?? true);
}

function lastNameBefore(
  ctx: AttributionContext,
  from: number,
  at: number,
  type: SpeakerType,
): NameMention | null {
  let fallback: NameMention | null = null;
  for (let k = firstSpeakerFrom(ctx, at) - 1, seen = 0; k >= 0 && seen < 30; k--, seen++) {
    const m = ctx.speakers[k];
    if (!m || m.start < from) break;
    if (m.type !== type || m.end > at) continue;
    if (!isPossessive(ctx.text, m)) return m;
    fallback ??= m;
  }
  return fallback;
}
