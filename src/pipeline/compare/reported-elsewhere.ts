import type { Frame } from "../../core/event/frame.ts";
import { sameMeasure } from "../../core/event/measure.ts";
import type { ArticleFacts, ClaimKind, ClaimValue, StoryEvent } from "../../core/model.ts";
import { stem } from "../../core/text/stem.ts";
import { FUNCTION_WORDS } from "../../core/text/stopwords.ts";
import { keyParts, words } from "../../core/text/words.ts";

/** "<source>#<sentence>": one sentence of one source. */
type Key = string;

/** Where the happenings several sources tell are mentioned, the other sources' sentences. */
export interface Elsewhere {
  /** For each sentence mentioning such a happening, the other sources' sentences mentioning it. */
  sentences: Map<Key, Key[]>;
  /** Per source, the spans of its words that name such a happening ("killed", "the fire"). */
  words: Map<string, { start: number; end: number }[]>;
}

/** The happenings (the events stage) that more than one source mentions, indexed for lookups. */
export function reportedElsewhere(events: readonly StoryEvent[]): Elsewhere {
  const sentences = new Map<Key, Key[]>();
  const words = new Map<string, { start: number; end: number }[]>();
  for (const e of events) {
    if (e.sources.length < 2) continue;
    for (const m of e.mentions) {
      const key = `${m.source}#${m.sentence}`;
      const others = e.mentions
        .filter((o) => o.source !== m.source)
        .map((o) => `${o.source}#${o.sentence}`);
      sentences.set(key, [...(sentences.get(key) ?? []), ...others]);
      words.set(m.source, [...(words.get(m.source) ?? []), { start: m.start, end: m.end }]);
    }
  }
  return { sentences, words };
}

export interface FactContext {
  elsewhere: Elsewhere;
  factsOf: (source: string) => ArticleFacts | undefined;
  /** The clauses of a source's sentence (see storyReports). */
  framesOf: (source: string, sentence: number) => readonly Frame[];
  /** The story's sources, by id. */
  sources: readonly string[];
  /** A source's whole text as its words: lower case, one space apart (see wordsOf). */
  wordsOf: (source: string) => string;
  /** A source's text as written. */
  textOf: (source: string) => string;
  /** Each sentence of a source as its words' stems (see sentenceStems), made once a source. */
  stemsOf: (source: string) => readonly ReadonlySet<string>[];
}

/**
 * Whether a fact one source alone gives may yet be told by another, so that it must not be
 * shown as "only one source says":
 * - a figure whose own clause tells a happening another source tells too: "the quake killed
 *   five" when another source says the quake "killed several". The other told it in other words
 *   or without the number; the aligners' silence proves nothing. A count in a clause of its own
 *   ("engineers inspected 300 bridges") stays one source's.
 * - a date or place when another source's sentence on the same happening gives a date or place
 *   too: which is right is then unknown. One that gives none leaves "only B says when" true.
 * - a quote when another source quotes the same words, whoever it names as the speaker (most of
 *   the shorter quote's words are in the other), tells most of its words in one sentence of its
 *   own, or, in a sentence on the same happening, quotes the same speaker: maybe the same words,
 *   cut elsewhere.
 */
export function toldAlikeElsewhere(kind: ClaimKind, v: ClaimValue, ctx: FactContext): boolean {
  if (kind === "quote" && quotedElsewhere(v, ctx)) return true;
  if (kind === "figure" && figuredElsewhere(v, ctx)) return true;
  if (kind === "date" && datedElsewhere(v, ctx)) return true;
  if (kind === "place" && placedElsewhere(v, ctx)) return true;
  const key = `${v.source}#${v.sentence}`;
  const others = ctx.elsewhere.sentences.get(key);
  if (!others || others.length === 0) return false;
  if (kind === "quote") {
    const speakers = new Set(
      quotesIn(ctx.factsOf(v.source), v.sentence).flatMap((q) => (q.speaker ? [q.speaker] : [])),
    );
    return others.some((o) => {
      const cut = o.lastIndexOf("#");
      return quotesIn(ctx.factsOf(o.slice(0, cut)), Number(o.slice(cut + 1))).some(
        (q) => q.speaker !== null && speakers.has(q.speaker),
      );
    });
  }
  if (kind === "date" || kind === "place") {
    // "Only B says when (or where)": true unless the other's sentence gives a date (a place) too.
    return others.some((o) => {
      const cut = o.lastIndexOf("#");
      const facts = ctx.factsOf(o.slice(0, cut));
      const n = Number(o.slice(cut + 1));
      return kind === "date"
        ? (facts?.dates ?? []).some((d) => d.sentence === n)
        : (facts?.names ?? []).some((x) => x.sentence === n && x.type === "place");
    });
  }
  const clause = clauseOf(ctx.framesOf(v.source, v.sentence), v);
  if (!clause) return true;
  return (ctx.elsewhere.words.get(v.source) ?? []).some(
    (w) => w.start >= clause.start && w.end <= clause.end,
  );
}

