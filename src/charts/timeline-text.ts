/**
 * The words of the timeline: the short line under each mark, the tooltip, the link's accessible
 * name, the table and the text alternative. Dates are worded by src/core/format.ts, so they read
 * as they do everywhere else on the site. Everything here is plain text; the SVG builder escapes
 * it.
 */
import { describeDateSpan, formatDate, plural } from "../core/format.ts";
import type { TimelineDate, TimelineEvent } from "../core/model.ts";
import { capitalize, listing } from "./words.ts";

/** A source's id as its label: the label given by the caller, or the id itself. */
export type LabelOf = (source: string) => string;

export interface TipLine {
  text: string;
  bold?: boolean;
}

export interface EventWords {
  /** The date in words: "21 October 2024", "since 1 August 2023", "the week of 14 October 2024". */
  date: string;
  title: string;
  /** "2 sources", "1 source". */
  count: string;
  /** The small print under the mark, in parts: date, count, and "inferred" / "dates differ". */
  meta: string[];
  /** The reporting sources by label, in report order. */
  reporters: string[];
  /** Who published first, by label; empty when no report has a date of publication. */
  first: string[];
  /** Why the date is inferred, when it is. */
  inferred: string | null;
  /** Each source's own date, when they differ: "Lyon Wire gives 21 October 2024; …". */
  conflict: string | null;
  story: string | null;
  /** The tooltip, a fact a line. */
  tip: TipLine[];
  /** The link's accessible name: the label's words, then the tooltip's other facts. */
  aria: string;
  /** The table's "Date note": the inferred reason and the conflict, or "". */
  note: string;
}

/** "inferred" plus the reasons, or just the word when the pipeline gave none. */
function inferredReason(date: TimelineDate): string | null {
  if (!date.inferred) return null;
  const reasons = date.reasons.map((r) => r.trim()).filter((r) => r !== "");
  return reasons.length > 0 ? reasons.join("; ") : "worked out from the text, not stated";
}

