import type { Frame } from "../../core/event/frame.ts";
import { predicateAt, topicOf } from "../../core/event/topic.ts";
import type { NameMention, Range } from "../../core/model.ts";
import type { TaggedToken } from "../../core/text/tagger.ts";
import { capitalise } from "./title.ts";

/**
 * A timeline event's title from its frame: who did what, in the source's words but not its
 * sentence. The doer (the resolved name nearest before the predicate, else the noun just before
 * it), the verb as written with its auxiliaries ("has sent", "did not close") and what it was
 * done to ("sent 40 boats to Harbourtown", core/event/topic.ts). The date is left out (it is
 * shown beside the title). When someone is quoted as saying it, the title keeps who:
 * "Harbour Board: the council closed the pier"; when the date belongs to the saying rather than
 * to what was said ("On Monday the board said that …"), the event is the saying: "Harbour Board
 * said the council closed the pier". Null when the frame's predicate is not among the tokens;
 * the caller then falls back to the sentence's own words.
 */
export function frameTitle(
  frame: Frame,
  sentence: readonly TaggedToken[],
  names: readonly NameMention[],
  date: Range,
  dates: readonly Range[] = [date],
): string | null {
  const tokens = withoutDates(sentence, dates);
  const at = predicateAt(frame, tokens);
  if (at < 0) return null;
  const predicate = tokens[at] as TaggedToken;
  const next = tokens[at + 1];
  // "The agency reported that the city has grown": what was reported, and who reported it.
  if (!topicOf(frame, tokens) && next?.pos === "SCONJ" && next.lemma === "that") {
    const inner = tokens.findIndex((t, i) => i > at + 1 && t.pos === "VERB" && t.end <= frame.end);
    const said =
      inner < 0
        ? null
        : statement(
            { ...frame, start: next.end, what: { lemma: tokens[inner]?.lemma ?? "", senses: [] } },
            tokens,
            names,
            frame.patients,
            next.end,
          );
    const sayer = doerOf(tokens, names, frame.agents, { start: frame.start, end: predicate.start });
    if (!said || !sayer) return null;
    return capitalise(
      date.start < next.end ? `${sayer} ${predicate.text} ${said}` : `${bare(sayer)}: ${said}`,
    );
  }
  const att = frame.attribution;
  // The doer is named after the attribution and its "that" when the attribution comes first.
  const before = att !== null && att.end <= predicate.start;
  const contentStart = att && before ? thatAfter(tokens, att.end, predicate.start) : frame.start;
  const what = statement(frame, tokens, names, frame.agents, contentStart);
  if (!what) return null;
  if (!att) return capitalise(what);
  const saidAt = lastVerb(tokens, att);
  const sayer = doerOf(tokens, names, frame.sayers, {
    start: att.start,
    end: saidAt >= 0 ? (tokens[saidAt] as TaggedToken).start : att.end,
  });
  if (!sayer || what.startsWith(sayer)) return capitalise(what);
  // The date goes with the saying when it is written before what was said begins (after the
  // attribution and its "that") or inside an attribution that follows what was said.
  const ofSaying = before ? date.start < contentStart : date.start >= att.start;
  if (ofSaying && saidAt >= 0) {
    return capitalise(`${sayer} ${(tokens[saidAt] as TaggedToken).text} ${what}`);
  }
  return capitalise(`${bare(sayer)}: ${what}`);
}

/** "The agency" -> "Agency", for a headline's "Agency: …". */
function bare(name: string): string {
  return name.replace(/^(?:the|a|an) /iu, "");
}

