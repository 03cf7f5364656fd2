import { datesCompatible } from "../../core/event/same-event.ts";
import type { ClaimValue, DateValue, QuoteMention } from "../../core/model.ts";
import { type Alignable, align, weakestPair } from "./align.ts";
import { listOf, quoted } from "./explain.ts";
import type { Draft } from "./order.ts";
import { diffVersions } from "./quote-diff.ts";
import { isExcerpt, keys, mayBeVersions, quoteSimilarity, sameWording } from "./quote-match.ts";
import type { Source } from "./source.ts";

interface Item extends Alignable {
  from: Source;
  quote: QuoteMention;
  /** The resolved dates of the quote's sentence outside the quote: when it was said, often. */
  when: DateValue[];
}

/**
 * One claim per utterance: quotes given to the same speaker that are versions of each other
 * (see quote-match.ts) are aligned best pair first; quotes whose sentences are dated to days
 * that cannot meet are two occasions, not versions, unless the words are the same. The same
 * words (ignoring case and punctuation) agree, and so does an excerpt of a longer version, whose
 * source is marked as quoting more; anything else differs, with a word-level diff. A quote no
 * other source carries, or one without a known speaker, is single-source.
 */
export function quoteClaims(
  story: string,
  sources: readonly Source[],
  names: ReadonlyMap<string, string>,
): Draft[] {
  const items: Item[] = sources.flatMap((from) =>
    from.facts.quotes.map((quote) => ({
      source: from.index,
      start: quote.start,
      from,
      quote,
      // The dates around the quote, not in it ("this year" in the words quoted).
      when: from.facts.dates.flatMap((d) =>
        d.sentence === quote.sentence && d.value && (d.end <= quote.start || d.start >= quote.end)
          ? [d.value]
          : [],
      ),
    })),
  );
  const score = (a: Item, b: Item) => {
    // The same words, whoever one source names as their speaker or leaves unnamed, are one
    // quote: the one that names the speaker tells whose.
    if (a.quote.speaker === null || b.quote.speaker === null) return sameWords(a, b) ? 1 : null;
    if (a.quote.speaker !== b.quote.speaker) return null;
    const similarity = quoteSimilarity(a.quote.quote, b.quote.quote);
    if (similarity === null || similarity === 1) return similarity;
    return datesCompatible(a.when, b.when) ? similarity : null;
  };
  const groups = align(items, { score, threshold: 0 });
  // Quotes already shown: aligned ones, then each single-source one as it is listed.
  const shown = groups.filter((g) => g.length > 1).flat();
  const drafts: Draft[] = [];
  for (const aligned of groups) {
    // Versions that differ are told apart by who said them: an unnamed one only joins the
    // same words (see score), so it is left out of a difference, not put in the speaker's mouth.
    const named = aligned.filter((i) => i.quote.speaker !== null);
    const group = named.length >= 2 && !allSameOrExcerpt(aligned) ? named : aligned;
    const first = group[0];
    if (!first) continue;
    const speaker = group.find((i) => i.quote.speaker !== null)?.quote.speaker ?? null;
    const name = speaker === null ? null : (names.get(speaker) ?? speaker);
    const topic = name === null ? "unattributed quote" : `${name}'s quote`;
    const values = group.map((i) => quoteClaimValue(i.from.article.id, i.quote));
    if (group.length === 1) {
      // The same source quoting the same words twice: the first one shown speaks for both.
      if (shown.some((m) => m.from === first.from && score(m, first) !== null)) continue;
      // A few words in quotation marks that no one is said to have said ("so-called “talks”")
      // are a phrase set apart, not a claim anyone made.
      if (isSetApartPhrase(first.quote)) continue;
      // Another source may quote the same remark in other words: not "only one source".
      if (items.some((m) => m.from !== first.from && mayBeSameRemark(m, first))) continue;
      shown.push(first);
      drafts.push({
        story,
        kind: "quote",
        topic,
        status: "single-source",
        values,
        explanation:
          name === null
            ? `Only ${first.from.label} has this quote, and its speaker is not named.`
            : `Only ${first.from.label} quotes ${name} saying this.`,
      });
      continue;
    }
    const exact = new Set(group.map((i) => keys(i.quote.quote).join(" "))).size === 1;
    // Renderings that differ only in spelling, punctuation or a typo are the same words.
    const same =
      exact || group.every((i) => sameWording(i.quote.quote, (group[0] as Item).quote.quote));
    const confidence = weakestPair(group, score);
    const labels = group.map((i) => i.from.label);
    const who = group.length === 2 ? "Both" : `All ${group.length} sources`;
    if (same) {
      drafts.push({
        story,
        kind: "quote",
        topic,
        status: "agree",
        score: confidence,
        values,
        explanation: exact
          ? `${who} quote ${name ?? "an unnamed speaker"} with the same words.`
          : `${who} quote ${name ?? "an unnamed speaker"} with the same words, apart from spelling and punctuation.`,
      });
      continue;
    }
    const longest = group.reduce((x, y) =>
      keys(y.quote.quote).length > keys(x.quote.quote).length ? y : x,
    );
    if (allSameOrExcerpt(group)) {
      drafts.push({
        story,
        kind: "quote",
        topic,
        status: "agree",
        score: confidence,
        values: values.map((v, k) => (group[k] === longest ? { ...v, note: "quotes more" } : v)),
        explanation: `${who} quote ${name ?? "an unnamed speaker"} with the same words; ${longest.from.label} quotes more.`,
      });
      continue;
    }
    const diff = diffVersions(group.map((i) => i.quote.quote));
    drafts.push({
      story,
      kind: "quote",
      topic,
      status: "differ",
      values,
      score: confidence,
      explanation: `${listOf(labels)} quote ${name} differently: ${group
        .map((i) => `${i.from.label} has ${quoted(i.quote.quote)}`)
        .join("; ")}.`,
      diff: group.map((i, k) => ({ source: i.from.article.id, tokens: diff[k] ?? [] })),
    });
  }
  return drafts;
}

