import { describe, expect, it } from "vitest";
import { CONFLICT, DAY, EVENTS, SOURCES, WEEK } from "../../tests/support/timeline-fixtures.ts";
import { timelineItems } from "./timeline-items.ts";
import { legendItems, timelineLegend } from "./timeline-legend.ts";

const items = (events: typeof EVENTS) => timelineItems(events, SOURCES, { id: "tl" });

describe("timeline legend", () => {
  it("lists only the kinds of mark the chart uses", () => {
    expect(legendItems(items([DAY])).map((i) => i.label)).toEqual(["several sources"]);
    expect(legendItems(items([WEEK])).map((i) => i.label)).toEqual([
      "one source",
      "week, month, year or range",
    ]);
  });

  it("explains every mark of the full fixture, with each conflicting source's shape", () => {
    expect(legendItems(items(EVENTS)).map((i) => i.label)).toEqual([
      "several sources",
      "one source",
      "week, month, year or range",
      "since …, no end given",
      "inferred date",
      "date given by Lyon Wire",
      "date given by North Post",
    ]);
    expect(legendItems(items([CONFLICT])).at(-1)?.label).toBe("date given by North Post");
  });

  it("is hidden from assistive technology (the description says it in words) and takes room", () => {
    const key = timelineLegend(items(EVENTS), 360, 0);
    expect(key.markup).toContain('aria-hidden="true"');
    expect(key.height).toBeGreaterThanOrEqual(40);
    expect(timelineLegend([], 360, 0)).toEqual({ markup: "", height: 0 });
  });
});
