import type { Article, NameMention, QuoteMention } from "../model.ts";
import { attributeAfter } from "./attribution-after.ts";
import { attributeBefore, introducesQuote } from "./attribution-before.ts";
import {
  type AttributionContext,
  type AttributionFound,
  firstSpeakerIn,
  sentenceAt,
  speakerRange,
  speakersBackFrom,
} from "./attribution-context.ts";
import { isAttributionVerb } from "./attribution-lexicon.ts";
import { subjectFinder } from "./attribution-subject.ts";
import { type AttributionToken, isTerminator, tokenizeRange } from "./attribution-tokens.ts";
import {
  countWords,
  endsLikeUtterance,
  FULL_QUOTE_WORDS,
  isPartialQuote,
  startsLowercase,
} from "./quote-partial.ts";
import { findQuoteSpans, type ParagraphQuote } from "./quote-spans.ts";

// How much text around a quotation the attribution rules read. Each window also stops at the
// neighbouring quotation, so the windows never overlap and the whole pass stays linear.
const BEFORE_CHARS = 600;
const AFTER_CHARS = 300;
// A quotation with no attribution of its own continues the previous one's speaker when at most
// this many words, none of them a name, separate it from that speaker's attribution.
const CONTINUATION_WORDS = 8;

type Attribution = QuoteMention["attribution"];

interface Speaker {
  mention: NameMention | null;
  attribution: Attribution;
  /** Where the attribution clause ends: a following quotation may continue from here. */
  end: number;
  /** A verb of saying with an unnamed subject ("officials said"): nobody named said it. */
  unnamed: boolean;
}

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
  let previous: Speaker | null = null;
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

    let speaker = attribute(ctx, subjects, q, before, beforeStart, after);
    if (!speaker.mention && before.length === 0 && q.start === paragraph.start) {
      speaker = colonFromPreviousParagraph(ctx, subjects, article, q, prev) ?? speaker;
    }
    if (!speaker.mention && !speaker.unnamed && previous) {
      speaker = continued(ctx, previous, prev, q, paragraph.start) ?? speaker;
    }
    previous = speaker;

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

/**
 * Who said one quotation. A quotation handed over by a colon or a verb (`Smith said, “…”`) takes
 * the speaker before it; otherwise an attribution right after it wins (`“…,” Smith said`), then
 * one before it in the same sentence (`Smith called it a “…”`), then the subject of the sentence
 * when a verb of saying occurs in it.
 */
function attribute(
  ctx: AttributionContext,
  subjects: ReturnType<typeof subjectFinder>,
  q: ParagraphQuote,
  before: readonly AttributionToken[],
  beforeStart: number,
  after: readonly AttributionToken[],
): Speaker {
  const fromBefore = attributeBefore(ctx, before, beforeStart);
  const colon = before[before.length - 1]?.text === ":";
  if (colon) {
    const named = nameRightBefore(ctx, before, beforeStart);
    if (named) return found({ kind: "mention", mention: named, end: q.end }, "colon", subjects, q);
    if (fromBefore && fromBefore.kind !== "unnamed") return found(fromBefore, "colon", subjects, q);
    // `Smith, however, was unconvinced: “…”`: the colon hands the sentence's subject the floor.
    const subject = fromBefore ? null : subjects.subject(sentenceAt(ctx, q.start), "person");
    if (subject && subject.end <= q.start) {
      return found({ kind: "mention", mention: subject, end: q.end }, "colon", subjects, q);
    }
  }
  if (fromBefore && introducesQuote(before)) return found(fromBefore, "before", subjects, q);
  const fromAfter = attributeAfter(ctx, after, closesSentence(ctx.text, q));
  if (fromAfter) return found(fromAfter, "after", subjects, q);
  if (fromBefore) return found(fromBefore, "before", subjects, q);
  if (hasVerb(before) || hasVerb(untilSentenceEnd(after))) {
    const s = sentenceAt(ctx, q.start);
    const subject = subjects.subject(s, "person");
    if (subject) {
      const where = subject.start < q.start ? "before" : "after";
      return {
        mention: subject,
        attribution: where,
        end: Math.max(q.end, subject.end),
        unnamed: false,
      };
    }
  }
  return nobody(q.end, false);
}

