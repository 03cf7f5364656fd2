import { MONTH_NAMES } from "./date-words.ts";
/**
 * Reader-facing wording of dates and counts, shared by the pipeline (explanations, inferred-date
 * reasons) and the pages, so a date reads the same everywhere. Plain string work: no time zone,
 * no locale, no clock.
 */

/** "2024-10-23" -> "23 October 2024"; "2024-10" -> "October 2024"; unreadable input unchanged. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  if (!y || !month) return iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A resolved date's shape (core/model.ts DateValue), as far as wording needs it. */
export interface DateSpan {
  start: string;
  end: string;
  precision: "day" | "week" | "month" | "year" | "range";
  open?: boolean | undefined;
}

/**
 * A resolved date at its own precision: "7 March 2025", "the week of 3 March 2025",
 * "March 2025", "2025", "1 March 2025 to 7 March 2025", "since 1 May 2023".
 */
export function describeDateSpan(v: DateSpan): string {
  if (v.open) return `since ${openStart(v.start)}`;
  switch (v.precision) {
    case "day":
      return v.start === v.end
        ? formatDate(v.start)
        : `${formatDate(v.start)} to ${formatDate(v.end)}`;
    case "week":
      return `the week of ${formatDate(v.start)}`;
    case "month":
      return formatDate(v.start.slice(0, 7));
    case "year":
      return v.start.slice(0, 4);
    case "range":
      return `${formatDate(v.start)} to ${formatDate(v.end)}`;
  }
}

/**
 * The start of a "since …" range at the precision it was most likely given: an open range keeps
 * only its start day, and "since August 2023" starts on the 1st, which must not be shown as if
 * the source had said "since 1 August 2023". A first of the month reads as the month, a first
 * of January as the year: less precise at worst, never more than the source.
 */
function openStart(iso: string): string {
  if (iso.endsWith("-01-01")) return iso.slice(0, 4);
  if (iso.endsWith("-01")) return formatDate(iso.slice(0, 7));
  return formatDate(iso);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
