import { describe, expect, it } from "vitest";
import { DAY, EVENTS, LAST, OCTOBER, SOURCES } from "../../tests/support/timeline-fixtures.ts";
import { type TimelineItem, timelineItems } from "./timeline-items.ts";
import { overlapArea } from "./timeline-layout.ts";
import { segmentDays } from "./timeline-segments.ts";
import { WIDE_WIDTH, wideLayout } from "./timeline-wide.ts";

function layout(events: typeof EVENTS) {
  const items = timelineItems(events, SOURCES, { id: "tl" });
  return wideLayout(items, segmentDays(items.flatMap((i: TimelineItem) => i.anchors)));
}

describe("wideLayout", () => {
  const wide = layout(EVENTS);

  it("stacks events in lanes so that no two events' marks and labels overlap", () => {
    const boxes = wide.placed.map((p) => p.box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlapArea(boxes[i] as never, boxes[j] as never), `${i} and ${j}`).toBe(0);
      }
    }
    expect(new Set(wide.placed.map((p) => p.lane)).size).toBeGreaterThan(1);
  });

  it("keeps labels inside the width and starts each under its mark", () => {
    for (const p of wide.placed) {
      expect(p.labelX).toBeGreaterThanOrEqual(0);
      expect(p.labelX + p.label.w).toBeLessThanOrEqual(WIDE_WIDTH);
      expect(p.box.x + p.box.w).toBeLessThanOrEqual(WIDE_WIDTH);
    }
    expect(wide.height).toBeGreaterThan(Math.max(...wide.placed.map((p) => p.box.y + p.box.h)));
  });

  it("spreads a cluster of days over a readable width, with or without a far-off month", () => {
    for (const events of [EVENTS, OCTOBER]) {
      const placed = layout(events).placed;
      const at = (id: string) => placed.find((p) => p.item.event.id === id)?.spec.a0 ?? 0;
      expect((at(LAST.id) - at(DAY.id)) / 4).toBeGreaterThanOrEqual(10);
    }
  });

  it("puts events in time order along the axis", () => {
    const starts = wide.placed.map((p) => p.spec.a0);
    expect(starts).toEqual(starts.toSorted((a, b) => a - b));
  });
});
