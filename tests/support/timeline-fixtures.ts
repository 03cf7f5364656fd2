/**
 * Hand-written, invented timeline data for the timeline chart's tests: a story about a summit in
 * Lyon, with an open "since" range and a month in August 2023, then a cluster of days in October
 * 2024 holding every kind of date (a week, a range, single days, a conflict between two sources,
 * an inferred date), plus hostile strings.
 */
import type { SourceRef } from "../../src/charts/chart.ts";
import type {
  DatePrecision,
  DateValue,
  TimelineDate,
  TimelineEvent,
  TimelineReport,
} from "../../src/core/model.ts";

export const SOURCES: SourceRef[] = [
  { id: "daily-example", label: "The Daily Example" },
  { id: "lyon-wire", label: "Lyon Wire" },
  { id: "north-post", label: "North Post" },
];

export const STORY = "lyon-summit";

interface DateInput {
  start: string;
  end?: string;
  precision?: DatePrecision;
  inferred?: boolean;
  reason?: string;
  open?: boolean;
}

function value(d: DateInput): DateValue {
  return {
    start: d.start,
    end: d.end ?? d.start,
    precision: d.precision ?? "day",
    inferred: d.inferred ?? false,
    ...(d.reason ? { reason: d.reason } : {}),
    ...(d.open ? { open: true } : {}),
  };
}

export function report(source: string, d: DateInput, sentence = 0): TimelineReport {
  const text = d.start;
  return {
    source,
    text,
    start: 0,
    end: text.length,
    sentence,
    quote: `On ${text}.`,
    date: value(d),
  };
}

let counter = 0;

/** An event whose sources all give the same date `d`. */
export function event(
  title: string,
  d: DateInput,
  sources: readonly string[],
  o: { id?: string; story?: string; first?: string[] } = {},
): TimelineEvent {
  counter++;
  const v = value(d);
  const date: TimelineDate = {
    start: v.start,
    end: v.end,
    precision: v.precision,
    inferred: v.inferred,
    reasons: v.reason ? [v.reason] : [],
    open: Boolean(v.open),
    conflict: false,
  };
  const story = o.story ?? STORY;
  return {
    id: o.id ?? `${story}-event-${counter}`,
    story,
    title,
    date,
    reports: sources.map((s, i) => report(s, d, i + 1)),
    firstReported: o.first ?? sources.slice(0, 1),
  };
}

export const SINCE = event(
  "Talks between the two cities have run",
  { start: "2023-08-01", end: "2024-10-25", precision: "range", open: true },
  ["daily-example"],
  { id: "lyon-summit-event-1" },
);

export const MONTH = event(
  "Jane Example took office as mayor",
  { start: "2023-08-01", end: "2023-08-31", precision: "month" },
  ["daily-example", "lyon-wire"],
  { id: "lyon-summit-event-2" },
);

export const WEEK = event(
  "Delegations met in Lyon",
  { start: "2024-10-14", end: "2024-10-20", precision: "week" },
  ["lyon-wire"],
  { id: "lyon-summit-event-3" },
);

export const RANGE = event(
  "A strike closed the river port",
  { start: "2024-10-16", end: "2024-10-18", precision: "range" },
  ["lyon-wire", "north-post"],
  { id: "lyon-summit-event-4" },
);

export const DAY = event(
  "Jane Example spoke at the town hall about the new tram line and the budget for the coming years",
  { start: "2024-10-21" },
  ["daily-example", "lyon-wire", "north-post"],
  { id: "lyon-summit-event-5", first: ["lyon-wire"] },
);

/** Lyon Wire says the 22nd, North Post the 23rd. */
export const CONFLICT: TimelineEvent = {
  id: "lyon-summit-event-6",
  story: STORY,
  title: "The accord was signed",
  date: {
    start: "2024-10-22",
    end: "2024-10-23",
    precision: "day",
    inferred: false,
    reasons: [],
    open: false,
    conflict: true,
  },
  reports: [
    report("lyon-wire", { start: "2024-10-22" }, 4),
    report("north-post", { start: "2024-10-23" }, 7),
  ],
  firstReported: ["lyon-wire", "north-post"],
};

export const INFERRED_REASON =
  "“last Thursday”: the Thursday before the article’s date, 25 October 2024";

export const INFERRED = event(
  "Protesters gathered outside the hall",
  { start: "2024-10-24", inferred: true, reason: INFERRED_REASON },
  ["north-post"],
  { id: "lyon-summit-event-7", first: [] },
);

export const LAST = event("Jane Example flew home", { start: "2024-10-25" }, ["daily-example"], {
  id: "lyon-summit-event-8",
});

export const EVENTS: TimelineEvent[] = [SINCE, MONTH, WEEK, RANGE, DAY, CONFLICT, INFERRED, LAST];

/** Only the October 2024 days. */
export const OCTOBER: TimelineEvent[] = [WEEK, RANGE, DAY, CONFLICT, INFERRED, LAST];

export const HOSTILE_SOURCES: SourceRef[] = [{ id: "evil", label: `Plain & "Simple" <b>bold</b>` }];

export const HOSTILE: TimelineEvent = event(
  `<script>alert("x")</script> & "friends" 'quoted'`,
  {
    start: "2024-03-14",
    inferred: true,
    reason: `<img src=x onerror="alert(1)"> & more`,
  },
  ["evil"],
  { id: "evil-event-1", story: "evil" },
);

/** A second story, for the site-wide timeline. */
export const OTHER_STORY = "river-festival";
export const FESTIVAL = event(
  "The river festival opened",
  { start: "2024-10-19" },
  ["north-post"],
  { id: "river-festival-event-1", story: OTHER_STORY },
);

export const STORY_TITLES = new Map([
  [STORY, "The Lyon summit"],
  [OTHER_STORY, "A festival on the river"],
]);
