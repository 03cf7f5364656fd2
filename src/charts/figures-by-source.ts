/**
 * Figures by source: one row per figure claim, one mark per source that gives a number.
 *
 * Scales: each row has its own axis, because rows count different things (troops, dollars,
 * soldiers a month) and a shared axis would invite comparing unlike quantities. Within a row the
 * axis is linear from zero, so a longer distance really is a larger number, unless the row's
 * numbers span more than LOG_RATIO (50×): then it is logarithmic, and the row says "log scale".
 */
import type { Claim } from "../core/model.ts";
import { cap, cappedNote, moreLines } from "./cap.ts";
import {
  type ChartResult,
  chartId,
  FONT,
  frame,
  label,
  lines,
  SMALL,
  type SourceRef,
  WIDTH,
} from "./chart.ts";
import { figureLabel } from "./figure-label.ts";
import { chevron, figureRow, lanesOf } from "./figure-row.ts";
import { type LegendItem, legend } from "./legend.ts";
import { sourceMark } from "./palette.ts";
import { type ChartSource, chartSources } from "./sources.ts";
import { STATUS_WORDS } from "./status.ts";
import { el, join, type Markup } from "./svg.ts";
import { wrapText } from "./text-width.ts";
import { capitalize, count, listing } from "./words.ts";

const TITLE = "Figures by source";
/** The most figures (rows) and sources drawn; the table keeps every one. */
export const MAX_ROWS = 30;
export const MAX_SOURCES = 12;

function isFigure(claim: Claim): boolean {
  return claim.kind === "figure";
}

/** "about 4,700 workers each month", as a source says it. */
function spoken(claim: Claim, source: string): string | null {
  const v = claim.values.find((x) => x.source === source);
  if (!v) return null;
  const figure = figureLabel(v);
  const amount = figure ? figure.words : v.value;
  return [amount, v.unit, v.rate].filter((s) => s && s.trim() !== "").join(" ");
}

const STATUS_PHRASE: Record<Claim["status"], string> = {
  differ: "the sources differ",
  agree: "the sources agree",
  compatible: "the sources give compatible figures",
  "single-source": "only one source gives it",
};

function describe(claims: readonly Claim[], sources: readonly ChartSource[]): string {
  if (claims.length === 0) return "No figures to compare.";
  const cited = sources.filter((s) => claims.some((c) => c.values.some((v) => v.source === s.id)));
  const differ = claims.filter((c) => c.status === "differ");
  const dispute =
    differ.length > 0
      ? `The sources differ on ${count(differ.length, "figure")}: ${listing(differ.map((c) => c.topic))}.`
      : "No figure is in dispute.";
  const head = `${capitalize(count(claims.length, "figure"))} reported by ${count(cited.length, "source")}. ${dispute}`;
  const rows = claims.map((c) => {
    const said = sources
      .map((s) => {
        const words = spoken(c, s.id);
        return words ? `${s.label} says ${words}` : null;
      })
      .filter((s): s is string => s !== null);
    return `${capitalize(c.topic)}: ${STATUS_PHRASE[c.status]}. ${said.join("; ")}.`;
  });
  return [head, ...rows].join(" ");
}

function legendItems(claims: readonly Claim[], sources: readonly ChartSource[]): LegendItem[] {
  const items: LegendItem[] = sources.map((s) => ({
    icon: (cx, cy) => sourceMark(s.style, cx, cy, 80),
    iconWidth: 12,
    label: s.label,
  }));
  const figures = claims.flatMap((c) => lanesOf(c, sources).map((l) => l.figure));
  if (figures.some((f) => f.isRange)) {
    items.push({
      icon: (cx, cy) =>
        el("rect", {
          class: "chart-range",
          x: cx - 9,
          y: cy - 4,
          width: 18,
          height: 8,
          rx: 2,
          fill: "currentColor",
          "fill-opacity": 0.3,
          stroke: "currentColor",
        }),
      iconWidth: 18,
      label: "a range",
    });
  }
  if (figures.some((f) => f.qualifier.prefix === "≈")) {
    items.push({
      icon: (cx, cy) =>
        label(cx, cy + FONT * 0.35, "≈", { anchor: "middle", bold: true, cls: "chart-symbol" }),
      iconWidth: 10,
      label: "about",
    });
  }
  if (figures.some((f) => f.qualifier.bound === "above")) {
    items.push({
      icon: (cx, cy) => chevron(cx, cy, "right"),
      iconWidth: 8,
      label: "or more",
    });
  }
  if (figures.some((f) => f.qualifier.bound === "below")) {
    items.push({
      icon: (cx, cy) => chevron(cx, cy, "left"),
      iconWidth: 8,
      label: "or less",
    });
  }
  return items;
}

export interface FiguresOptions {
  /** Prefix for the SVG's ids; by default a hash of the data, so equal charts get equal ids. */
  id?: string;
}

/** Figure claims drawn by source. Claims of other kinds are ignored. */
export function figuresBySource(
  claims: readonly Claim[],
  sourceList: readonly SourceRef[],
  options: FiguresOptions = {},
): ChartResult {
  const allFigures = claims.filter(isFigure);
  const allSources = chartSources(sourceList, allFigures, true);
  const id = options.id ?? chartId("figures", [allFigures, sourceList]);
  const rows = cap(allFigures, MAX_ROWS);
  const columns = cap(allSources, MAX_SOURCES);
  const figures = rows.shown;
  const sources = columns.shown;
  const alt = [
    describe(figures, sources),
    cappedNote([
      { shown: figures.length, total: allFigures.length, many: "figures" },
      { shown: sources.length, total: allSources.length, many: "sources" },
    ]),
  ]
    .filter(Boolean)
    .join(" ");

  const parts: Markup[] = [];
  let y = 0;
  if (figures.length === 0) {
    parts.push(label(0, FONT, "No figures to compare.", { cls: "chart-muted" }));
    y = FONT + 8;
  } else {
    const key = legend(legendItems(figures, sources), 0, y, WIDTH, { size: SMALL, lineHeight: 20 });
    parts.push(el("g", { class: "chart-legend" }, key.markup));
    y += key.height + 2;
    if (figures.length > 1) {
      const note = wrapText("Each row has its own scale.", WIDTH, SMALL);
      parts.push(lines(0, y + SMALL, note, { cls: "chart-muted", size: SMALL, lineHeight: 16 }));
      y += note.length * 16 + 2;
    }
    for (const claim of figures) {
      const row = figureRow(claim, sources, y);
      parts.push(row.markup);
      y += row.height;
    }
    const more = moreLines(y, [
      [rows.more, "figure"],
      [columns.more, "source"],
    ]);
    parts.push(...more.markup);
    y += more.height;
  }

  const svg = frame({
    id,
    kind: "chart-figures",
    height: y + 2,
    title: TITLE,
    desc: alt,
    body: join(parts),
  });

  const table = {
    caption: `${TITLE}: what each source reports`,
    head: ["Figure", "Status", ...allSources.map((s) => s.label)],
    rows: allFigures.map((c) => [
      c.topic,
      STATUS_WORDS[c.status],
      ...allSources.map((s) => spoken(c, s.id) ?? "not reported"),
    ]),
  };
  return { svg, alt, table };
}
