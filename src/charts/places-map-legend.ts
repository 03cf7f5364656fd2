import { cap, moreWords } from "./cap.ts";
import { label, SMALL, WIDTH } from "./chart.ts";
import { legend } from "./legend.ts";
import { sourceMark } from "./palette.ts";
import type { ChartSource } from "./sources.ts";
import { el, join, type Markup } from "./svg.ts";

/** The bubble-size key under the places map: a few mention counts drawn at their radius. */
export function sizeLegend(
  radius: (m: number) => number,
  values: readonly number[],
  y: number,
): { markup: Markup; height: number } {
  const rMax = Math.max(...values.map(radius));
  const cy = y + rMax + 1;
  const base = cy + SMALL * 0.35;
  const parts: Markup[] = [label(0, base, "Mentions:", { cls: "chart-muted", size: SMALL })];
  let x = 70;
  for (const v of values) {
    const r = radius(v);
    parts.push(
      el("circle", {
        class: "map-bubble",
        cx: x + r,
        cy,
        r,
        fill: "currentColor",
        "fill-opacity": 0.6,
        stroke: "currentColor",
        "stroke-width": 1.25,
      }),
      label(x + 2 * r + 5, base, String(v), { size: SMALL }),
    );
    x += 2 * r + 5 + String(v).length * 8 + 14;
  }
  return {
    markup: el("g", { class: "chart-legend map-size-legend" }, ...parts),
    height: 2 * rMax + 2,
  };
}

/**
 * The key of the sources' marks under the places map: "Named by:" and the first `max` sources,
 * then how many more (a map named by hundreds of sources lists them all in its table only).
 */
export function sourceKey(
  cited: readonly ChartSource[],
  max: number,
  markArea: number,
  y: number,
): { markup: Markup; height: number } {
  const keyed = cap(cited, max);
  const key = legend(
    [
      { icon: () => join(), iconWidth: 0, label: "Named by:" },
      ...keyed.shown.map((s) => ({
        icon: (cx: number, cy: number) => sourceMark(s.style, cx, cy, markArea),
        iconWidth: 12,
        label: s.label,
      })),
      ...(keyed.more > 0
        ? [{ icon: () => join(), iconWidth: 0, label: moreWords(keyed.more, "source") }]
        : []),
    ],
    0,
    y,
    WIDTH,
    { size: SMALL, lineHeight: 20, pad: 4 },
  );
  return {
    markup: el("g", { class: "chart-legend map-source-legend" }, key.markup),
    height: key.height,
  };
}
