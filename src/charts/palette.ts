/**
 * How a source is drawn: an Okabe–Ito colour (distinguishable with the common colour-vision
 * deficiencies) *and* a shape, so no reader depends on the colour. Marks are outlined in
 * `currentColor`, the page's text colour, which keeps them visible on the light and the dark
 * background alike (yellow alone would vanish on white, black on the dark scheme).
 */
import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from "d3";
import { el, type Markup, num } from "./svg.ts";

/** The Okabe–Ito palette (Okabe & Ito 2008), by name. */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

/**
 * Source colours, in order. Black is left out: it disappears on the dark scheme, and the outline
 * already draws every mark in the text colour.
 */
export const SOURCE_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];

export type ShapeName =
  | "circle"
  | "square"
  | "triangle"
  | "diamond"
  | "triangle-down"
  | "star"
  | "cross"
  | "wye";

const SHAPES: readonly { name: ShapeName; type: SymbolType; rotate: number }[] = [
  { name: "circle", type: symbolCircle, rotate: 0 },
  { name: "square", type: symbolSquare, rotate: 0 },
  { name: "triangle", type: symbolTriangle, rotate: 0 },
  { name: "diamond", type: symbolDiamond, rotate: 0 },
  { name: "triangle-down", type: symbolTriangle, rotate: 180 },
  { name: "star", type: symbolStar, rotate: 0 },
  { name: "cross", type: symbolCross, rotate: 0 },
  { name: "wye", type: symbolWye, rotate: 0 },
];

export const SHAPE_NAMES: readonly ShapeName[] = SHAPES.map((s) => s.name);

export interface SourceStyle {
  index: number;
  color: string;
  shape: ShapeName;
}

/**
 * The style of the source at `index`. Colours and shapes cycle with coprime periods (7 and 8), so
 * the first 56 sources all get a different pair.
 */
export function sourceStyle(index: number): SourceStyle {
  const i = Math.max(0, Math.floor(index));
  return {
    index: i,
    color: SOURCE_COLORS[i % SOURCE_COLORS.length] ?? OKABE_ITO.blue,
    shape: SHAPE_NAMES[i % SHAPE_NAMES.length] ?? "circle",
  };
}

/** The `d` of a shape centred on 0,0 with the given area (equal areas look equally heavy). */
export function shapePath(shape: ShapeName, area: number): string {
  const def = SHAPES.find((s) => s.name === shape) ?? SHAPES[0];
  const d = symbol()
    .type(def?.type ?? symbolCircle)
    .size(area)
    .digits(2)();
  return d ?? "";
}

/** A source's mark at x, y: filled with its colour, outlined in the text colour. */
export function sourceMark(style: SourceStyle, x: number, y: number, area = 90): Markup {
  const rotate = SHAPES.find((s) => s.name === style.shape)?.rotate ?? 0;
  return el("path", {
    class: `chart-mark chart-shape-${style.shape}`,
    d: shapePath(style.shape, area),
    transform: `translate(${num(x)},${num(y)})${rotate ? ` rotate(${rotate})` : ""}`,
    fill: style.color,
    stroke: "currentColor",
    "stroke-width": 1.25,
    "stroke-linejoin": "round",
  });
}
