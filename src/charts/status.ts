/**
 * Statuses as marks. Each has a shape, a word and an Okabe–Ito colour, and the shape and word
 * alone carry the meaning: agree / reported = filled circle, differs = hollow diamond,
 * compatible = half-filled circle, one source = hollow circle, absent = a short dash.
 */
import type { Claim, ClaimStatus } from "../core/model.ts";
import { OKABE_ITO } from "./palette.ts";
import { el, type Markup, path, translate } from "./svg.ts";

/** What one source does with one claim. */
export type CellState = "reported" | "differs" | "compatible" | "absent";

export type MarkKind = CellState | "agree" | "single";

export const CELL_WORDS: Record<CellState, string> = {
  reported: "reported",
  differs: "differs",
  compatible: "compatible",
  absent: "not reported",
};

export const STATUS_WORDS: Record<ClaimStatus, string> = {
  agree: "agree",
  differ: "differs",
  compatible: "compatible",
  "single-source": "one source",
};

/** The cell of the coverage matrix for one source and one claim. */
export function cellState(claim: Claim, source: string): CellState {
  if (!claim.values.some((v) => v.source === source)) return "absent";
  if (claim.status === "differ") return "differs";
  if (claim.status === "compatible") return "compatible";
  return "reported";
}

/** The mark drawn for a claim's overall status. */
export function statusMarkKind(status: ClaimStatus): MarkKind {
  if (status === "differ") return "differs";
  if (status === "compatible") return "compatible";
  if (status === "single-source") return "single";
  return "agree";
}

const COLOR: Record<MarkKind, string> = {
  reported: OKABE_ITO.bluishGreen,
  agree: OKABE_ITO.bluishGreen,
  differs: OKABE_ITO.vermillion,
  compatible: OKABE_ITO.orange,
  single: "currentColor",
  absent: "currentColor",
};

/** A status mark centred on x, y; `r` is the radius of the circle it fits in. */
export function statusMark(kind: MarkKind, x: number, y: number, r = 6): Markup {
  const g = (cls: string, ...children: Markup[]) =>
    el("g", { class: `chart-status ${cls}`, transform: translate(x, y) }, ...children);
  switch (kind) {
    case "reported":
    case "agree":
      return g(
        `chart-status-${kind}`,
        el("circle", {
          r,
          fill: COLOR[kind],
          stroke: "currentColor",
          "stroke-width": 1.25,
        }),
      );
    case "differs": {
      const d = r * 1.25;
      return g(
        "chart-status-differs",
        el("path", {
          d: path(["M", 0, -d, "L", d, 0, "L", 0, d, "L", -d, 0, "Z"]),
          fill: "none",
          stroke: COLOR.differs,
          "stroke-width": 2.5,
          "stroke-linejoin": "miter",
        }),
      );
    }
    case "compatible":
      return g(
        "chart-status-compatible",
        el("path", {
          d: path(["M", 0, -r, "A", r, r, 0, 0, 0, 0, r, "Z"]),
          fill: COLOR.compatible,
        }),
        el("circle", { r, fill: "none", stroke: "currentColor", "stroke-width": 1.25 }),
      );
    case "single":
      return g(
        "chart-status-single",
        el("circle", { r: r - 0.5, fill: "none", stroke: "currentColor", "stroke-width": 1.5 }),
      );
    case "absent":
      return g(
        "chart-status-absent chart-muted-stroke",
        el("line", {
          x1: -r * 0.8,
          x2: r * 0.8,
          y1: 0,
          y2: 0,
          stroke: "currentColor",
          "stroke-width": 2,
          "stroke-linecap": "round",
          "stroke-opacity": 0.6,
        }),
      );
  }
}

/** Every cell state's mark and word, in legend order. */
export const CELL_ORDER: readonly CellState[] = ["reported", "differs", "compatible", "absent"];