function found(
  f: AttributionFound,
  how: Exclude<Attribution, null | "pronoun">,
  subjects: ReturnType<typeof subjectFinder>,
  q: ParagraphQuote,
): Speaker {
  if (f.kind === "unnamed") return nobody(q.end, true);
  if (f.kind === "mention") {
    return { mention: f.mention, attribution: how, end: Math.max(q.end, f.end), unnamed: false };
  }
  const m = subjects.antecedent(f.pronoun, f.at);
  // "They said" or a pronoun with no name to go back to: someone, but nobody we can name.
  if (!m) return nobody(q.end, true);
  return { mention: m, attribution: "pronoun", end: Math.max(q.end, f.end), unnamed: false };
}

function nobody(end: number, unnamed: boolean): Speaker {
  return { mention: null, attribution: null, end, unnamed };
}

/** `Smith: “…”`: a name that ends right at the colon. */
function nameRightBefore(
  ctx: AttributionContext,
  before: readonly AttributionToken[],
  beforeStart: number,
): NameMention | null {
  const colon = before[before.length - 1];
  if (!colon) return null;
  const [m] = speakersBackFrom(ctx, beforeStart, colon.start, 1);
  if (!m || ctx.text.slice(m.end, colon.start).trim() !== "") return null;
  return m;
}

/**
 * `Smith said:` closing one paragraph and the quotation opening the next: news style for long
 * quotations.
 */
function colonFromPreviousParagraph(
  ctx: AttributionContext,
  subjects: ReturnType<typeof subjectFinder>,
  article: Article,
  q: ParagraphQuote,
  prev: ParagraphQuote | undefined,
): Speaker | null {
  const p = article.paragraphs[q.paragraph - 1];
  if (!p) return null;
  const s = Math.max(0, sentenceAt(ctx, p.end - 1));
  const start = Math.max(
    p.start,
    article.sentences[s]?.start ?? p.start,
    prev && prev.paragraph === q.paragraph - 1 ? prev.end : p.start,
    p.end - BEFORE_CHARS,
  );
  const tokens = tokenizeRange(ctx.text, start, p.end);
  if (tokens[tokens.length - 1]?.text !== ":") return null;
  const named = nameRightBefore(ctx, tokens, start);
  if (named) return found({ kind: "mention", mention: named, end: q.end }, "colon", subjects, q);
  const f = attributeBefore(ctx, tokens, start);
  return f ? found(f, "colon", subjects, q) : null;
}

/**
 * A quotation with no attribution of its own that continues the previous one: split around its
 * attribution (`“A,” Smith said. “B.”`), coordinated (`called it “A” and “B”`), or reopened in
 * the next paragraph after being left open (the news convention for long quotations).
 */
function continued(
  ctx: AttributionContext,
  previous: Speaker,
  prev: ParagraphQuote | undefined,
  q: ParagraphQuote,
  paragraphStart: number,
): Speaker | null {
  if (!previous.mention || !prev) return null;
  const inherit = { ...previous, end: q.end };
  if (prev.paragraph === q.paragraph - 1) {
    return !prev.closed && q.start === paragraphStart ? inherit : null;
  }
  if (prev.paragraph !== q.paragraph || previous.end > q.start) return null;
  if (q.start - previous.end > 200) return null;
  if (firstSpeakerIn(ctx, previous.end, q.start)) return null;
  const words = tokenizeRange(ctx.text, previous.end, q.start).filter((t) => t.word).length;
  return words <= CONTINUATION_WORDS ? inherit : null;
}

/**
 * `“This is,” Smith said, pausing, “a disaster.”`: the second half of a quotation split by its
 * attribution, which is as full as the first even when it starts in lowercase.
 */
function resumesSplitQuote(
  text: string,
  prev: ParagraphQuote | undefined,
  q: ParagraphQuote,
  before: readonly AttributionToken[],
): boolean {
  if (!prev || prev.paragraph !== q.paragraph || before[before.length - 1]?.text !== ",") {
    return false;
  }
  const prevInner = text.slice(prev.innerStart, prev.innerEnd).trimEnd();
  return prevInner.endsWith(",") && hasVerb(before);
}

/** The quoted words end their own sentence with a period: `“We are done.”` */
function closesSentence(text: string, q: ParagraphQuote): boolean {
  let i = q.innerEnd - 1;
  while (i > q.innerStart && /\s/.test(text[i] ?? "")) i--;
  return text[i] === "." || text[i] === "…";
}

function hasVerb(tokens: readonly AttributionToken[]): boolean {
  return tokens.some((t) => t.word && isAttributionVerb(t.lower));
}

function untilSentenceEnd(tokens: readonly AttributionToken[]): AttributionToken[] {
  const end = tokens.findIndex(isTerminator);
  return end < 0 ? [...tokens] : tokens.slice(0, end);
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
