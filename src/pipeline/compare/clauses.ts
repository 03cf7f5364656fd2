import type { Range } from "../../core/model.ts";
import { type Word, words } from "../../core/text/words.ts";
import { isIntroWord, isSpeechVerb, isSubordinator, isVerbLike } from "./lexicon.ts";

/**
 * Just enough clause structure to say where and when a person did what a sentence reports:
 * in "During a briefing in France, Jane Example said that aid was sent to Chile", she was in
 * France, and Chile is where the aid went. Quoted words and "that"-complements report
 * what was said, not where or when it was said, so they are cut away; what is left is split
 * into comma chunks.
 */

/**
 * The sentence without its quotations, each part cut at a "that"-complement: the main
 * clause's words, in order.
 */
export function mainParts(text: string, sentence: Range, quotes: readonly Range[]): Range[] {
  const cuts = [...quotes, ...quotationsIn(text, sentence)]
    .filter((q) => q.end > sentence.start && q.start < sentence.end)
    .sort((a, b) => a.start - b.start);
  const parts: Range[] = [];
  let at = sentence.start;
  for (const q of cuts) {
    if (q.start > at) parts.push({ start: at, end: q.start });
    at = Math.max(at, q.end);
  }
  if (at < sentence.end) parts.push({ start: at, end: sentence.end });
  return parts.map((p) => {
    const m = /\bthat\b/iu.exec(text.slice(p.start, p.end));
    return m ? { start: p.start, end: p.start + m.index } : p;
  });
}

/** Quotation-mark pairs inside a sentence ("…" and “…”), for quotes extraction did not list. */
function quotationsIn(text: string, sentence: Range): Range[] {
  const slice = text.slice(sentence.start, sentence.end);
  return [...slice.matchAll(/“[^”]*”|"[^"]*"/gu)].map((m) => ({
    start: sentence.start + (m.index ?? 0),
    end: sentence.start + (m.index ?? 0) + m[0].length,
  }));
}

export interface Chunk extends Range {
  words: Word[];
}

/**
 * A part split at commas, semicolons and colons: not the comma in "1,800", nor one inside a
 * mention that must stay whole ("March 7, 2025").
 */
export function chunksOf(text: string, part: Range, whole: readonly Range[] = []): Chunk[] {
  const out: Chunk[] = [];
  let from = part.start;
  for (let i = part.start; i <= part.end; i++) {
    const c = text[i];
    const split =
      i === part.end ||
      ((c === ";" || c === ":" || c === ",") &&
        !(c === "," && /\d/u.test(text[i - 1] ?? "") && /\d/u.test(text[i + 1] ?? "")) &&
        !whole.some((m) => m.start < i && i < m.end));
    if (!split) continue;
    const ws = words(text, from, i).filter((w) => w.key !== "");
    if (ws.length > 0) out.push({ start: from, end: i, words: ws });
    from = i + 1;
  }
  return out;
}

export interface Subject {
  /** The chunk the person is named in. */
  chunk: number;
  /** The verb the person is the subject of (lowercase), and the chunk it is in. */
  verb: string;
  verbChunk: number;
}

// Words that may stand between a subject and its verb: "Example reportedly said".
const ADVERBS = new Set(["also", "later", "then", "again", "now", "still", "previously", "once"]);
const AUXILIARIES = new Set(
  "is was were are has had have will would did does can could may might been be not".split(" "),
);

/**
 * Whether the person named at `person` is the subject of a main verb of these chunks, and
 * which: "Example said", "Example, the trade minister, said", "said Example" (after a
 * quote), "Minister of Trade Example confirmed". Not when a preposition, a verb or a
 * subordinating word comes first in its chunk ("Voters elected Example", "a day after Example
 * won", "from Example"), and not when no verb follows.
 */
