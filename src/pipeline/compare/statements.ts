import type { Range } from "../../core/model.ts";
import type { Draft } from "./order.ts";
import { contentKeys, storyWeights, weightedSimilarity } from "./similarity.ts";
import type { Source } from "./source.ts";

/**
 * Sentences at least this alike report the same thing: Dice on content words, weighted so the
 * story's own vocabulary counts less (see storyWeights). Tuned on paraphrases across outlets:
 * the same statement reworded scores 0.3 to 0.55; sentences that merely share the subject
 * score under 0.25.
 */
export const SIMILAR = 0.25;
/** Statements are shown in full up to about this many characters. */
const MAX_CHARS = 200;

/**
 * What only one source reports: each sentence that carries a fact (a name, a figure or a date)
 * and has no similar sentence in any other source of the story. Sentences already shown by an
 * aligned claim are left out (`used`, as "<source>#<sentence>"), and so are sentences that are
 * mostly a quotation, which their quote claim already shows.
 */
export function statementClaims(
  story: string,
  sources: readonly Source[],
  used: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): Draft[] {
  const keys = sources.map((s) => s.article.sentences.map((r) => contentKeys(s.article.text, r)));
  const weight = storyWeights(keys.flat());
  const drafts: Draft[] = [];
  for (const from of sources) {
    const { article, facts } = from;
    article.sentences.forEach((range, i) => {
      if (used.has(`${article.id}#${i}`)) return;
      const named = facts.names.filter((n) => n.sentence === i);
      const figures = facts.figures.filter((f) => f.sentence === i);
      const dates = facts.dates.filter((d) => d.sentence === i);
      if (named.length + figures.length + dates.length === 0) return;
      if (quoted(range, facts.quotes) >= 0.5) return;
      const mine = keys[from.index]?.[i] ?? new Set<string>();
      const echoed = sources.some(
        (other) =>
          other !== from &&
          (keys[other.index] ?? []).some((k) => weightedSimilarity(mine, k, weight) >= SIMILAR),
      );
      if (echoed) return;
      const text = article.text.slice(range.start, range.end);
      const pick = (type: string) => named.find((n) => n.type === type && !n.demonym);
      const main = pick("person") ?? pick("organization") ?? pick("place") ?? named[0];
      // Without a name to go by, the sentence's opening words say what it is about.
      const topic =
        (main ? ((main.entity ? names.get(main.entity) : undefined) ?? main.name) : undefined) ||
        trim(text, 40);
      drafts.push({
        story,
        kind: "statement",
        topic,
        status: "single-source",
        values: [
          {
            source: article.id,
            value: trim(text, MAX_CHARS),
            text,
            start: range.start,
            end: range.end,
            sentence: i,
          },
        ],
        explanation: `Only ${from.label} reports this.`,
      });
    });
  }
  return drafts;
}

/** The share of a sentence's characters inside quotations. */
function quoted(sentence: Range, quotes: readonly Range[]): number {
  const length = sentence.end - sentence.start;
  if (length <= 0) return 0;
  let inside = 0;
  for (const q of quotes) {
    inside += Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
  }
  return inside / length;
}

/** Cuts at a word boundary near `max` code points and marks the cut with an ellipsis. */
export function trim(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, "")}…`;
}
