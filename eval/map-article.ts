/**
 * One article's gold annotation laid over the pipeline's output: each gold token's place in the
 * pipeline's text, each gold mention's characters and sentence, which annotated sentences the
 * pipeline read, and the gold sentence any predicted span falls in.
 */
import { align } from "./align.ts";
import type { Range } from "./detokenize.ts";
import type { GoldArticle } from "./ecbplus.ts";
import { type NamedSpan, nameCore, named, trimMention } from "./named.ts";
import type { PredictedArticle } from "./pipeline-output.ts";
import type { Seed } from "./seed.ts";

export interface MappedMention extends Range {
  tag: string;
  instance: string | null;
  sentence: number;
  text: string;
  /**
   * What recall counts, as characters: for PER, ORG and place tags the name (see named.ts),
   * null when the mention is not one; for TIME_DATE the date without its preposition.
   */
  core: Range | null;
  /**
   * The words a prediction must overlap to be judged against this mention: a time without its
   * preposition, else the mention's capitalized core (null when its head is a common noun, as
   * in "a Lisbon jury", where a name inside only modifies it).
   */
  refute: Range | null;
}

export interface MappedArticle {
  id: string;
  topic: number;
  /** The gold story: "1ecb" or "1ecbplus". */
  event: string;
  predicted: PredictedArticle;
  /** Annotated sentences the pipeline's text holds (most of their tokens found in it). */
  annotated: Set<number>;
  /** Annotated sentences it does not hold (a headline moved to the title, a dropped line). */
  unread: number[];
  /** Gold mentions with at least one token found in the text. */
  mentions: MappedMention[];
  /** Each gold sentence's text as the pipeline has it (from its first to last found token). */
  sentenceText: Map<number, string>;
  /** The gold sentence a predicted span falls in, or null. */
  sentenceAt(range: Range): number | null;
}

const NAME_TAGS = new Set(["HUMAN_PART_PER", "HUMAN_PART_ORG", "LOC_GEO", "HUMAN_PART_GPE"]);

export function mapArticle(
  gold: GoldArticle,
  seed: Pick<Seed, "sentences" | "tokens">,
  predicted: PredictedArticle,
  annotated: ReadonlySet<string>,
  proper: (word: string) => boolean,
): MappedArticle {
  const text = predicted.text;
  const ranges = align(text, {
    sentences: seed.sentences,
    tokens: seed.tokens,
    tokenSentences: gold.tokens.map((t) => t.sentence),
  });
  // Sentence extents and how many of each sentence's tokens were found.
  const extent = new Map<number, Range>();
  const found = new Map<number, number>();
  const total = new Map<number, number>();
  gold.tokens.forEach((t, i) => {
    if (seed.tokens[i]) total.set(t.sentence, (total.get(t.sentence) ?? 0) + 1);
    const r = ranges[i];
    if (!r) return;
    found.set(t.sentence, (found.get(t.sentence) ?? 0) + 1);
    const e = extent.get(t.sentence);
    extent.set(t.sentence, e ? { start: e.start, end: r.end } : { ...r });
  });
  const sentenceText = new Map([...extent].map(([n, r]) => [n, text.slice(r.start, r.end)]));
  const read = (n: number) => (found.get(n) ?? 0) * 2 > (total.get(n) ?? 0);
  const mine = [...annotated].flatMap((k) => {
    const [id, n] = k.split("/");
    return id === gold.id ? [Number(n)] : [];
  });
  const inText = new Set(mine.filter(read));

  const mentions: MappedMention[] = [];
  for (const m of gold.mentions) {
    const mapped = m.tokens.filter((i) => ranges[i]);
    if (mapped.length === 0) continue;
    const first = ranges[mapped[0] as number] as Range;
    const last = ranges[mapped[mapped.length - 1] as number] as Range;
    const sentence = gold.tokens[m.tokens[0] as number]?.sentence ?? -1;
    const words = m.tokens.map((i) => gold.tokens[i]?.text ?? "");
    const time = m.tag.startsWith("TIME_");
    const core = NAME_TAGS.has(m.tag)
      ? named(words, proper)
      : m.tag === "TIME_DATE"
        ? trimMention(words)
        : null;
    const refute = time ? trimMention(words) : nameCore(words);
    mentions.push({
      tag: m.tag,
      instance: m.instance,
      sentence,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      core: core ? coreRange(core, m.tokens, ranges) : null,
      refute: refute ? coreRange(refute, m.tokens, ranges) : null,
    });
  }

  const starts = gold.tokens.flatMap((t, i) => {
    const r = ranges[i];
    return r ? [{ ...r, sentence: t.sentence }] : [];
  });
  const sentenceAt = (range: Range): number | null => {
    // The first found token that overlaps the range (tokens are in text order).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as Range).end <= range.start) lo = mid + 1;
      else hi = mid;
    }
    const t = starts[lo];
    return t && t.start < Math.max(range.end, range.start + 1) ? t.sentence : null;
  };

  return {
    id: gold.id,
    topic: gold.topic,
    event: gold.event,
    predicted,
    annotated: inText,
    unread: mine.filter((n) => !inText.has(n)).sort((a, b) => a - b),
    mentions,
    sentenceText,
    sentenceAt,
  };
}

function coreRange(
  span: NamedSpan,
  tokens: readonly number[],
  ranges: readonly (Range | null)[],
): Range | null {
  const inner = tokens.slice(span.from, span.to).filter((i) => ranges[i]);
  if (inner.length === 0) return null;
  const first = ranges[inner[0] as number] as Range;
  const last = ranges[inner[inner.length - 1] as number] as Range;
  const lastIsEnd = inner[inner.length - 1] === tokens[span.to - 1];
  return { start: first.start, end: last.end - (lastIsEnd ? span.cut : 0) };
}