/** Distinct, in order. */
function distinct(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** The sources' own dates when they differ, in report order. */
export function conflictWords(event: TimelineEvent, labelOf: LabelOf): string | null {
  if (!event.date.conflict) return null;
  const parts = event.reports.map((r) => `${labelOf(r.source)} gives ${describeDateSpan(r.date)}`);
  return parts.length > 0 ? parts.join("; ") : "the sources give different dates";
}

/** A sentence ends once: no "..", no ". ." when a part already ends in a stop. */
function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

export function eventWords(
  event: TimelineEvent,
  labelOf: LabelOf,
  storyTitles?: ReadonlyMap<string, string>,
): EventWords {
  const date = describeDateSpan(event.date);
  const reporters = distinct(event.reports.map((r) => labelOf(r.source)));
  const n = reporters.length;
  const count = plural(n, "source");
  const first = distinct(event.firstReported.map(labelOf));
  const inferred = inferredReason(event.date);
  const conflict = conflictWords(event, labelOf);
  const story = storyTitles ? (storyTitles.get(event.story) ?? event.story) : null;
  const title = event.title.trim() === "" ? "(untitled event)" : event.title;

  const meta = [date, count, inferred ? "inferred" : null, conflict ? "dates differ" : null].filter(
    (s): s is string => s !== null,
  );

  const tip: TipLine[] = [
    { text: inferred ? `${date} (inferred)` : date, bold: true },
    { text: title },
  ];
  const facts: string[] = [];
  if (story !== null) facts.push(`Story: ${story}`);
  tip.push(...facts.map((text) => ({ text })));
  const reported = `Reported by ${count}${n > 0 ? `: ${listing(reporters)}` : ""}`;
  const firstWords =
    first.length > 0
      ? `First reported by ${listing(first)}`
      : "Which source reported it first is not known";
  const notes: string[] = [];
  if (inferred) notes.push(`Inferred: ${inferred}`);
  if (conflict) notes.push(`Sources differ: ${conflict}`);
  tip.push({ text: reported }, { text: firstWords }, ...notes.map((text) => ({ text })));

  // The link's name starts with the words the label shows, in the order the label's text is in
  // the SVG (the small print, then the title), so what a reader sees is what a voice user says
  // (WCAG 2.5.3, "label in name"); then the tooltip's other facts.
  const aria = [
    meta.join(", "),
    title,
    ...facts,
    n > 0 ? `Reported by ${listing(reporters)}` : reported,
    firstWords,
    ...notes,
  ]
    .map(sentence)
    .join(" ");

  const note = [
    inferred ? `inferred: ${inferred}` : null,
    conflict ? `sources differ: ${conflict}` : null,
  ]
    .filter((s): s is string => s !== null)
    .map(sentence)
    .join(" ");

  return {
    date,
    title,
    count,
    meta,
    reporters,
    first,
    inferred,
    conflict,
    story,
    tip,
    aria,
    note: note.replace(/\.$/, ""),
  };
}

/** Where an event starts, in words at its own precision ("August 2023", "1 May 2023"). */
export function startWords(date: TimelineDate): string {
  if (date.open || date.precision === "range" || date.conflict) return formatDate(date.start);
  return describeDateSpan({ ...date, open: false });
}

/** Where an event ends, in words at its own precision. */
export function endWords(date: TimelineDate): string {
  if (date.open || date.precision === "range" || date.conflict) return formatDate(date.end);
  if (date.precision === "day") return formatDate(date.end);
  return describeDateSpan({ ...date, open: false });
}

export interface SummaryInput {
  event: TimelineEvent;
  words: EventWords;
}

/**
 * The text alternative: how many events, from when to when, how many several sources report,
 * where the sources give different dates, how many dates are inferred or open, and where the
 * axis is broken.
 */
export function describeTimeline(
  items: readonly SummaryInput[],
  breaks: readonly { before: string; after: string }[],
  stories: number | null,
): string {
  if (items.length === 0) return "No dated events.";
  const firstItem = items.reduce((a, b) => (b.event.date.start < a.event.date.start ? b : a));
  const lastItem = items.reduce((a, b) => (b.event.date.end > a.event.date.end ? b : a));
  const across =
    stories !== null && stories > 1 ? ` across ${plural(stories, "story", "stories")}` : "";
  const from = startWords(firstItem.event.date);
  const to = endWords(lastItem.event.date);
  const when =
    items.length === 1
      ? `: ${firstItem.words.title}, ${firstItem.words.date}`
      : from === to
        ? `, all ${from}`
        : ` from ${from} to ${to}`;
  const out = [`${capitalize(plural(items.length, "dated event"))}${across}${when}.`];

  const several = items.filter((i) => i.words.reporters.length > 1).length;
  if (items.length > 1) {
    const one = items.length - several;
    out.push(
      several === 0
        ? "Each is reported by one source."
        : one === 0
          ? "Each is reported by more than one source."
          : `${capitalize(plural(several, "event"))} ${several === 1 ? "is" : "are"} reported by more than one source, ${one} by one source only.`,
    );
  } else {
    out.push(`It is reported by ${items[0]?.words.count ?? "no source"}.`);
  }

  const conflicts = items.filter((i) => i.words.conflict !== null);
  if (conflicts.length > 0) {
    const which = conflicts.map((i) => `${i.words.title} (${i.words.conflict})`).join("; ");
    out.push(
      `The sources give different dates for ${plural(conflicts.length, "event")}: ${which}.`,
    );
  }
  const inferred = items.filter((i) => i.event.date.inferred).length;
  if (inferred > 0) {
    out.push(
      `${capitalize(plural(inferred, "date"))} ${inferred === 1 ? "is" : "are"} inferred from the text rather than stated, and marked “inferred”.`,
    );
  }
  const open = items.filter((i) => i.event.date.open).length;
  if (open > 0) {
    out.push(
      `${capitalize(plural(open, "event"))} ${open === 1 ? "has" : "have"} no stated end (“since …”).`,
    );
  }
  if (breaks.length > 0) {
    const gaps = breaks.map((b) => `between ${b.before} and ${b.after}`);
    out.push(`The time axis is broken ${listing(gaps)}, so that dates close together stay apart.`);
  }
  return out.join(" ");
}
