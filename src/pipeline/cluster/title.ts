import { isEventNoun } from "../../core/event/mention.ts";
import type { Article } from "../../core/model.ts";
import { NUMBER_WORDS } from "../../core/text/stopwords.ts";
import { tagText } from "../../core/text/tagger.ts";
import { synsetsOf } from "../../core/text/wordnet.ts";
import { wordKey } from "../../core/text/words.ts";
import { phrases } from "./phrases.ts";
import { contentWords } from "./tokens.ts";
import { INTENSIFIERS, LOADED, REPORTING } from "./wording.ts";

/** A story member as the title needs it: the article and the words it uses. */
export interface TitleSource {
  article: Article;
  words: ReadonlyMap<string, number>;
}

/** Titles longer than this many words read as sentences; each word more costs. */
const LONG = 8;

/** No title is longer than this many words. */
const MAX_WORDS = 12;

/**
 * A neutral title for a story, written from its sources' headlines (or, for sources without
 * one, their first sentence). Every phrase the headlines can be cut into (see phrases.ts) is
 * scored by the words it shares with the story: each content word counts its rarity in the
 * corpus times how far the share of sources using it is above 40%, so a phrase built from what
 * most sources report ("Outbreak of fever in coastal towns") beats one outlet's angle. Phrases with
 * loaded words ("slams"), reporting verbs, pronouns, figures (which sources round
 * differently), from a question, starting mid-clause or longer than eight words lose points.
 * The best phrase loses its intensifiers ("massive") and starts with a capital. Ties go to the
 * shorter phrase, then to code-unit order, so the title is stable.
 */
export function storyTitle(sources: readonly TitleSource[], idf: (word: string) => number): string {
  // How many sources use each word: one pass over all their words, however big the story.
  const uses = new Map<string, number>();
  for (const s of sources) for (const w of s.words.keys()) uses.set(w, (uses.get(w) ?? 0) + 1);
  const share = (word: string) => (uses.get(word) ?? 0) / Math.max(1, sources.length);
  // Headlines when any source has one; a lead sentence is a poorer quarry (long, attributed).
  const headlines = sources.filter((s) => !s.article.titleGenerated);
  const texts = (headlines.length > 0 ? headlines : sources).map(({ article }) =>
    article.titleGenerated ? firstSentence(article) : article.title,
  );
  let best: { text: string; score: number } | null = null;
  for (const text of texts) {
    const questioned = /\?/.test(text);
    for (const phrase of phrases(text)) {
      const words = phrase.text.split(/\s+/u);
      const last = words[words.length - 1]?.toLowerCase() ?? "";
      if (words.length > MAX_WORDS || REPORTING.has(last)) continue;
      if (contentWords(phrase.text).length < 2) continue;
      const score =
        value(phrase.text, share, idf) -
        penalty(phrase.text) -
        (phrase.whole ? 0 : 1) -
        (questioned ? 2 : 0);
      if (
        !best ||
        score > best.score ||
        (score === best.score && shorter(phrase.text, best.text))
      ) {
        best = { text: phrase.text, score };
      }
    }
  }
  const chosen = best ? finish(best.text) : "";
  return chosen || fallback(sources);
}

function value(phrase: string, share: (w: string) => number, idf: (w: string) => number): number {
  let sum = 0;
  for (const w of new Set(contentWords(phrase))) sum += idf(w) * (share(w) - 0.4);
  return sum;
}

function penalty(phrase: string): number {
  const words = phrase.split(/\s+/u);
  const lower = words.map(wordKey);
  let p = 0;
  for (const w of lower) {
    if (LOADED.has(w)) p += 3;
    if (REPORTING.has(w)) p += 2;
  }
  // A pronoun needs a sentence before it to be understood.
  if (/^(?:he|she|it|they|we|i|you|this|these|those|his|her|their)$/u.test(lower[0] ?? "")) p += 3;
  if (/^(?:him|her|it|them|us|me)$/u.test(lower[lower.length - 1] ?? "")) p += 3;
  if (/\d/u.test(phrase) || lower.some((w) => NUMBER_WORDS.has(w))) p += 5;
  if (words.length > LONG) p += 1.5 * (words.length - LONG);
  // A title says what happened: with a verb, or as a noun phrase naming a happening ("Fire at
  // Port Warehouse"); a bare name or title ("State Governor Jane Example") is a fragment.
  if (!saysWhatHappened(phrase)) p += 4;
  return p;
}

/**
 * A verb the tagger finds (read in lower case, as title case misleads it), an inflected word
 * after the first that WordNet knows better as a verb than as a noun ("Capsizes", "Hits"), or
 * a noun for a happening.
 */
function saysWhatHappened(phrase: string): boolean {
  const tokens = tagText(phrase.replace(/^[\p{L}\s.]{2,40}:\s/u, "").toLowerCase());
  if (tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return true;
  if (tokens.slice(1).some((t) => inflectedVerb(t.text))) return true;
  return tokens.some((t) => t.pos === "NOUN" && isEventNoun(t.lemma));
}

function inflectedVerb(word: string): boolean {
  const stems = /ies$/.test(word)
    ? [`${word.slice(0, -3)}y`]
    : /(?:es|ed)$/.test(word)
      ? [word.slice(0, -2), word.slice(0, -1)]
      : /s$/.test(word)
        ? [word.slice(0, -1)]
        : [];
  return stems.some((s) => {
    const verbs = synsetsOf(s, "verb").length;
    return verbs > 0 && verbs >= synsetsOf(s, "noun").length;
  });
}

function shorter(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}

/** Intensifiers out where they qualify a noun ("Massive Fire", "a huge blast"), first letter up. */
function finish(phrase: string): string {
  const words = phrase.split(/\s+/u);
  const kept = words.filter((w, i) => {
    const before = words[i - 1]?.toLowerCase();
    const qualifies = i === 0 || before === "a" || before === "an" || before === "the";
    return !(INTENSIFIERS.has(w.toLowerCase()) && qualifies && i < words.length - 1);
  });
  const t = kept.join(" ");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function firstSentence(a: Article): string {
  const s = a.sentences[0];
  return s ? a.text.slice(s.start, s.end).replace(/\s+/gu, " ").trim() : a.title;
}

/** No phrase at all (a story of one-word headlines): the first source's own title. */
function fallback(sources: readonly TitleSource[]): string {
  const t = sources[0]?.article.title ?? "";
  return t.replace(/\s+/gu, " ").trim() || "Untitled story";
}
