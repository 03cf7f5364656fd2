import { ADVERBS, APPOSITIVE_STARTS, LINKING_PREPOSITIONS } from "./attribution-lexicon.ts";
import {
  type AttributionToken,
  isQuoteToken,
  isTerminator,
  tokenizeRange,
} from "./attribution-tokens.ts";

/**
 * How a name reaches the verb that follows it, judged from the text between them:
 * - "direct": nothing, or a few adverbs, auxiliaries, capitalized words and linking prepositions
 *   ("Smith said", "Smith has since said", "Smith III of Ukraine on Monday said");
 * - "appositive": a phrase set off by commas or dashes that describes the name
 *   ("Smith, a former official and now a scholar at the Institute, said");
 * - null: anything else, so the name is not the verb's subject ("Smith’s aides said",
 *   "the talks with Smith ended, and officials said").
 */
export type GapKind = "direct" | "appositive" | null;

const MAX_DIRECT_WORDS = 5;
const MAX_APPOSITIVE_CHARS = 300;

export function gapKind(text: string, start: number, end: number): GapKind {
  if (end < start || end - start > MAX_APPOSITIVE_CHARS + 20) return null;
  const tokens = withoutParentheses(tokenizeRange(text, start, end));
  if (!tokens) return null;
  if (tokens.length === 0) return "direct";
  if (isDirect(tokens)) return "direct";
  return isAppositive(tokens) ? "appositive" : null;
}

/** Drops "(R-Texas)"-style asides; null when a bracket is left open. */
function withoutParentheses(tokens: AttributionToken[]): AttributionToken[] | null {
  const out: AttributionToken[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "(") depth++;
    else if (t.text === ")") {
      if (depth === 0) return null;
      depth--;
    } else if (depth === 0) out.push(t);
  }
  return depth === 0 ? out : null;
}

function isDirect(tokens: AttributionToken[]): boolean {
  if (tokens.length > MAX_DIRECT_WORDS) return false;
  return tokens.every((t, k) => {
    if (!t.word) return false;
    if (t.cap || ADVERBS.has(t.lower)) return true;
    return LINKING_PREPOSITIONS.has(t.lower) && tokens[k + 1]?.cap === true;
  });
}

function isSeparator(t: AttributionToken | undefined): boolean {
  return t !== undefined && !t.word && (t.text === "," || t.text === "—" || t.text === "–");
}

function isAppositive(tokens: AttributionToken[]): boolean {
  const first = tokens[0];
  if (!isSeparator(first)) return false;
  // The closing separator, possibly followed by an adverb or two ("…, later said").
  let close = tokens.length - 1;
  while (close > 0 && tokens[close]?.word && ADVERBS.has(tokens[close]?.lower ?? "")) close--;
  if (close <= 1 || tokens.length - 1 - close > 2 || !isSeparator(tokens[close])) return false;
  const head = tokens[1];
  const last = tokens[close - 1];
  if (!head?.word || !last || !first) return false;
  if (last.end - first.end > MAX_APPOSITIVE_CHARS) return false;
  if (!(head.cap || APPOSITIVE_STARTS.has(head.lower) || /(?:ing|ed)$/.test(head.lower))) {
    return false;
  }
  for (let k = 1; k < close; k++) {
    const t = tokens[k];
    if (t && (isTerminator(t) || isQuoteToken(t) || t.text === ";" || t.text === ":")) return false;
  }
  return true;
}
