import { parseIsoDate } from "../../core/calendar.ts";
import {
  articleFrames,
  bySentence as namesBySentence,
  sentenceTokens,
} from "../../core/event/article-frames.ts";
import type { Frame } from "../../core/event/frame.ts";
import type {
  Article,
  ArticleFacts,
  DateMention,
  DateValue,
  NameMention,
  Range,
  TimelineReport,
} from "../../core/model.ts";
import { eventClause } from "./clause.ts";
import { stampEnd } from "./dateline.ts";
import { isPlaceable } from "./days.ts";
import { frameTitle } from "./frame-title.ts";
import type { Matchable } from "./match.ts";
import { type Title, titleOf } from "./title.ts";

// "fewer ships than a year earlier", "compared with 2023": a date a figure is measured
// against, not a date something happened on.
const BASELINE = /\b(?:than|compared (?:with|to)|versus|vs\.?)\s+(?:in\s+|at\s+|during\s+)?$/iu;

/** One source's dated statement: a report of an event, before reports are merged. */
export interface Candidate extends Matchable {
  report: TimelineReport;
  /** The source's place in the story's order, for listing reports. */
  order: number;
  /** Source id and offset: a tie-breaker that does not depend on the order of the files. */
  key: string;
  title: Title;
  /** What tells this report's title apart from an equal one: its place, then its date's words. */
  qualifiers: (string | null)[];
  /** When the source was published (given or inferred), YYYY-MM-DD, or null. */
  published: string | null;
}

/**
 * Every dated statement of one source, in text order. A date is left out when it cannot be
 * placed on the calendar, when it only stamps the article (see dateline.ts), when it lies in a
 * figure ("the 2024 budget") or is what a figure is compared with ("than a year earlier"), when
 * its sentence already gave the same date (kept once), or when its sentence says nothing but
 * the date.
 */
export function candidatesOf(article: Article, facts: ArticleFacts, order: number): Candidate[] {
  const text = article.text;
  const bySentence = new Map<number, DateMention[]>();
  const bodyStart = new Map<number, number>();
  const dates = [...facts.dates].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const d of dates) {
    const sentence = article.sentences[d.sentence];
    if (!sentence || !isPlaceable(d.value) || !validRange(d, sentence, text)) continue;
    const stamp = stampEnd(text, sentence, d);
    if (stamp !== null) {
      bodyStart.set(d.sentence, Math.max(bodyStart.get(d.sentence) ?? 0, stamp));
      continue;
    }
    if (facts.figures.some((f) => f.start <= d.start && d.end <= f.end)) continue;
    if (BASELINE.test(text.slice(Math.max(sentence.start, d.start - 30), d.start))) continue;
    const same = bySentence.get(d.sentence) ?? [];
    if (same.some((o) => sameValue(o.value, d.value))) continue;
    same.push(d);
    bySentence.set(d.sentence, same);
  }

  const published = publishedOf(article);
  const frames = articleFrames(article, facts);
  const tokens = sentenceTokens(article);
  const names = namesBySentence(facts.names);
  const out: Candidate[] = [];
  for (const [index, mentions] of bySentence) {
    const sentence = article.sentences[index];
    if (!sentence) continue;
    const body = { start: Math.max(sentence.start, bodyStart.get(index) ?? 0), end: sentence.end };
    const clauses = new Map(
      mentions.map((d) => [
        d,
        eventClause(
          text,
          body,
          d,
          mentions.filter((o) => o !== d),
        ),
      ]),
    );
    // A date that heads a clause of its own dates another event: other titles leave it out.
    const heads = mentions.filter((d) => clauses.get(d)?.start !== body.start);
    for (const d of mentions) {
      const clause = clauses.get(d) ?? body;
      if (d.start < body.start || !d.value) continue;
      const frame = frameFor(frames, index, d);
      // "On Monday." alone, or a sentence with no act in it: no statement to date.
      if (!frame) continue;
      const own = names.get(index) ?? [];
      const summary = frameTitle(frame, tokens[index] ?? [], own, d, mentions);
      out.push({
        report: {
          source: article.id,
          text: d.text,
          start: d.start,
          end: d.end,
          sentence: index,
          quote: text.slice(sentence.start, sentence.end),
          date: d.value,
        },
        date: d.value,
        order,
        key: `${article.id}\u0000${String(d.start).padStart(12, "0")}`,
        // Who did what, from the frame (frame-title.ts). Only a clause whose predicate the
        // tokens do not show falls back to the sentence's words, cut from the whole sentence,
        // not the clause: "the agency reported that the city has grown" must keep who reported
        // it. Other dates are taken out when they date another event: one heading a clause of
        // its own, or one outside this date's clause (the "last week" of "last week, X reported").
        title: summary
          ? { title: summary, length: summary.length }
          : titleOf(
              text,
              body,
              d,
              mentions.filter(
                (o) =>
                  o !== d && (heads.includes(o) || o.end <= clause.start || o.start >= clause.end),
              ),
            ),
        qualifiers: [placeWords(own, frame, summary ?? ""), `(${d.text})`],
        published,
        frame,
      });
    }
  }
  return out.sort((a, b) => a.report.start - b.report.start);
}

/**
 * The frame a date belongs to: the clause of its sentence that holds it, else the sentence's
 * first clause ("On Monday, the council voted …" dates the vote).
 */
function frameFor(frames: readonly Frame[], sentence: number, d: Range): Frame | undefined {
  const own = frames.filter((f) => f.sentence === sentence);
  return own.find((f) => d.start >= f.start && d.end <= f.end) ?? own[0];
}

/** "in Rome": the first place the frame's clause names that its title does not, or null. */
function placeWords(names: readonly NameMention[], frame: Frame, title: string): string | null {
  const place = names.find(
    (n) =>
      n.type === "place" &&
      !n.demonym &&
      n.start >= frame.start &&
      n.end <= frame.end &&
      !title.includes(n.name),
  );
  return place ? `in ${place.name}` : null;
}

/** The publication date, given or inferred, when it is a real date. */
export function publishedOf(article: Article): string | null {
  for (const date of [article.published, article.publishedInferred?.date]) {
    if (date && parseIsoDate(date) !== null) return date;
  }
  return null;
}

function validRange(d: Range, sentence: Range, text: string): boolean {
  return (
    Number.isInteger(d.start) &&
    Number.isInteger(d.end) &&
    d.start >= sentence.start &&
    d.end <= sentence.end &&
    d.start < d.end &&
    d.end <= text.length
  );
}

function sameValue(a: DateValue | null, b: DateValue | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.start === b.start &&
    a.end === b.end &&
    a.precision === b.precision &&
    Boolean(a.open) === Boolean(b.open)
  );
}
