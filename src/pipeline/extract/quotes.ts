import type { Article, NameMention, QuoteMention } from "../../core/model.ts";
import { introducesQuote } from "./attribution-before.ts";
import { type AttributionContext, sentenceAt, speakerRange } from "./attribution-context.ts";
import { subjectFinder } from "./attribution-subject.ts";
import { tokenizeRange } from "./attribution-tokens.ts";
import { continuedSpeaker, resumesSplitQuote } from "./quote-continuation.ts";
import {
  countWords,
  endsLikeUtterance,
  FULL_QUOTE_WORDS,
  isPartialQuote,
  startsLowercase,
} from "./quote-partial.ts";
import { findQuoteSpans, type ParagraphQuote } from "./quote-spans.ts";
import {
  attributeQuote,
  BEFORE_CHARS,
  colonFromPreviousParagraph,
  type QuoteSpeaker,
} from "./quote-speaker.ts";
import { isTitleOfWork } from "./title-of-work.ts";

// How much text after a quotation the attribution rules read. Each window also stops at the
// neighbouring quotation, so windows never overlap and the whole pass stays linear.
const AFTER_CHARS = 300;

/**
 * Every quotation in an article, with its speaker when one can be attributed from the words
 * around it. `speakers` are the article's person and organization mentions, sorted by start.
 */
export function extractQuotes(article: Article, speakers: readonly NameMention[]): QuoteMention[] {
  const { text, paragraphs } = article;
  const spans = findQuoteSpans(text, paragraphs);
  const ctx: AttributionContext = {
    text,
    sentences: article.sentences,
    speakers: outsideQuotes(speakers, spans),
  };
  const subjects = subjectFinder(ctx);
  const out: QuoteMention[] = [];
  let previous: QuoteSpeaker | null = null;
  spans.forEach((q, k) => {
    const prev = spans[k - 1];
    const next = spans[k + 1];
    const paragraph = paragraphs[q.paragraph] ?? { start: q.start, end: q.end };
    const s = Math.max(0, sentenceAt(ctx, q.start));
    const sentenceStart = Math.max(article.sentences[s]?.start ?? 0, paragraph.start);
    const prevEnd = prev?.paragraph === q.paragraph ? prev.end : paragraph.start;
    const beforeStart = Math.max(sentenceStart, prevEnd, q.start - BEFORE_CHARS);
    const afterEnd = Math.min(
      next?.paragraph === q.paragraph ? next.start : paragraph.end,
      q.end + AFTER_CHARS,
    );
    const before = tokenizeRange(text, beforeStart, q.start);
    const after = tokenizeRange(text, q.end, afterEnd);

    let speaker = attributeQuote(ctx, subjects, q, before, beforeStart, after);
    if (!speaker.mention && before.length === 0 && q.start === paragraph.start) {
      speaker = colonFromPreviousParagraph(ctx, subjects, article, q, prev) ?? speaker;
    }
    if (!speaker.mention && !speaker.unnamed && previous) {
      speaker = continuedSpeaker(ctx, previous, prev, q, paragraph.start) ?? speaker;
    }
    previous = speaker;
    // “Example of the Week”, “Today”: the title of a show or a work, not words anyone said.
    const raw = text.slice(q.innerStart, q.innerEnd).trim();
    if (!speaker.mention && isTitleOfWork(raw, text.slice(beforeStart, q.start))) return;

    const opensSentence = beforeStart === sentenceStart && !before.some((t) => t.word);
    const partial = isPartialQuote({
      words: countWords(text, q.innerStart, q.innerEnd, FULL_QUOTE_WORDS),
      startsLowercase: startsLowercase(text, q.innerStart, q.innerEnd),
      introduced: introducesQuote(before) || resumesSplitQuote(text, prev, q, before),
      opensSentence,
      standsAlone:
        !q.closed ||
        speaker.attribution === "after" ||
        (speaker.mention !== null && speaker.end > q.end) ||
        endsLikeUtterance(text, q.innerStart, q.innerEnd),
    });
    out.push({
      type: "quote",
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      sentence: s,
      quote: innerText(text, q),
      speaker: null,
      speakerMention: speaker.mention ? speakerRange(speaker.mention) : null,
      attribution: speaker.mention ? speaker.attribution : null,
      partial,
    });
  });
  return out;
}

/** The quoted words, trimmed, without the comma American style puts inside the closing mark. */
function innerText(text: string, q: ParagraphQuote): string {
  return text.slice(q.innerStart, q.innerEnd).trim().replace(/\s*,$/, "");
}

/** People and organizations outside every quotation, sorted by start. */
function outsideQuotes(
  speakers: readonly NameMention[],
  spans: readonly ParagraphQuote[],
): NameMention[] {
  const sorted = speakers
    .filter((m) => m.type === "person" || m.type === "organization")
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: NameMention[] = [];
  let j = 0;
  for (const m of sorted) {
    while (j < spans.length && (spans[j]?.end ?? 0) <= m.start) j++;
    const q = spans[j];
    if (q && q.start < m.end) continue; // overlaps a quotation
    out.push(m);
  }
  return out;
}
