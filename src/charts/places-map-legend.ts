import { label, SMALL } from "./chart.ts";
import { el, type Markup } from "./svg.ts";

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
