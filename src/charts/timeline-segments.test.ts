import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../core/calendar.ts";
import {
  type DaySpan,
  eventAnchors,
  LONG_SPAN,
  type Segment,
  segmentDays,
  spanAnchors,
} from "./timeline-segments.ts";

function d(iso: string): number {
  const n = parseIsoDate(iso);
  if (n === null) throw new Error(iso);
  return n;
}
/** Days [first, last] inclusive. */
function span(first: string, last = first): DaySpan {
  return { start: d(first), end: d(last) + 1 };
}
function days(...isos: string[]): DaySpan[] {
  return isos.map((i) => span(i));
}
function covers(s: Segment, iso: string): boolean {
  return s.start <= d(iso) && d(iso) < s.end;
}

const OCTOBER_DAYS = days("2024-10-21", "2024-10-22", "2024-10-23", "2024-10-24", "2024-10-25");

describe("spanAnchors", () => {
  it("keeps a short span whole and anchors a long or open one by its ends", () => {
    const month = span("2023-08-01", "2023-08-31");
    expect(spanAnchors(month)).toEqual([month]);
    const year = span("2023-01-01", "2023-12-31");
    expect(spanAnchors(year)).toEqual([span("2023-01-01"), span("2023-12-31")]);
    expect(year.end - year.start).toBeGreaterThan(LONG_SPAN);
    const week = span("2024-10-14", "2024-10-20");
    expect(spanAnchors(week, true)).toEqual([span("2024-10-14"), span("2024-10-20")]);
  });

  it("anchors a conflict at each source's own date", () => {
    const anchors = eventAnchors(span("2023-10-22", "2024-10-22"), {
      open: false,
      reports: [
        { span: span("2023-10-22"), open: false },
        { span: span("2024-10-22"), open: false },
      ],
    });
    expect(anchors).toEqual([span("2023-10-22"), span("2024-10-22")]);
  });
});

describe("segmentDays", () => {
  it("splits a month long ago from a cluster of days", () => {
    const segments = segmentDays([span("2023-08-01", "2023-08-31"), ...OCTOBER_DAYS]);
    expect(segments).toHaveLength(2);
    const [aug, oct] = segments as [Segment, Segment];
    expect(covers(aug, "2023-08-15")).toBe(true);
    expect(covers(oct, "2024-10-21") && covers(oct, "2024-10-25")).toBe(true);
    // The cluster asks for a unit a day; the lone month for one.
    expect(oct.need).toBe(5);
    expect(aug.need).toBe(1);
    expect(oct.count).toBe(5);
  });

  it("lets an open range's start far back make its own segment instead of squashing the rest", () => {
    const since = eventAnchors(span("2023-08-01", "2024-10-25"), { open: true });
    const segments = segmentDays([...since, ...OCTOBER_DAYS]);
    expect(segments).toHaveLength(2);
    expect(covers(segments[0] as Segment, "2023-08-01")).toBe(true);
  });

  it("breaks round a cluster inside a year both ends of which are far from it", () => {
    const year = spanAnchors(span("2024-01-01", "2024-12-31"));
    expect(segmentDays([...year, ...OCTOBER_DAYS])).toHaveLength(3);
  });

  it("keeps evenly spread dates on one scale", () => {
    const monthly = days("2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01");
    expect(segmentDays(monthly)).toHaveLength(1);
  });

  it("keeps a short stretch unbroken even if it is uneven", () => {
    expect(segmentDays([...OCTOBER_DAYS, span("2024-11-10")])).toHaveLength(1);
  });

  it("does not break between two lone dates: there is nothing to spread out", () => {
    expect(segmentDays(days("2019-05-01", "2024-10-21"))).toHaveLength(1);
  });

  it("judges a gap by its neighbours, not by a far tail of dates", () => {
    // A cluster, then two stray dates months later: the cluster still gets its own scale.
    const segments = segmentDays([...OCTOBER_DAYS, ...days("2025-02-14", "2025-04-10")]);
    expect(segments.length).toBeGreaterThanOrEqual(2);
    expect(segments[0]?.end).toBe(d("2024-10-26"));
  });

  it("returns nothing for no anchors and one segment for one", () => {
    expect(segmentDays([])).toEqual([]);
    expect(segmentDays(days("2024-03-14"))).toEqual([
      { start: d("2024-03-14"), end: d("2024-03-15"), count: 1, need: 1 },
    ]);
  });
});
