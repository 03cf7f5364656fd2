/**
 * What every chart returns, and the <svg> frame they share: a viewBox one phone wide, role="img"
 * with a <title> and a <desc> written from the data, and the page's colours through
 * `currentColor` and classes (see src/styles/charts.css).
 */
import { hashId } from "../core/text/hash.ts";
import { el, join, type Markup, text } from "./svg.ts";

/**
 * What a chart returns (svg, alt, a TableModel), and a source as a chart names it: the model's
 * shapes, since the chart step writes them to content/charts/ as they are.
 */
export type { ChartResult, SourceRef, TableModel } from "../core/model.ts";

/**
 * The width of every chart's viewBox, in user units. The SVG is drawn at width="100%", so on a
 * 320 px container one unit is 0.89 px; charts.css caps the width (28rem) so text does not grow
 * past body size on wide screens.
 */
export const WIDTH = 360;
/** Body text in the charts: 14 units is 12.4 px on a 320 px container, 13.3 px on a 375 px phone. */
export const FONT = 14;
/** Secondary text (axis ticks, units): 12.5 units, 11.1 px at 320 px. */
export const SMALL = 12.5;
/** Line height for wrapped labels. */
export const LINE = 18;

const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** An id prefix safe in HTML and unique per chart content (ids must not clash on one page). */
export function chartId(kind: string, data: unknown): string {
  return `chart-${kind}-${hashId(JSON.stringify(data) ?? "")}`;
}

export interface FrameOptions {
  id: string;
  /** A class naming the chart, e.g. "chart-figures". */
  kind: string;
  height: number;
  title: string;
  desc: string;
  body: Markup;
}

/** The <svg> root. `fill="currentColor"` makes text follow the page's colour scheme. */
export function frame(o: FrameOptions): Markup {
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${Math.ceil(o.height)}`,
      width: "100%",
      role: "img",
      "aria-labelledby": `${o.id}-title`,
      "aria-describedby": `${o.id}-desc`,
      class: `chart ${o.kind}`,
      id: o.id,
      "font-family": FONT_STACK,
      "font-size": FONT,
      fill: "currentColor",
    },
    el("title", { id: `${o.id}-title` }, text(o.title)),
    el("desc", { id: `${o.id}-desc` }, text(o.desc)),
    o.body,
  );
}

/** A line of text. `cls` names its role for charts.css ("chart-muted", "chart-strong", …). */
export function label(
  x: number,
  y: number,
  content: string,
  opts: {
    cls?: string | undefined;
    size?: number | undefined;
    anchor?: "start" | "middle" | "end" | undefined;
    bold?: boolean | undefined;
  } = {},
): Markup {
  return el(
    "text",
    {
      x,
      y,
      class: opts.cls,
      "font-size": opts.size,
      "font-weight": opts.bold ? 700 : undefined,
      "text-anchor": opts.anchor && opts.anchor !== "start" ? opts.anchor : undefined,
    },
    text(content),
  );
}

/** Several lines, the first baseline at y. */
export function lines(
  x: number,
  y: number,
  content: readonly string[],
  opts: { cls?: string; size?: number; bold?: boolean; lineHeight?: number } = {},
): Markup {
  const step = opts.lineHeight ?? LINE;
  return join(content.map((line, i) => label(x, y + i * step, line, opts)));
}

/** A horizontal rule in the page's rule colour (faint text colour without charts.css). */
export function rule(x1: number, x2: number, y: number): Markup {
  return el("line", {
    class: "chart-rule",
    x1,
    x2,
    y1: y,
    y2: y,
    stroke: "currentColor",
    "stroke-opacity": 0.25,
  });
}
