import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { EVENTS, HOSTILE, SOURCES } from "../../tests/support/timeline-fixtures.ts";
import { type TimelineItem, timelineItems } from "./timeline-items.ts";
import { AXIS_X, NARROW_WIDTH, narrowLayout } from "./timeline-narrow.ts";
import { segmentDays } from "./timeline-segments.ts";

function layout(events: typeof EVENTS) {
  const items = timelineItems(events, SOURCES, { id: "tl" });
  return narrowLayout(items, segmentDays(items.flatMap((i: TimelineItem) => i.anchors)));
}

describe("narrowLayout", () => {
  const narrow = layout(EVENTS);

  it("is 360 wide: every label, mark and tooltip stays within it", () => {
    expect(NARROW_WIDTH).toBe(360);
    for (const p of narrow.placed) {
      expect(p.label.x + p.label.w).toBeLessThanOrEqual(NARROW_WIDTH);
      expect(p.spec.c).toBeGreaterThan(AXIS_X);
      expect(p.spec.c).toBeLessThan(p.label.x);
    }
    const doc = parseHTML(
      `<!doctype html><html><body><svg>${narrow.body}</svg></body></html>`,
    ).document;
    for (const el of doc.querySelectorAll("rect, circle, text, line")) {
      for (const attr of ["x", "cx", "x1", "x2"]) {
        const v = el.getAttribute(attr);
        if (v !== null)
          expect(Number(v), `${el.tagName} ${attr}`).toBeLessThanOrEqual(NARROW_WIDTH);
      }
      const w = el.getAttribute("width");
      if (w !== null)
        expect(Number(el.getAttribute("x")) + Number(w)).toBeLessThanOrEqual(NARROW_WIDTH);
    }
  });

  it("runs time down the page and never lets two labels overlap", () => {
    const ys = narrow.placed.map((p) => p.spec.a0);
    expect(ys).toEqual(ys.toSorted((a, b) => a - b));
    const labels = narrow.placed.map((p) => p.label).toSorted((a, b) => a.y - b.y);
    for (let i = 1; i < labels.length; i++) {
      const [prev, cur] = [labels[i - 1], labels[i]];
      expect((cur?.y ?? 0) >= (prev?.y ?? 0) + (prev?.h ?? 0)).toBe(true);
    }
    expect(narrow.height).toBeGreaterThanOrEqual(Math.max(...labels.map((l) => l.y + l.h)));
  });

  it("keeps a label level with its mark when there is room", () => {
    const single = layout([HOSTILE]).placed[0];
    expect(Math.abs((single?.label.y ?? 0) + 9 - (single?.spec.a0 ?? 0))).toBeLessThanOrEqual(1);
  });
});
