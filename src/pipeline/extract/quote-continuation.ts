import { type AttributionContext, firstSpeakerIn } from "./attribution-context.ts";
import { hasAttributionVerb } from "./attribution-lexicon.ts";
import { type AttributionToken, tokenizeRange } from "./attribution-tokens.ts";
import type { ParagraphQuote } from "./quote-spans.ts";
import type { QuoteSpeaker } from "./quote-speaker.ts";

// A quotation with no attribution of its own continues the previous one's speaker when at most
// this many words, none of them a name, separate it from that speaker's attribution.
const CONTINUATION_WORDS = 8;
// ... and at most this many characters.
const CONTINUATION_CHARS = 200;

/**
 * A quotation with no attribution of its own that continues the previous one: split around its
 * attribution (`“A,” Smith said. “B.”`), coordinated (`called it “A” and “B”`), or reopened in
 * the next paragraph after being left open (the news convention for long quotations).
 */
export function continuedSpeaker(
  ctx: AttributionContext,
  previous: QuoteSpeaker,
  prev: ParagraphQuote | undefined,
  q: ParagraphQuote,
  paragraphStart: number,
): QuoteSpeaker | null {
  if (!previous.mention || !prev) return null;
  const inherit = { ...previous, end: q.end };
  if (prev.paragraph === q.paragraph - 1) {
    return !prev.closed && q.start === paragraphStart ? inherit : null;
  }
  if (prev.paragraph !== q.paragraph || previous.end > q.start) return null;
  if (q.start - previous.end > CONTINUATION_CHARS) return null;
  if (firstSpeakerIn(ctx, previous.end, q.start)) return null;
  const words = tokenizeRange(ctx.text, previous.end, q.start).filter((t) => t.word).length;
  return words <= CONTINUATION_WORDS ? inherit : null;
}

/**
 * `“This is,” Smith said, pausing, “a disaster.”`: the second half of a quotation split by its
 * attribution, which is as full as the first even when it starts in lowercase.
 */
export function resumesSplitQuote(
  text: string,
  prev: ParagraphQuote | undefined,
  q: ParagraphQuote,
  before: readonly AttributionToken[],
): boolean {
  if (!prev || prev.paragraph !== q.paragraph || before[before.length - 1]?.text !== ",") {
    return false;
  }
  const prevInner = text.slice(prev.innerStart, prev.innerEnd).trimEnd();
  return prevInner.endsWith(",") && hasAttributionVerb(before);
}
