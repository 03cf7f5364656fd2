import { describe, expect, it } from "vitest";
import {
  CONFLICT,
  DAY,
  EVENTS,
  INFERRED,
  MONTH,
  RANGE,
  SINCE,
  SOURCES,
  WEEK,
} from "../../tests/support/timeline-fixtures.ts";
import { parseIsoDate } from "../core/calendar.ts";
import { byDate, daySpan, markKind, sourceLookup, timelineItems } from "./timeline-items.ts";

describe("markKind", () => {
  it("is a point for one day, a bar for longer or coarser dates, open for since", () => {
    expect(markKind(DAY.date)).toBe("point");
    expect(markKind(WEEK.date)).toBe("bar");
    expect(markKind(MONTH.date)).toBe("bar");
    expect(markKind(RANGE.date)).toBe("bar");
    expect(
      markKind({ ...DAY.date, precision: "year", start: "2024-01-01", end: "2024-12-31" }),
    ).toBe("bar");
    expect(markKind(SINCE.date)).toBe("open");
    // Sources a day apart: a bar across their dates, not a point.
    expect(markKind(CONFLICT.date)).toBe("bar");
  });
});

describe("daySpan", () => {
  it("covers the first to the last day inclusive, or nothing for an impossible date", () => {
    const start = parseIsoDate("2024-10-14") ?? 0;
    expect(daySpan(WEEK.date)).toEqual({ start, end: start + 7 });
    expect(daySpan({ start: "2024-02-30", end: "2024-03-01" })).toBeNull();
    expect(daySpan({ start: "2024-03-02", end: "2024-03-01" })).toBeNull();
  });
});

describe("sourceLookup", () => {
  it("labels known sources, falls back to the id, and styles by list position", () => {
    const { labelOf, styleOf } = sourceLookup(SOURCES);
    expect(labelOf("lyon-wire")).toBe("Lyon Wire");
    expect(labelOf("unknown-paper")).toBe("unknown-paper");
    expect(styleOf("daily-example").index).toBe(0);
    expect(styleOf("north-post").index).toBe(2);
    expect(styleOf("unknown-paper").index).toBe(3);
    expect(styleOf("unknown-paper").index).toBe(3);
  });
});

describe("timelineItems", () => {
  const items = timelineItems(EVENTS.toReversed(), SOURCES, { id: "tl" });

  it("puts events in date order with links to their list items", () => {
    expect(items.map((i) => i.event.id)).toEqual(EVENTS.toSorted(byDate).map((e) => e.id));
    expect(items.map((i) => i.index)).toEqual(items.map((_, n) => n));
    expect(items[0]?.href).toBe(`#tl-${items[0]?.event.id}`);
  });

  it("knows which events several sources report, which are inferred, which conflict", () => {
    const byId = new Map(items.map((i) => [i.event.id, i]));
    expect(byId.get(DAY.id)?.multi).toBe(true);
    expect(byId.get(WEEK.id)?.multi).toBe(false);
    expect(byId.get(INFERRED.id)?.inferred).toBe(true);
    const conflict = byId.get(CONFLICT.id);
    expect(conflict?.conflict).toBe(true);
    expect(conflict?.reports.map((r) => r.label)).toEqual(["Lyon Wire", "North Post"]);
    expect(conflict?.anchors).toHaveLength(2);
    expect(byId.get(DAY.id)?.reports).toEqual([]);
  });

  it("leaves out an event whose date is not on the calendar", () => {
    const broken = {
      ...DAY,
      id: "x-event-9",
      date: { ...DAY.date, start: "2024-02-30", end: "2024-02-30" },
    };
    expect(timelineItems([broken, WEEK], SOURCES, { id: "tl" }).map((i) => i.event.id)).toEqual([
      WEEK.id,
    ]);
  });
});