/**
 * Whether another source gives a figure of the same kind and rate with the same number ("about
 * 400" members of a sect, "400 followers"), which the aligners may have left apart for want of
 * a shared happening: "only one source says" would not be true.
 */
function figuredElsewhere(v: ClaimValue, ctx: FactContext): boolean {
  const own = (ctx.factsOf(v.source)?.figures ?? []).find(
    (f) => f.sentence === v.sentence && f.start <= v.start && v.end <= f.end,
  );
  if (!own) return false;
  // "110 billion euros (93.6 billion pounds)": the conversion restates the figure before it,
  // which is the one compared; alone it would be "only one source says" on a technicality.
  const text = ctx.textOf(v.source);
  const restates = (ctx.factsOf(v.source)?.figures ?? []).some(
    (f) =>
      f !== own &&
      f.sentence === own.sentence &&
      f.end <= own.start &&
      /^\s*[([]\s*(?:about|around|roughly|some|nearly|almost|over)?\s*$/iu.test(
        text.slice(f.end, own.start),
      ),
  );
  if (restates) return true;
  return ctx.sources.some(
    (id) =>
      id !== v.source &&
      (ctx.factsOf(id)?.figures ?? []).some(
        (f) =>
          f.kind === own.kind &&
          (f.kind !== "money" || f.currency === own.currency) &&
          (f.rate ?? "") === (own.rate ?? "") &&
          // A measure converted to another unit ("2.5 cm", "0.98 inches") is rarely chance.
          ((sameAmount(f, own) && !smallCount(own)) ||
            (f.noun !== own.noun && sameMeasure(f, own))),
      ),
  );
}

/**
 * Whether another source names the same day (or the same month, year…) anywhere: "only A says
 * when" the deputy was killed is not true when B dates the killing in another sentence, which
 * the event model did not link. Which sentence B put it in says nothing about whether it did.
 */
function datedElsewhere(v: ClaimValue, ctx: FactContext): boolean {
  const own = (ctx.factsOf(v.source)?.dates ?? []).find(
    (d) => d.sentence === v.sentence && d.start < v.end && v.start < d.end && d.value,
  )?.value;
  if (!own) return false;
  const day = (iso: string) => iso.slice(5);
  return ctx.sources.some(
    (id) =>
      id !== v.source &&
      (ctx.factsOf(id)?.dates ?? []).some(
        (d) =>
          d.value !== null &&
          d.value.precision === own.precision &&
          (d.value.start === own.start ||
            // A day named without its year may have been given the wrong one.
            (own.precision === "day" && day(d.value.start) === day(own.start))) &&
          (d.value.end === own.end || own.precision === "day"),
      ),
  );
}

/** Whether another source names the same place anywhere (see datedElsewhere). */
function placedElsewhere(v: ClaimValue, ctx: FactContext): boolean {
  const own = (ctx.factsOf(v.source)?.names ?? []).find(
    (n) => n.type === "place" && n.sentence === v.sentence && n.start < v.end && v.start < n.end,
  );
  const key = own?.placeId ?? own?.entity;
  if (!key) return false;
  return ctx.sources.some(
    (id) =>
      id !== v.source &&
      (ctx.factsOf(id)?.names ?? []).some(
        (n) => n.type === "place" && (n.placeId ?? n.entity) === key,
      ),
  );
}

/**
 * The same number, or for money the same amount rounded ("$22.1 billion", "$22 billion";
 * "$99.99", "$99"): two sums of one currency within a hundredth of each other in one story are
 * one sum far more often than two.
 */
function sameAmount(a: { kind: string; value: number }, b: { kind: string; value: number }) {
  if (a.value === b.value) return true;
  if (a.kind !== "money") return false;
  const large = Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= large * MONEY_ROUNDING;
}

const MONEY_ROUNDING = 0.01;

/** Counts under ten recur in any story ("two children", "three days"): alone they tell nothing. */
const smallCount = (f: { kind: string; value: number }) => f.kind === "count" && f.value < 10;

/** Share of the shorter quote's words the other holds, from which two quotes are one. */
const SAME_WORDS = 0.6;
/** Quotes shorter than this many words are too common to tell ("no comment"). */
const MIN_QUOTE_WORDS = 4;

function quotedElsewhere(v: ClaimValue, ctx: FactContext): boolean {
  const own = quoteWords(v.value);
  // The very same words in another source, quoted or not ("potentially suspicious", a title,
  // a phrase of a statement both copied): "only A quotes this" would mislead.
  const phrase = ` ${wordsOf(v.value)} `;
  if (
    phrase.trim() !== "" &&
    ctx.sources.some((id) => id !== v.source && ` ${ctx.wordsOf(id)} `.includes(phrase))
  )
    return true;
  const others = ctx.sources.filter((id) => id !== v.source);
  /** Whether a quote of another source, as its words, passes `test`. */
  const anyOtherQuote = (test: (other: ReadonlySet<string>) => boolean) =>
    others.some((id) => (ctx.factsOf(id)?.quotes ?? []).some((q) => test(quoteWords(q.quote))));
  // A short cry or remark that another source's quote holds, or holds all of ("Mama, I've been
  // hurt", "Mama, I got hurt"): one remark, worded two ways.
  if (own.size >= 2 && own.size < MIN_QUOTE_WORDS) {
    return anyOtherQuote((other) => {
      const least = Math.min(own.size, other.size);
      return least >= 2 && shared(own, other) === least;
    });
  }
  if (own.size < MIN_QUOTE_WORDS) return false;
  const sameWords = anyOtherQuote(
    (other) =>
      other.size >= MIN_QUOTE_WORDS &&
      shared(own, other) / Math.min(own.size, other.size) >= SAME_WORDS,
  );
  if (sameWords) return true;
  // Most of what is quoted, told by another source in one sentence of its own words: "the
  // statement expressed its deepest condolences to the families" for a quoted statement.
  const stems = new Set([...own].map((w) => stem(w)));
  return others.some((id) =>
    ctx.stemsOf(id).some((other) => shared(stems, other) / stems.size >= TOLD_WORDS),
  );
}

/** How many of `a`'s words `b` has. */
function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Each sentence of a text as the stems of its words (function words left out). */
export function sentenceStems(
  text: string,
  sentences: readonly { start: number; end: number }[],
): Set<string>[] {
  return sentences.map(
    (r) => new Set([...quoteWords(text.slice(r.start, r.end))].map((w) => stem(w))),
  );
}

/** Share of a quote's words (stemmed) another source's one sentence must have to tell it. */
const TOLD_WORDS = 0.6;

/** A text's words as comparison keys them (core/text/words.ts), one space apart. */
export function wordsOf(text: string): string {
  return words(text)
    .flatMap((w) => keyParts(w.key))
    .join(" ");
}

function quoteWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}'’]*/gu) ?? [])
      // "I've", "we're", "she'll" are their function word: the ending says nothing more.
      .map((w) => w.replace(CONTRACTED, ""))
      .filter((w) => !FUNCTION_WORDS.has(w)),
  );
}

const CONTRACTED = /['’](?:ve|re|ll|d|s|m)$/u;

function quotesIn(facts: ArticleFacts | undefined, sentence: number) {
  return (facts?.quotes ?? []).filter((q) => q.sentence === sentence);
}

/** The clause that holds the value's words, or the nearest one before them. */
function clauseOf(frames: readonly Frame[], v: ClaimValue): Frame | undefined {
  const holding = frames.filter((f) => f.start <= v.start && v.end <= f.end);
  if (holding.length > 0)
    return holding.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return frames.filter((f) => f.start <= v.start).at(-1) ?? frames[0];
}
