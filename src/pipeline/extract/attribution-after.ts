import type { NameMention } from "../../core/model.ts";
import {
  type AttributionContext,
  type AttributionFound,
  firstSpeakerIn,
  isPossessive,
} from "./attribution-context.ts";
import { gapKind } from "./attribution-gap.ts";
import { ADVERBS, isAttributionVerb, PREPOSITIONS, PRONOUNS } from "./attribution-lexicon.ts";
import { type AttributionToken, isQuoteToken, isTerminator } from "./attribution-tokens.ts";

// Words that may come before the name in `“…,” Defense Secretary Jane Example said`.
const MAX_PREFIX = 6;
// How far a verb may follow its name, appositive included.
const MAX_TO_VERB = 60;
// Words of title between an inverted verb and its name.
const MAX_INVERTED = 12;
const RELATIVES = new Set(["who", "whom", "whose", "which", "that", "where", "when"]);
// Words in a whole attribution sentence after a quotation that closed its own sentence.
const MAX_CLOSED_CLAUSE = 6;
// Words before a verb that show it is not the attribution's own ("and said", "before saying").
const LINKS = new Set(["and", "but", "or", "nor", "then", "yet", "so", "because", "although"]);

/**
 * The speaker of a quotation from the words right after it (`tokens`, from the closing mark on).
 * Only a clause that starts there counts, so a later sentence is never mistaken for one:
 * `“…,” Smith said`, `“…,” said Smith`, `“…,” Smith, a former official, said`,
 * `“…,” according to Smith`, `“…,” he added`, and `“…,” officials said` (unnamed).
 * `closedSentence` says the quotation ended its own sentence (`“We are done.”`): then only a
 * short attribution sentence of its own counts (`“We are done.” Smith said.`).
 */
export function attributeAfter(
  ctx: AttributionContext,
  tokens: readonly AttributionToken[],
  closedSentence = false,
): AttributionFound | null {
  let i = 0;
  while (i < 2 && isLeadPunctuation(tokens[i])) i++;
  const first = tokens[i];
  if (!first?.word) return null;
  const end = clauseEnd(tokens, i);
  // After `“We are done.”` a new sentence starts; only a bare `Smith said.` still attributes it.
  if (
    closedSentence &&
    (end - i > MAX_CLOSED_CLAUSE || tokens.slice(i, end).some((t) => !t.word))
  ) {
    return null;
  }

  if (first.lower === "according" && tokens[i + 1]?.lower === "to") {
    const m = nameIn(ctx, tokens, i + 2, Math.min(end, i + 2 + MAX_PREFIX));
    return m ? { kind: "mention", mention: m, end: m.end } : null;
  }
  if (PRONOUNS.has(first.lower)) {
    const verb = tokens[skipAdverbs(tokens, i + 1)];
    if (verb?.word && isAttributionVerb(verb.lower)) {
      return { kind: "pronoun", pronoun: first.lower, at: first.start, end: verb.end };
    }
    return null;
  }
  if (isAttributionVerb(first.lower) && !first.lower.endsWith("ing")) {
    // Inverted: “…,” said Smith / “…,” added he.
    const next = tokens[skipAdverbs(tokens, i + 1)];
    if (next?.word && PRONOUNS.has(next.lower)) {
      return { kind: "pronoun", pronoun: next.lower, at: next.start, end: next.end };
    }
    const m = nameIn(ctx, tokens, i + 1, invertedNameEnd(tokens, i + 1, end));
    return m ? { kind: "mention", mention: m, end: m.end } : { kind: "unnamed" };
  }

  // Name first: the name must come within a few words, before any comma.
  let prefixEnd = i;
  while (prefixEnd < end && prefixEnd - i < MAX_PREFIX && tokens[prefixEnd]?.word) prefixEnd++;
  const m = nameIn(ctx, tokens, i, prefixEnd);
  if (!m) return unnamedSpeaker(tokens, i, prefixEnd);
  const lead = tokens.findLast((t) => t.end <= m.start);
  if (lead && lead.start >= first.start && PREPOSITIONS.has(lead.lower)) return null;
  for (let k = i; k < end && k - i < MAX_TO_VERB; k++) {
    const t = tokens[k];
    if (!t || t.start < m.end || !t.word || !isAttributionVerb(t.lower)) continue;
    return gapKind(ctx.text, m.end, t.start) ? { kind: "mention", mention: m, end: t.end } : null;
  }
  return null;
}

/**
 * Where the name after an inverted verb must start by: within a dozen words of title
 * (`said the Deputy Secretary of State for Asian Affairs, Jane Roe`), before a relative clause
 * that would bring in someone else (`said the officials, who met Jane Roe`).
 */
function invertedNameEnd(tokens: readonly AttributionToken[], from: number, end: number): number {
  let k = from;
  let commas = 0;
  while (k < end && k - from < MAX_INVERTED) {
    const t = tokens[k];
    if (!t || RELATIVES.has(t.lower) || (t.text === "," && ++commas > 1)) break;
    k++;
  }
  return k;
}

function isLeadPunctuation(t: AttributionToken | undefined): boolean {
  return t !== undefined && !t.word && (t.text === "," || t.text === "—" || t.text === "–");
}

/** Index of the first sentence end or quotation mark at or after `from` (or the length). */
function clauseEnd(tokens: readonly AttributionToken[], from: number): number {
  let k = from;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t || isTerminator(t) || isQuoteToken(t)) break;
    k++;
  }
  return k;
}

function skipAdverbs(tokens: readonly AttributionToken[], from: number): number {
  let k = from;
  while (k < from + 2 && tokens[k]?.word && ADVERBS.has(tokens[k]?.lower ?? "")) k++;
  return k;
}

/** The first non-possessive speaker starting among tokens[from, to). */
function nameIn(
  ctx: AttributionContext,
  tokens: readonly AttributionToken[],
  from: number,
  to: number,
): NameMention | null {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return null;
  const m = firstSpeakerIn(ctx, a.start, Number.MAX_SAFE_INTEGER);
  if (!m || m.start >= b.end || isPossessive(ctx.text, m)) return null;
  return m;
}

/** `“…,” officials said`: a verb of saying within the first few words, with no name. */
function unnamedSpeaker(
  tokens: readonly AttributionToken[],
  from: number,
  to: number,
): AttributionFound | null {
  for (let k = from; k < to && k <= from + 4; k++) {
    const t = tokens[k];
    if (!t?.word || LINKS.has(t.lower) || PREPOSITIONS.has(t.lower)) return null;
    if (k > from && isAttributionVerb(t.lower) && !t.lower.endsWith("ing")) {
      return { kind: "unnamed" };
    }
  }
  return null;
}
