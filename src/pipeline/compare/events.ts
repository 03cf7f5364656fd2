import type { DateMention, NameMention, Range } from "../../core/model.ts";
import { TITLES } from "../../core/names/lexicon.ts";
import type { Alignable } from "./align.ts";
import { type Chunk, chunksOf, eventChunks, mainParts, subjectOf } from "./clauses.ts";
import type { Source } from "./source.ts";

/**
 * Something a named person did in a sentence, with the place and date the sentence gives for
 * it: "Example affirmed on March 7 in Lyon" is Example's event, dated March 7, in Lyon.
 * The person is the key that lines up one source's account with another's.
 */
export interface PersonEvent extends Alignable {
  from: Source;
  sentence: number;
  person: NameMention;
  /** The person's entity id (or name, when resolve gave none). */
  key: string;
  /** The verb the person is the subject of: "affirmed", "told", "won". */
  verb: string;
  /** A place the event is located at: "in Lyon", "at a conference centre in France". */
  place: NameMention | null;
  date: DateMention | null;
  /**
   * Whether the clause tells of what is still to come ("will visit", "plans to visit"): a
   * visit planned and a visit made are two events.
   */
  ahead?: boolean;
}

// "in Lyon", "at the palace", "at a conference centre in France": the place is where it happened.
const LOCATIVE = /\b(?:in|at|inside|near)\s+(?:the\s+)?$/iu;

/** Every person event of a source that has a place or a date, in text order. */
export function personEvents(from: Source): PersonEvent[] {
  const { article, facts } = from;
  const text = article.text;
  const out: PersonEvent[] = [];
  const used = new Set<unknown>();
  article.sentences.forEach((sentence, index) => {
    const people = facts.names.filter((n) => n.sentence === index && n.type === "person");
    if (people.length === 0) return;
    const quotes = facts.quotes.filter((q) => q.end > sentence.start && q.start < sentence.end);
    const done = new Set<string>();
    for (const part of mainParts(text, sentence, quotes)) {
      const chunks = chunksOf(text, part, [...facts.names, ...facts.dates, ...facts.figures]);
      const dateChunk = (c: Chunk) => facts.dates.some((d) => isMostly(c, d));
      for (const person of people) {
        if (person.start < part.start || person.end > part.end) continue;
        const key = person.entity ?? `person:${person.name}`;
        if (done.has(key)) continue;
        const subject = subjectOf(chunks, person);
        if (!subject) continue;
        const region = eventChunks(chunks, subject, dateChunk);
        const inRegion = (m: Range) =>
          !used.has(m) && region.some((c) => m.start >= c.start && m.end <= c.end);
        const place =
          facts.names.find(
            (n) =>
              n.type === "place" &&
              !n.demonym &&
              n.placeId !== undefined &&
              inRegion(n) &&
              isLocative(text, n, facts.names),
          ) ?? null;
        const date = facts.dates.find((d) => inRegion(d)) ?? null;
        if (!place && !date) continue;
        done.add(key);
        if (place) used.add(place);
        if (date) used.add(date);
        out.push({
          source: from.index,
          start: person.start,
          from,
          sentence: index,
          person,
          key,
          verb: subject.verb,
          place,
          date,
        });
      }
    }
  });
  return out;
}

/**
 * "in Lyon" locates an event; "the National Electoral Board in Lima" only locates the
 * board, so a place right after an organization's name does not count.
 */
function isLocative(text: string, place: Range, names: readonly NameMention[]): boolean {
  const before = text.slice(Math.max(0, place.start - 24), place.start);
  const m = LOCATIVE.exec(before);
  if (!m) return false;
  const prepStart = place.start - before.length + m.index;
  const from = Math.max(0, prepStart - OFFICE_REACH);
  const office = officeCovered(text.slice(from, prepStart));
  // "Secretary of State Ana Ruiz in Lyon": a person named there holds the office, and the
  // place says where she was.
  if (
    office !== null &&
    !names.some((n) => n.type === "person" && n.start >= from + office && n.start < prepStart)
  ) {
    return false;
  }
  return !names.some(
    (n) =>
      n.type === "organization" &&
      ((n.end <= prepStart && /^\s*$/u.test(text.slice(n.end, prepStart))) ||
        (n.start <= place.start && place.end <= n.end)),
  );
}

/** How far back, in characters, an office's title may open before a place's preposition. */
const OFFICE_REACH = 60;

/**
 * Where, in `before` (the text right before a place's preposition), an office's title ends and
 * what it covers begins: "the commissioner of [Pariang County] in Unity State", "the mayor of [a
 * small town] near Lyon". The place then says where the office is, not where anything
 * happened. Null when `before` does not end so; a comma or a clause's end in between closes
 * the title.
 */
export function officeCovered(before: string): number | null {
  const m = /\b([\p{L}.-]+)\s+of\s+((?:the\s+|a\s+)?(?:[\p{L}'’.-]+\s+){1,3})$/iu.exec(before);
  if (!m || !TITLES.has((m[1] ?? "").toLowerCase())) return null;
  // What the office covers: a name ("Pariang County") or an area ("a small town").
  const covered = m[2] ?? "";
  const last = covered.trim().split(/\s+/).at(-1) ?? "";
  if (!/^\p{Lu}/u.test(last) && !AREAS.has(last.toLowerCase())) return null;
  return before.length - covered.length;
}

/** Nouns for the area an office covers: "the mayor of a small town". */
const AREAS = new Set(
  "county district province state region city town village municipality parish department borough prefecture".split(
    " ",
  ),
);

/** A chunk that is little more than a date ("On Monday", "Last week"): an introduction. */
function isMostly(chunk: Chunk, date: Range): boolean {
  if (date.start < chunk.start || date.end > chunk.end) return false;
  return chunk.words.filter((w) => w.end <= date.start || w.start >= date.end).length <= 1;
}