export function subjectOf(chunks: readonly Chunk[], person: Range): Subject | null {
  const k = chunks.findIndex((c) => c.start <= person.start && person.start < c.end);
  const chunk = chunks[k];
  if (!chunk) return null;
  const before = chunk.words.filter((w) => w.end <= person.start);
  const last = before[before.length - 1];
  if (last && isSpeechVerb(last.key)) return { chunk: k, verb: last.key, verbChunk: k };
  for (const [i, w] of before.entries()) {
    if (isSubordinator(w.key)) return null;
    // Titles and names are capitalized ("Secretary of Defense"); verbs and prepositions are not.
    if (/^\P{Ll}/u.test(w.text.replace(/^[^\p{L}]+/u, ""))) continue;
    if (isVerbLike(w.text)) return null;
    const next = before[i + 1];
    if (isIntroWord(w.key) && !(w.key === "of" && next && /^\p{Lu}/u.test(next.text))) return null;
  }
  // "Example's party said": a possessive, not a subject.
  const tail = chunk.words.find((w) => w.start < person.end && w.end > person.end);
  if (tail && /^['’]s\b/u.test(tail.text.slice(person.end - tail.start))) return null;
  const verb = verbAfter(chunks, k, person.end);
  return verb ? { chunk: k, ...verb } : null;
}

/** The first verb after a name, past an appositive, "of Peru", adverbs and auxiliaries. */
function verbAfter(
  chunks: readonly Chunk[],
  k: number,
  from: number,
): { verb: string; verbChunk: number } | null {
  const own = (chunks[k]?.words ?? []).filter((w) => w.start >= from);
  const tries: { words: Word[]; chunk: number }[] =
    own.length > 0
      ? [{ words: own, chunk: k }]
      : [
          { words: chunks[k + 1]?.words ?? [], chunk: k + 1 },
          { words: chunks[k + 2]?.words ?? [], chunk: k + 2 },
        ];
  for (const t of tries) {
    const found = verbAt(t.words);
    if (found) return { verb: found, verbChunk: t.chunk };
    // A chunk that is not a verb after the name is an appositive: look past it, once.
  }
  return null;
}

function verbAt(ws: readonly Word[]): string | null {
  let i = 0;
  // "Example of Peru framed": skip the name's own "of …".
  if (ws[i]?.key === "of") {
    i++;
    while (i < ws.length && /^\p{Lu}/u.test(ws[i]?.text ?? "")) i++;
  }
  // "Example and Sample agreed": a joint subject shares the verb.
  if (ws[i]?.key === "and" && /^\p{Lu}/u.test(ws[i + 1]?.text ?? "")) {
    i++;
    while (i < ws.length && /^\p{Lu}/u.test(ws[i]?.text ?? "")) i++;
  }
  while (i < ws.length && isAdverb(ws[i]?.key ?? "")) i++;
  const w = ws[i];
  if (!w || !isVerbLike(w.text)) return null;
  if (!AUXILIARIES.has(w.key)) return w.key;
  // "was declared", "has reportedly been turning": the verb after the auxiliaries, if any.
  for (let j = i + 1; j < ws.length; j++) {
    const x = ws[j] as Word;
    if (AUXILIARIES.has(x.key) || isAdverb(x.key)) continue;
    return isVerbLike(x.text) || /ing$/u.test(x.key) ? x.key : w.key;
  }
  return w.key;
}

function isAdverb(key: string): boolean {
  return ADVERBS.has(key) || (/ly$/u.test(key) && key.length > 4);
}

/**
 * The chunks that belong to the subject's event: introductory phrases before it ("During a
 * briefing in France,", "On Monday,", or any chunk `intro` accepts), its own chunk and the
 * verb's (not an appositive between them), and what follows until a new clause (a
 * subordinating word, or another attribution: "…, the commission in Lima said").
 */
export function eventChunks(
  chunks: readonly Chunk[],
  subject: Subject,
  intro: (chunk: Chunk) => boolean = () => false,
): Chunk[] {
  const out: Chunk[] = [];
  for (let i = subject.chunk - 1; i >= 0; i--) {
    const c = chunks[i] as Chunk;
    if (!(isIntroWord(c.words[0]?.key ?? "") || intro(c))) break;
    out.unshift(c);
  }
  for (let i = subject.chunk; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    // Between the name and its verb stands an appositive ("Ana Ruiz, who won in Lyon in 1952,
    // died on Tuesday", "Ruiz, a star of the 1950s, died"): its place and time are hers, not
    // her event's. A participle there tells the occasion itself ("Ruiz, speaking in Lyon on
    // Monday, said").
    if (i > subject.chunk && i < subject.verbChunk && !/ing$/u.test(c.words[0]?.key ?? "")) {
      continue;
    }
    if (i > subject.verbChunk) {
      if (isSubordinator(c.words[0]?.key ?? "")) break;
      if (c.words.some((w) => isSpeechVerb(w.key))) break;
    }
    out.push(c);
  }
  return out;
}
