import type { Article, NameMention, QuoteMention } from "../../core/model.ts";
import { shortForms } from "../../core/names/short-forms.ts";
import { attributeAfter } from "./attribution-after.ts";
import { attributeBefore, introducesQuote } from "./attribution-before.ts";
import {
  type AttributionContext,
  type AttributionFound,
  firstSpeakerFrom,
  sentenceAt,
  speakersBackFrom,
} from "./attribution-context.ts";
import { hasAttributionVerb, PERSON_PRONOUNS } from "./attribution-lexicon.ts";
import type { SubjectFinder } from "./attribution-subject.ts";
import { type AttributionToken, isTerminator, tokenizeRange } from "./attribution-tokens.ts";
import type { ParagraphQuote } from "./quote-spans.ts";

/** How far back the words before a quotation are read. */
export const BEFORE_CHARS = 600;

type Attribution = QuoteMention["attribution"];

/** Who said a quotation, as far as the words around it tell. */
export interface QuoteSpeaker {
  mention: NameMention | null;
  attribution: Attribution;
  /** Where the attribution clause ends: a following quotation may continue from here. */
  end: number;
  /** A verb of saying with an unnamed subject ("officials said"): nobody named said it. */
  unnamed: boolean;
}

/**
 * Who said one quotation. A quotation handed over by a colon or a verb (`Smith said, “…”`) takes
 * the speaker before it; otherwise an attribution right after it wins (`“…,” Smith said`), then
 * one before it in the same sentence (`Smith called it a “…”`), then the subject of the sentence
 * when a verb of saying occurs in it.
 */
export function attributeQuote(
  ctx: AttributionContext,
  subjects: SubjectFinder,
  q: ParagraphQuote,
  before: readonly AttributionToken[],
  beforeStart: number,
  after: readonly AttributionToken[],
): QuoteSpeaker {
  const fromBefore = attributeBefore(ctx, before, beforeStart);
  const colon = before[before.length - 1]?.text === ":";
  if (colon) {
    const named = nameRightBefore(ctx, before, beforeStart);
    if (named)
      return found({ kind: "mention", mention: named, end: q.end }, "colon", subjects, q, ctx);
    if (fromBefore && fromBefore.kind !== "unnamed")
      return found(fromBefore, "colon", subjects, q, ctx);
    // `Smith, however, was unconvinced: “…”`: the colon hands the sentence's subject the floor.
    const subject = fromBefore ? null : subjects.subject(sentenceAt(ctx, q.start), "person");
    if (subject && subject.end <= q.start) {
      return found({ kind: "mention", mention: subject, end: q.end }, "colon", subjects, q, ctx);
    }
  }
  if (fromBefore && introducesQuote(before)) return found(fromBefore, "before", subjects, q, ctx);
  const fromAfter = attributeAfter(ctx, after, closesSentence(ctx.text, q));
  if (fromAfter) return found(fromAfter, "after", subjects, q, ctx);
  if (fromBefore) return found(fromBefore, "before", subjects, q, ctx);
  if (hasAttributionVerb(before) || hasAttributionVerb(untilSentenceEnd(after))) {
    const s = sentenceAt(ctx, q.start);
    const subject = subjects.subject(s, "person");
    if (subject && !afterPronoun(ctx, s, subject)) {
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
  subjects: SubjectFinder,
  q: ParagraphQuote,
  ctx: AttributionContext,
): QuoteSpeaker {
  if (f.kind === "unnamed") return nobody(q.end, true);
  if (f.kind === "mention") {
    return { mention: f.mention, attribution: how, end: Math.max(q.end, f.end), unnamed: false };
  }
  const m = subjects.antecedent(f.pronoun, f.at);
  // "They said" or a pronoun with no name to go back to: someone, but nobody we can name.
  if (!m) return nobody(q.end, true);
  // "He called Smith a “liar”": the one his verb names is not who "he" is, whoever was named
  // before.
  for (let i = firstSpeakerFrom(ctx, f.at + 1); i < ctx.speakers.length; i++) {
    const s = ctx.speakers[i] as NameMention;
    if (s.start >= q.start) break;
    if (s.end <= q.start && mayBeOnePerson(s.name, m.name)) return nobody(q.end, true);
  }
  return { mention: m, attribution: "pronoun", end: Math.max(q.end, f.end), unnamed: false };
}

/**
 * "He called Smith …": a sentence that opens with "he" or "she" has that for its subject, and
 * a name after it is someone else. (Not "Before he left, Smith said", nor a quote that opens
 * with "He".)
 */
function afterPronoun(ctx: AttributionContext, s: number, m: NameMention): boolean {
  const from = ctx.sentences[s]?.start ?? m.start;
  const opening = /^\s*(\p{L}+)/u.exec(ctx.text.slice(from, m.start))?.[1]?.toLowerCase();
  return opening !== undefined && PERSON_PRONOUNS.has(opening);
}

/** Two written names that may be one person's: one is the other, or a short form of it. */
function mayBeOnePerson(a: string, b: string): boolean {
  const forms = (name: string) => [name, ...shortForms(name)].map((f) => f.toLowerCase());
  const fb = forms(b);
  return forms(a).some((f) => fb.includes(f));
}

function nobody(end: number, unnamed: boolean): QuoteSpeaker {
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
export function colonFromPreviousParagraph(
  ctx: AttributionContext,
  subjects: SubjectFinder,
  article: Article,
  q: ParagraphQuote,
  prev: ParagraphQuote | undefined,
): QuoteSpeaker | null {
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
  if (named)
    return found({ kind: "mention", mention: named, end: q.end }, "colon", subjects, q, ctx);
  const f = attributeBefore(ctx, tokens, start);
  return f ? found(f, "colon", subjects, q, ctx) : null;
}

/** The quoted words end their own sentence with a period: `“We are done.”` */
function closesSentence(text: string, q: ParagraphQuote): boolean {
  let i = q.innerEnd - 1;
  while (i > q.innerStart && /\s/.test(text[i] ?? "")) i--;
  return text[i] === "." || text[i] === "…";
}

function untilSentenceEnd(tokens: readonly AttributionToken[]): AttributionToken[] {
  const end = tokens.findIndex(isTerminator);
  return end < 0 ? [...tokens] : tokens.slice(0, end);
}
