import type { TaggedToken } from "../text/tagger.ts";
import type { Frame } from "./frame.ts";

/** Words before the thing acted on that a label leaves out: "a", "the", "its". */
const SKIP = new Set<TaggedToken["pos"]>(["DET", "PRON", "PART", "ADV"]);
const HEAD = new Set<TaggedToken["pos"]>(["NOUN", "PROPN"]);
const MODIFIER = new Set<TaggedToken["pos"]>(["ADJ", "NOUN", "PROPN", "NUM"]);
const MAX_WORDS = 7;
const ARTICLES = new Set(["the", "a", "an"]);

/** Where the frame's predicate is among the sentence's tokens, or -1. */
export function predicateAt(frame: Frame, tokens: readonly TaggedToken[]): number {
  return tokens.findIndex(
    (t) =>
      t.start >= frame.start &&
      t.end <= frame.end &&
      t.lemma === frame.what.lemma &&
      (t.pos === "VERB" || t.pos === "ADJ"),
  );
}

/**
 * What a statement is about, named from its frame: the predicate as written and the thing it
 * was done to, with a place or party after "to", "in", "from" or "with" when the sentence gives
 * one: "deployed troops to Russia", "not indicated significant Chinese reaction". Null when
 * the clause has no predicate the tokens show, so the caller can say nothing rather than name
 * the first entity of the sentence. `articles`: keep "the" and "a", as a title does.
 */
export function topicOf(
  frame: Frame,
  tokens: readonly TaggedToken[],
  { articles = false }: { articles?: boolean } = {},
): string | null {
  const at = predicateAt(frame, tokens);
  if (at < 0) return null;
  const words = [(tokens[at] as TaggedToken).text];
  let i = at + 1;
  const inFrame = (k: number) => (tokens[k]?.end ?? Number.POSITIVE_INFINITY) <= frame.end;
  // A phrasal verb keeps its particle: "turning to foreign mercenaries".
  if (inFrame(i) && tokens[i]?.pos === "ADP" && tokens[i + 1]?.pos !== "PROPN") {
    words.push((tokens[i] as TaggedToken).text);
    i++;
  }
  while (inFrame(i) && SKIP.has((tokens[i] as TaggedToken).pos)) {
    const t = tokens[i] as TaggedToken;
    // A title keeps "the" and "a" ("closed the pier"); a label leaves them out.
    if (articles && t.pos === "DET" && ARTICLES.has(t.lemma)) words.push(t.text);
    i++;
  }
  let head = false;
  while (inFrame(i) && words.length < MAX_WORDS) {
    const t = tokens[i] as TaggedToken;
    const gerund = t.pos === "VERB" && /ing$/u.test(t.text) && words.length === 1;
    if (!MODIFIER.has(t.pos) && !gerund) break;
    words.push(t.text);
    head ||= HEAD.has(t.pos);
    i++;
  }
  const prep = tokens[i];
  if (head && prep?.pos === "ADP" && /^(?:to|in|into|from|with|against)$/i.test(prep.text)) {
    const place: string[] = [];
    let k = i + 1;
    if (tokens[k]?.pos === "DET") k++;
    while (inFrame(k) && tokens[k]?.pos === "PROPN" && place.length < 3) {
      place.push((tokens[k] as TaggedToken).text);
      k++;
    }
    if (place.length > 0 && words.length + place.length < MAX_WORDS + 3) {
      words.push(prep.text, ...place);
    }
  }
  if (words.length < 2) return null;
  return `${frame.negated ? "not " : ""}${words.join(" ")}`;
}
