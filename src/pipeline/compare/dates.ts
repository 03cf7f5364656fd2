import { parseIsoDate } from "../../core/calendar.ts";
import { describeDateSpan } from "../../core/format.ts";
import type { ClaimValue, DateMention, DateValue } from "../../core/model.ts";
import { overall } from "./agreement.ts";
import { align, weakestPair } from "./align.ts";
import { dateAgreement, within } from "./date-status.ts";
import { eventMatch, eventVerb, firmEvents } from "./event-match.ts";
import type { PersonEvent } from "./events.ts";
import { allSay, eachSays, listOf } from "./explain.ts";
import { firmGroup } from "./firm.ts";
import { isSpeechVerb } from "./lexicon.ts";
import type { Draft } from "./order.ts";

/**
 * When each source says a person's event happened, aligned by person (see event-match.ts) and
 * compared on the resolved calendar values (see date-status.ts). Dates that could not be
 * placed on the calendar are left out: there is nothing to compare them on.
 */
export function dateClaims(
  story: string,
  events: readonly PersonEvent[],
  names: ReadonlyMap<string, string>,
): Draft[] {
  const dated = events.filter((e) => e.date?.value);
  const groups = align(dated, { score: eventMatch, threshold: 0.5 });
  // Events already shown: aligned ones, then each single-source one as it is listed.
  const shown = groups.filter((g) => g.length > 1).flat();
  const drafts: Draft[] = [];
  const sameValue = (a: PersonEvent, b: PersonEvent) =>
    dateAgreement(dateOf(a), dateOf(b)) === "agree";
  for (const candidates of groups) {
    // Different dates are shown side by side only on firm evidence (see firm.ts).
    const shownAs =
      candidates.length > 1
        ? firmGroup(
            candidates,
            overall(candidates.map(dateOf), dateAgreement),
            sameValue,
            firmDates,
          )
        : { group: candidates, status: "agree" as const };
    if (!shownAs) continue;
    const group = shownAs.group;
    const first = group[0];
    if (!first) continue;
    const person = names.get(first.key) ?? first.person.name;
    const topic = `when ${person} ${eventVerb(group)}`;
    const values = group.map(dateValue);
    const dates = group.map((e) => (e.date as DateMention).value as DateValue);
    if (group.length === 1) {
      const v = dates[0] as DateValue;
      const repeated = shown.some(
        (m) =>
          m.from === first.from &&
          m.key === first.key &&
          dateAgreement(m.date?.value as DateValue, v) === "agree",
      );
      if (repeated) continue;
      shown.push(first);
      drafts.push({
        story,
        kind: "date",
        topic,
        status: "single-source",
        values,
        explanation: `Only ${first.from.label} says ${topic}: ${values[0]?.value}.`,
      });
      continue;
    }
    const status = shownAs.status;
    const said = group.map((e, k) => ({ label: e.from.label, value: values[k]?.value ?? "" }));
    let explanation: string;
    if (status === "agree") {
      const texts = [...new Set(group.map((e) => (e.date as DateMention).text))];
      const as = texts.length > 1 ? ` (${listOf(texts.map((t) => `“${t}”`))})` : "";
      explanation = allSay(group.length, `${said[0]?.value}${as}`);
    } else if (status === "differ") {
      explanation = eachSays(said);
    } else {
      explanation = `${eachSays(said)} ${whyCompatible(dates)}`;
    }
    const score = weakestPair(group, eventMatch);
    drafts.push({ story, kind: "date", topic, status, values, explanation, score });
  }
  return drafts;
}

/**
 * Dates firm enough to be shown differing: the same event (see firmEvents), each date stated
 * rather than worked out. A weekday or a "last week" placed from a publication date the build
 * had to guess says more about the guess than about the event.
 */
function firmDates(a: PersonEvent, b: PersonEvent): boolean {
  if (dateOf(a).inferred || dateOf(b).inferred || !firmEvents(a, b)) return false;
  // People speak often: two days a week apart for "when she spoke" are far more often two
  // statements (a Monday announcement, a Friday update) than two accounts of one. Sources
  // that disagree on the day of one remark are a day or two apart.
  const speech = isSpeechVerb(a.verb) || isSpeechVerb(b.verb);
  return !speech || daysApart(dateOf(a), dateOf(b)) <= SPEECH_DAYS;
}

/** Days apart two sources may date one remark and still be shown as differing. */
const SPEECH_DAYS = 3;

/** Days between two spans (0 when they overlap; endless when one cannot be read). */
function daysApart(a: DateValue, b: DateValue): number {
  const day = (iso: string) => parseIsoDate(iso) ?? Number.NaN;
  const gap = Math.max(day(b.start) - day(a.end), day(a.start) - day(b.end), 0);
  return Number.isNaN(gap) ? Number.POSITIVE_INFINITY : gap;
}

function dateOf(e: PersonEvent): DateValue {
  return (e.date as DateMention).value as DateValue;
}

/** "7 March 2025 falls within the week of 3 March 2025." or an overlap. */
function whyCompatible(dates: readonly DateValue[]): string {
  const all = dates.length === 2 ? "both" : "all";
  for (const inner of dates) {
    const outer = dates.find((o) => within(inner, o));
    if (outer && dates.every((d) => d === inner || within(inner, d) || d.start === inner.start)) {
      return `${cap(describeDateSpan(inner))} falls within ${describeDateSpan(outer)}, so ${all} can be true.`;
    }
  }
  return `The dates overlap, so ${all} can be true.`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function dateValue(e: PersonEvent): ClaimValue {
  const d = e.date as DateMention;
  return {
    source: e.from.article.id,
    value: d.value ? describeDateSpan(d.value) : d.text,
    text: d.text,
    start: d.start,
    end: d.end,
    sentence: d.sentence,
    ...(d.value ? { date: d.value } : {}),
  };
}
