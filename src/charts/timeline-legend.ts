/**
 * The key to the timeline's marks, listing only what the chart uses: filled and hollow (several
 * sources, one source), a bar, an open end, the dashed "inferred" ring, and each source's shape
 * where sources give different dates.
 */
import { SMALL } from "./chart.ts";
import { type LegendItem, legend } from "./legend.ts";
import { sourceMark } from "./palette.ts";
import { el, join, type Markup } from "./svg.ts";
import type { ItemReport, TimelineItem } from "./timeline-items.ts";
import { eventMark } from "./timeline-marks.ts";

function icon(
  kind: "point" | "bar" | "open",
  multi: boolean,
  inferred = false,
): (cx: number, cy: number) => Markup {
  return (cx, cy) =>
    eventMark(
      kind === "point"
        ? { kind, a0: cx, a1: cx, c: cy, multi, inferred, breaks: [], reports: [] }
        : {
            kind,
            a0: cx - 9,
            a1: cx + (kind === "open" ? 3 : 9),
            c: cy,
            multi,
            inferred,
            breaks: [],
            reports: [],
          },
      "horizontal",
    );
}

export function legendItems(items: readonly TimelineItem[]): LegendItem[] {
  const out: LegendItem[] = [];
  if (items.some((i) => i.multi)) {
    out.push({ icon: icon("point", true), iconWidth: 12, label: "several sources" });
  }
  if (items.some((i) => !i.multi)) {
    out.push({ icon: icon("point", false), iconWidth: 12, label: "one source" });
  }
  if (items.some((i) => i.kind === "bar")) {
    out.push({ icon: icon("bar", false), iconWidth: 18, label: "week, month, year or range" });
  }
  if (items.some((i) => i.kind === "open")) {
    out.push({ icon: icon("open", false), iconWidth: 22, label: "since …, no end given" });
  }
  if (items.some((i) => i.inferred)) {
    out.push({ icon: icon("point", false, true), iconWidth: 18, label: "inferred date" });
  }
  const reporters = new Map<string, ItemReport>();
  for (const i of items)
    for (const r of i.reports) if (!reporters.has(r.source)) reporters.set(r.source, r);
  for (const r of [...reporters.values()].toSorted((a, b) => a.style.index - b.style.index)) {
    out.push({
      icon: (cx, cy) => sourceMark(r.style, cx, cy, 64),
      iconWidth: 12,
      label: `date given by ${r.label}`,
    });
  }
  return out;
}

/** The legend laid out in `width`, top at `y`; aria-hidden (the description says it in words). */
export function timelineLegend(
  items: readonly TimelineItem[],
  width: number,
  y: number,
): { markup: Markup; height: number } {
  const key = legend(legendItems(items), 2, y, width - 4, { size: SMALL, lineHeight: 20 });
  if (key.height === 0) return { markup: join(), height: 0 };
  return {
    markup: el("g", { class: "chart-legend timeline-legend", "aria-hidden": "true" }, key.markup),
    height: key.height,
  };
}
