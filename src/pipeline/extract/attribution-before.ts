import type { NameMention } from "../../core/model.ts";
import {
  type AttributionContext,
  type AttributionFound,
  firstSpeakerIn,
  isPossessive,
  speakersBackFrom,
} from "./attribution-context.ts";
import { gapKind } from "./attribution-gap.ts";
import {
  ADVERBS,
  isAttributionVerb,
  PASSIVE_AUXILIARIES,
  PRONOUNS,
  SUBORDINATORS,
} from "./attribution-lexicon.ts";
import { type AttributionToken, isTerminator } from "./attribution-tokens.ts";

// How many verbs of saying, nearest the quotation first, are worth a look.
const MAX_VERBS = 4;
// How many names before a verb may be tried as its subject (appositives can hold several).
const MAX_CANDIDATES = 10;
// Relative pronouns: "Smith, who said he was tired, called it …" — not the clause's subject.
const RELATIVES = new Set(["who", "which", "that"]);

/**
 * The speaker of a quotation from the words before it in its sentence (`tokens`, which start at
 * `start`): the nearest verb of saying and its subject, a name right before the verb or before an
 * appositive ("Smith, a former official, commented, “…”", "Smith described it as a “…”"), a
 * pronoun ("He added, “…”"), or the name after "according to". Verbs inside a participle
 * (", adding"), a passive ("was described") or a subordinate clause ("When asked") give way to
 * an earlier verb.
 */
export function attributeBefore(
  ctx: AttributionContext,
  tokens: readonly AttributionToken[],
  start: number,
): AttributionFound | null {
  let tried = 0;
  for (let v = tokens.length - 1; v >= 0 && tried < MAX_VERBS; v--) {
    const verb = tokens[v];
    if (!verb?.word) continue;
    const next = tokens[v + 1];
    if (verb.lower === "according" && next?.lower === "to") {
      const m = nameWithin(ctx, tokens, v + 2, 6);
      if (m) return { kind: "mention", mention: m, end: m.end };
      continue;
    }
    if (!isAttributionVerb(verb.lower)) continue;
    tried++;
    for (const m of speakersBackFrom(ctx, start, verb.start, MAX_CANDIDATES)) {
      if (isPossessive(ctx.text, m)) continue;
      if (gapKind(ctx.text, m.end, verb.start))
        return { kind: "mention", mention: m, end: verb.end };
    }
    let p = v - 1;
    while (p >= 0 && v - p <= 2 && tokens[p]?.word && ADVERBS.has(tokens[p]?.lower ?? "")) p--;
    const subject = tokens[p];
    if (subject?.word && PRONOUNS.has(subject.lower)) {
      return { kind: "pronoun", pronoun: subject.lower, at: subject.start, end: verb.end };
    }
    // A participle (", adding", "a statement saying") shares the subject of an earlier verb.
    if (verb.lower.endsWith("ing")) continue;
    if (!tokens[v - 1]?.word) {
      // ", said Smith, “…”" and "Said Smith: “…”" put the name after the verb.
      const m = nameWithin(ctx, tokens, v + 1, 4);
      if (m) return { kind: "mention", mention: m, end: m.end };
      continue;
    }
    if (!subject?.word) continue;
    if (PASSIVE_AUXILIARIES.has(subject.lower)) {
      const agent = agentAfter(ctx, tokens, v);
      if (agent) return { kind: "mention", mention: agent, end: agent.end };
      continue;
    }
    if (SUBORDINATORS.has(subject.lower) || RELATIVES.has(subject.lower)) continue;
    return { kind: "unnamed" };
  }
  return null;
}

/** "was described by Smith as": the name after "by" following a passive verb. */
function agentAfter(
  ctx: AttributionContext,
  tokens: readonly AttributionToken[],
  v: number,
): NameMention | null {
  for (let k = v + 1; k < tokens.length && k <= v + 3; k++) {
    if (tokens[k]?.lower === "by") return nameWithin(ctx, tokens, k + 1, 4);
  }
  return null;
}

/** The first speaker starting within `words` tokens from tokens[from], before a sentence end. */
function nameWithin(
  ctx: AttributionContext,
  tokens: readonly AttributionToken[],
  from: number,
  words: number,
): NameMention | null {
  const first = tokens[from];
  if (!first) return null;
  let last = from;
  while (last + 1 < tokens.length && last + 1 < from + words) {
    const t = tokens[last + 1];
    if (!t || isTerminator(t)) break;
    last++;
  }
  // The name must start in the window but may end past it ("according to Jane Q. Example").
  const m = firstSpeakerIn(ctx, first.start, Number.MAX_SAFE_INTEGER);
  if (!m || m.start >= (tokens[last]?.end ?? first.end)) return null;
  return isPossessive(ctx.text, m) ? null : m;
}

/**
 * True when the words before a quotation end in a verb of saying that introduces it as a full
 * quotation: `said “…”`, `noted, “…”`, `stated on the same day, “…”`, `told reporters: “…”`.
 * `replied that “…”` and `described it as a “…”` weave the quoted words into the sentence instead.
 */
export function introducesQuote(tokens: readonly AttributionToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (last.text === ":") return true;
  for (let v = tokens.length - 1; v >= 0 && tokens.length - v <= 8; v--) {
    const t = tokens[v];
    if (!t?.word || !isAttributionVerb(t.lower)) continue;
    if (v === tokens.length - 1) return true;
    if (last.text !== ",") return false;
    for (let k = v + 1; k < tokens.length - 1; k++) if (!tokens[k]?.word) return false;
    return true;
  }
  return false;
}
