import type { DatePrecision, DateValue, TimelineDate } from "../../core/model.ts";

// For reports on the same days at different precisions ("from 1 to 31 March" and "March"),
// the event keeps the plainest: a named unit reads better than a range.
const PLAINEST: readonly DatePrecision[] = ["day", "week", "month", "year", "range"];

/**
 * The event's date from its reports' dates, in report order. When they give the same days,
 * that date; when one report's days lie within all the others' (a day and its week), the most
 * precise; when they differ otherwise, the range from the earliest start to the latest end, marked as
 * a conflict (each report still has its own date). Two "since …" ranges from the same start
 * agree, whatever day each source was written: an open range ends only at its anchor.
 * The date is inferred only when every report's is (a date one source states in full is not
 * inferred), with the distinct reasons given.
 */
export function eventDate(dates: readonly DateValue[]): TimelineDate {
  const first = dates[0];
  if (!first) {
    return {
      start: "",
      end: "",
      precision: "day",
      inferred: false,
      reasons: [],
      open: false,
      conflict: false,
    };
  }
  // ISO dates order as strings.
  const start = dates.map((d) => d.start).sort()[0] ?? first.start;
  const end =
    dates
      .map((d) => d.end)
      .sort()
      .at(-1) ?? first.end;
  const open = dates.every((d) => d.open === true);
  const agree = dates.every((d) => d.start === first.start && (open || d.end === first.end));
  const inferred = dates.every((d) => d.inferred);
  const reasons = inferred ? [...new Set(dates.flatMap((d) => (d.reason ? [d.reason] : [])))] : [];
  if (!agree) {
    // "Last week" and "Tuesday" (a day of that week) do not conflict: one is only less precise.
    // When one report's days lie within every other's, the event takes that, the most precise.
    // Open ranges are left out: "since January" and "since March" disagree on when it began.
    const inner = dates.some((d) => d.open)
      ? undefined
      : dates.find((d) => dates.every((o) => o.start <= d.start && d.end <= o.end));
    if (inner) {
      // The day comes from this report alone, so it is inferred exactly when this one is.
      return {
        start: inner.start,
        end: inner.end,
        precision: inner.precision,
        inferred: inner.inferred,
        reasons: inner.inferred && inner.reason ? [inner.reason] : [],
        open: false,
        conflict: false,
      };
    }
  }
  const precision = agree ? plainest(dates) : "range";
  return { start, end, precision, inferred, reasons, open, conflict: !agree };
}

function plainest(dates: readonly DateValue[]): DatePrecision {
  let best = PLAINEST.length - 1;
  for (const d of dates) best = Math.min(best, Math.max(0, PLAINEST.indexOf(d.precision)));
  return PLAINEST[best] ?? "range";
}