/** Words in quotation marks with fewer words than this and no speaker are a phrase set apart. */
const MIN_CLAIM_WORDS = 4;

/** A short quotation inside a sentence with no speaker: a scare quote, a title, a coined phrase. */
export function isSetApartPhrase(q: QuoteMention): boolean {
  return q.speaker === null && q.partial && keys(q.quote).length < MIN_CLAIM_WORDS;
}

/** The same speaker, days that can meet, and words that may be one remark (see mayBeVersions). */
function mayBeSameRemark(a: Item, b: Item): boolean {
  return (
    a.quote.speaker !== null &&
    a.quote.speaker === b.quote.speaker &&
    datesCompatible(a.when, b.when) &&
    mayBeVersions(a.quote.quote, b.quote.quote)
  );
}

/** Quotes too short to tell one utterance from a stock phrase ("we will win") by words alone. */
const MIN_SAME_WORDS = 6;

/** The same words, or one an unbroken excerpt of the other, long enough to be one utterance. */
function sameWords(a: Item, b: Item): boolean {
  const ka = keys(a.quote.quote);
  const kb = keys(b.quote.quote);
  if (Math.min(ka.length, kb.length) < MIN_SAME_WORDS) return false;
  if (ka.join(" ") === kb.join(" ")) return true;
  return isExcerpt(a.quote.quote, b.quote.quote) || isExcerpt(b.quote.quote, a.quote.quote);
}

function allSameOrExcerpt(group: readonly Item[]): boolean {
  const longest = group.reduce((x, y) =>
    keys(y.quote.quote).length > keys(x.quote.quote).length ? y : x,
  );
  const full = keys(longest.quote.quote).join(" ");
  return group.every(
    (i) =>
      keys(i.quote.quote).join(" ") === full ||
      sameWording(i.quote.quote, longest.quote.quote) ||
      isExcerpt(i.quote.quote, longest.quote.quote),
  );
}

/** What a claim shows for one source's quote: the words, and where they are. */
export function quoteClaimValue(source: string, q: QuoteMention): ClaimValue {
  return {
    source,
    value: q.quote,
    text: q.text,
    start: q.start,
    end: q.end,
    sentence: q.sentence,
    ...(q.speaker === null ? {} : { entity: q.speaker }),
  };
}
