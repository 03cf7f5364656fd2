import type { DateValue } from "../model.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2025-03-07" -> "7 March 2025". Plain string work: no time zone, no locale. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1];
  if (!y || !month || !d) return iso;
  return `${Number(d)} ${month} ${y}`;
}

/**
 * A resolved date as a reader says it, at its own precision: "7 March 2025", "the week of
 * 3 March 2025", "March 2025", "2025", "1 March 2025 to 7 March 2025", "since 1 May 2023".
 */
export function formatDateValue(v: DateValue): string {
  if (v.open) return `since ${formatDay(v.start)}`;
  switch (v.precision) {
    case "day":
      return v.start === v.end
        ? formatDay(v.start)
        : `${formatDay(v.start)} to ${formatDay(v.end)}`;
    case "week":
      return `the week of ${formatDay(v.start)}`;
    case "month": {
      const [y, m] = v.start.split("-");
      const month = MONTHS[Number(m) - 1];
      return month && y ? `${month} ${y}` : v.start;
    }
    case "year":
      return v.start.slice(0, 4);
    case "range":
      return `${formatDay(v.start)} to ${formatDay(v.end)}`;
  }
}