/** "North Korea has sent 40 boats to Harbourtown": doer, auxiliaries, topic; null without a topic. */
function statement(
  frame: Frame,
  tokens: readonly TaggedToken[],
  names: readonly NameMention[],
  doers: readonly string[],
  from: number,
): string | null {
  const at = predicateAt(frame, tokens);
  const rawTopic = topicOf(frame, tokens, { articles: true });
  if (at < 0 || !rawTopic) return null;
  const predicate = tokens[at] as TaggedToken;
  const verb = auxiliaries(tokens, at, frame.start);
  const topic = completed(rawTopic, tokens, at, frame.end);
  // topicOf writes a negation as "not …"; when the auxiliaries carry it, it is said once.
  const phrase = /\b(?:not|n[’']t|never)\b/iu.test(verb)
    ? `${verb} ${topic.replace(/^not /u, "")}`
    : `${verb}${verb ? " " : ""}${topic}`;
  const doer = doerOf(tokens, names, doers, { start: from, end: predicate.start });
  return doer ? `${doer} ${phrase}` : phrase;
}

/**
 * A topic that ends on a word that only introduces what follows ("emerged regarding") goes on to
 * the noun phrase it introduces: "emerged regarding the training".
 */
function completed(topic: string, tokens: readonly TaggedToken[], at: number, end: number): string {
  const words = topic.split(" ");
  const last = tokens.findIndex((t, i) => i >= at && t.text === words[words.length - 1]);
  const tail = tokens[last];
  if (!tail || !(tail.pos === "ADP" || (tail.pos === "VERB" && /ing$/u.test(tail.text)))) {
    return topic;
  }
  const more: string[] = [];
  for (let i = last + 1; i < tokens.length && more.length < 5; i++) {
    const t = tokens[i] as TaggedToken;
    if (t.end > end) break;
    if (more.length === 0 && (t.pos === "DET" || t.pos === "PRON")) {
      more.push(t.text);
      continue;
    }
    if (!NOUNISH.has(t.pos)) break;
    more.push(t.text);
  }
  return more.some((w, i) => i > 0 || !/^(?:the|a|an|its|their|his|her)$/iu.test(w))
    ? `${topic} ${more.join(" ")}`
    : topic;
}

/**
 * The tokens without the dates (shown beside the title) and the preposition that introduced
 * each ("over the past two weeks").
 */
function withoutDates(tokens: readonly TaggedToken[], dates: readonly Range[]): TaggedToken[] {
  const inDate = (t: TaggedToken) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  return tokens.filter(
    (t, i) =>
      !inDate(t) &&
      !(
        (t.pos === "ADP" || t.lemma === "since") &&
        tokens[i + 1] &&
        inDate(tokens[i + 1] as TaggedToken)
      ),
  );
}

/** Auxiliaries and "not" written just before the predicate: "has not sent". */
function auxiliaries(tokens: readonly TaggedToken[], at: number, from: number): string {
  let i = at;
  while (i > 0) {
    const t = tokens[i - 1] as TaggedToken;
    if (t.start < from || !(t.pos === "AUX" || t.lemma === "not")) break;
    i--;
  }
  return tokens
    .slice(i, at)
    .map((t) => t.text)
    .join(" ")
    .replace(/ (n[’']t)\b/gu, "$1");
}

const NOUNISH = new Set<TaggedToken["pos"]>(["ADJ", "NOUN", "PROPN", "NUM"]);
const HEAD = new Set<TaggedToken["pos"]>(["NOUN", "PROPN"]);

/**
 * Who did it, within `span`: the resolved name (a person's without titles) nearest the verb of
 * one of `ids` (the frame's doers), else of any person or organization named there, or place
 * right before the verb ("In Rome, the army said" -> the army); else the subject's first noun phrase ("officials", "the
 * harbour master of Eastholm" -> "the harbour master"); else null.
 */
function doerOf(
  tokens: readonly TaggedToken[],
  names: readonly NameMention[],
  ids: readonly string[],
  span: Range,
): string | null {
  const inSpan = names.filter(
    (n) => n.entity && !n.demonym && n.start >= span.start && n.end <= span.end,
  );
  const nearest = (list: readonly NameMention[]) => list.toSorted((a, b) => b.end - a.end)[0];
  // A place does the act only right before the verb ("Portvale has sent"); elsewhere it is
  // where ("In Portvale, the council has sent").
  const rightBefore = (n: NameMention) =>
    tokens.every(
      (t) => t.start < n.end || t.end > span.end || t.pos === "AUX" || t.lemma === "not",
    );
  const named =
    nearest(inSpan.filter((n) => ids.includes(n.entity as string))) ??
    nearest(inSpan.filter((n) => n.type !== "place" || rightBefore(n)));
  if (named) return named.name;
  // The subject begins after any opening phrase ("In the morning, …"); its first noun phrase
  // is the doer ("the water authority of the valley" -> "water authority").
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  let start = inside.findLastIndex((t) => t.text === ",") + 1;
  let article = "";
  while (start < inside.length && !NOUNISH.has((inside[start] as TaggedToken).pos)) {
    const t = inside[start] as TaggedToken;
    if (t.pos !== "DET" && t.pos !== "PRON") return null;
    article = /^(?:the|a|an)$/iu.test(t.text) ? `${t.text} ` : "";
    start++;
  }
  let end = start;
  while (end < inside.length && end - start < 4 && NOUNISH.has((inside[end] as TaggedToken).pos)) {
    end++;
  }
  const run = inside.slice(start, end);
  if (!run.some((t) => HEAD.has(t.pos))) return null;
  return article + run.map((t) => t.text).join(" ");
}

function lastVerb(tokens: readonly TaggedToken[], span: Range): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as TaggedToken;
    if (t.start >= span.start && t.end <= span.end && t.pos === "VERB") return i;
  }
  return -1;
}

/**
 * Where what was said begins: after the "that" or the opening quotation mark between `from` and
 * `to`, else at `from`.
 */
function thatAfter(tokens: readonly TaggedToken[], from: number, to: number): number {
  const that = tokens.find(
    (t) => t.start >= from && t.end <= to && (t.lemma === "that" || /^["“«]$/u.test(t.text)),
  );
  return that ? that.end : from;
}
