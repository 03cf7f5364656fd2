import type { Claim, Quote, TimelineEvent } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { hashId } from "../../core/text/hash.ts";

/**
 * Stable keys: what a correction names a claim, quote or timeline event by. Positional ids
 * ("<story>-figure-2") shift when anything before them changes; a key is a hash of what the
 * sources say (each source's id and the words of its mention, normalized), so it survives a
 * rebuild and an edit anywhere else in the articles, and changes only when the words it
 * stands for change. Two things with the same words get "-2", "-3" in their given order.
 */
export function withKeys<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): (T & { key: string })[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...item, key: n === 1 ? base : `${base}-${n}` };
  });
}

/** Case, spacing and quotation marks do not make a different statement. */
export function normalWords(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const joined = (parts: readonly string[]) => [...parts].sort(byCodeUnit).join("\n");

/** "<kind>-<hash>": the kind and each source's words ("about 40 pelicans"), in any order. */
export function claimKey(claim: Pick<Claim, "kind" | "values">): string {
  return `${claim.kind}-${hashId(joined(claim.values.map((v) => `${v.source}\t${normalWords(v.text)}`)))}`;
}

/** "quote-<hash>": the source and the quoted words. */
export function quoteKey(quote: Pick<Quote, "source" | "text">): string {
  return `quote-${hashId(`${quote.source}\t${normalWords(quote.text)}`)}`;
}

/** "event-<hash>": each report's source, date words and sentence. */
export function eventKey(event: Pick<TimelineEvent, "reports">): string {
  return `event-${hashId(
    joined(
      event.reports.map((r) => `${r.source}\t${normalWords(r.text)}\t${normalWords(r.quote)}`),
    ),
  )}`;
}
