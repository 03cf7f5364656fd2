/**
 * Coverage matrix: claims (rows) × sources (columns). Each cell says whether the source reports
 * the claim, differs on it, gives a compatible version, or does not report it, by a shape (see
 * status.ts), and by a word when the columns are wide enough. The claim's topic sits on its own
 * line above its cells, so the columns get the whole width. With more than four sources, or labels
 * that do not fit their column, columns are headed A, B, C… and a key names them.
 */
import type { Claim } from "../core/model.ts";
import { cap, cappedNote, clampLines, moreLines } from "./cap.ts";
import {
  type ChartResult,
  chartId,
  FONT,
  frame,
  LINE,
  label,
  lines,
  rule,
  SMALL,
  type SourceRef,
  WIDTH,
} from "./chart.ts";
import { figureLabel } from "./figure-label.ts";
import { legend } from "./legend.ts";
import { type ChartSource, chartSources } from "./sources.ts";
import { CELL_ORDER, CELL_WORDS, type CellState, cellState, statusMark } from "./status.ts";
import { el, join, type Markup } from "./svg.ts";
import { shorten, textWidth, wrapText } from "./text-width.ts";
import { capitalize, count, listing } from "./words.ts";

const TITLE = "Which source reports which claim";
/** Full labels as column heads for at most this many sources. */
export const MAX_NAMED_COLUMNS = 4;
/** The most claims (rows) and sources (columns) drawn; the table keeps every one. */
export const MAX_ROWS = 60;
export const MAX_COLUMNS = 12;
const HEAD_LINES = 2;
const CELL_H = 26;
const ROW_PAD = 8;
const KIND_WORDS: Record<Claim["kind"], string> = {
  figure: "figure",
  quote: "quote",
  place: "place",
  date: "date",
  statement: "statement",
};

export interface ColumnLayout {
  width: number;
  /** True when columns are headed by letters with a key. */
  letters: boolean;
  /** Each column's head, as lines. */
  heads: string[][];
}

/** Full labels when they fit in two lines of their column; letters otherwise. */
export function columnLayout(sources: readonly ChartSource[]): ColumnLayout {
  const width = WIDTH / Math.max(1, sources.length);
  const max = width - 6;
  const heads = sources.map((s) => wrapText(s.label, max, SMALL, "bold"));
  const fits =
    sources.length <= MAX_NAMED_COLUMNS &&
    heads.every(
      (h) => h.length <= HEAD_LINES && h.every((line) => textWidth(line, SMALL, "bold") <= max),
    ) &&
    // A word cut across lines ("Independe-nt") does not count as fitting.
    sources.every((s, i) => (heads[i] ?? []).join(" ") === s.label.trim().replace(/\s+/g, " "));
  return {
    width,
    letters: !fits,
    heads: fits ? heads : sources.map((s) => [s.letter]),
  };
}

/** The value a source gives, short enough for a table cell. */
function cellValue(claim: Claim, source: string): string {
  const v = claim.values.find((x) => x.source === source);
  if (!v) return "";
  const figure = claim.kind === "figure" ? figureLabel(v) : null;
  return shorten(figure ? figure.words : v.value, 60);
}

function cellText(claim: Claim, source: string): string {
  const state = cellState(claim, source);
  if (state === "absent") return CELL_WORDS.absent;
  const value = cellValue(claim, source);
  return value ? `${CELL_WORDS[state]}: ${value}` : CELL_WORDS[state];
}

function describe(claims: readonly Claim[], sources: readonly ChartSource[]): string {
  if (claims.length === 0 || sources.length === 0) return "No claims to compare.";
  const parts: string[] = [
    `How ${count(sources.length, "source")} cover ${count(claims.length, "claim")}.`,
  ];
  parts.push(
    `${capitalize(
      listing(
        sources.map((s) => {
          const n = claims.filter((c) => cellState(c, s.id) !== "absent").length;
          return `${s.label} reports ${n} of ${claims.length}`;
        }),
      ),
    )}.`,
  );
  const differ = claims.filter((c) => c.status === "differ");
  if (differ.length > 0) {
    const which = differ.map((c) => {
      const who = sources.filter((s) => cellState(c, s.id) === "differs").map((s) => s.label);
      return `${c.topic} (${listing(who)})`;
    });
    parts.push(`The sources differ on ${count(differ.length, "claim")}: ${which.join("; ")}.`);
  } else {
    parts.push("No claim is in dispute.");
  }
  const compatible = claims.filter((c) => c.status === "compatible");
  if (compatible.length > 0) {
    parts.push(
      `Compatible versions, at different precision: ${listing(compatible.map((c) => c.topic))}.`,
    );
  }
  const single = claims.filter(
    (c) => c.values.length > 0 && new Set(c.values.map((v) => v.source)).size === 1,
  );
  if (single.length > 0) {
    const which = single.map((c) => {
      const s = sources.find((x) => x.id === c.values[0]?.source);
      return `${c.topic} (${s?.label ?? c.values[0]?.source ?? ""})`;
    });
    parts.push(`Reported by one source only: ${which.join("; ")}.`);
  }
  return parts.join(" ");
}

function cell(state: CellState, cx: number, cy: number, colWidth: number): Markup {
  const word = CELL_WORDS[state];
  const wordW = textWidth(word, SMALL);
  const withWord = 12 + 5 + wordW <= colWidth - 6;
  if (!withWord) {
    return el("g", { class: `chart-cell chart-cell-${state}` }, statusMark(state, cx, cy));
  }
  const x0 = cx - (12 + 5 + wordW) / 2;
  return el(
    "g",
    { class: `chart-cell chart-cell-${state}` },
    statusMark(state, x0 + 6, cy),
    label(x0 + 17, cy + SMALL * 0.35, word, {
      cls: state === "absent" ? "chart-muted" : undefined,
      size: SMALL,
    }),
  );
}

export interface MatrixOptions {
  /** Prefix for the SVG's ids; by default a hash of the data. */
  id?: string;
}

/** Which source reports which claim. Every listed source gets a column, even an empty one. */
export function coverageMatrix(
  claims: readonly Claim[],
  sourceList: readonly SourceRef[],
  options: MatrixOptions = {},
): ChartResult {
  const allSources = chartSources(sourceList, claims);
  const id = options.id ?? chartId("coverage", [claims, sourceList]);
  const rows = cap(claims, MAX_ROWS);
  const columns = cap(allSources, MAX_COLUMNS);
  const sources = columns.shown;
  const alt = [
    describe(rows.shown, sources),
    cappedNote([
      { shown: rows.shown.length, total: claims.length, many: "claims" },
      { shown: sources.length, total: allSources.length, many: "sources" },
    ]),
  ]
    .filter(Boolean)
    .join(" ");
  const layout = columnLayout(sources);
  const colX = (i: number) => layout.width * i + layout.width / 2;

  const parts: Markup[] = [];
  let y = 0;
  const key = legend(
    CELL_ORDER.map((state) => ({
      icon: (cx: number, cy: number) => statusMark(state, cx, cy),
      iconWidth: 14,
      label: CELL_WORDS[state],
    })),
    0,
    y,
    WIDTH,
    { size: SMALL, lineHeight: 20 },
  );
  parts.push(el("g", { class: "chart-legend" }, key.markup));
  y += key.height + 4;

  if (layout.letters && sources.length > 0) {
    const names = legend(
      sources.map((s) => ({
        icon: (cx: number, cy: number) =>
          label(cx, cy + SMALL * 0.35, s.letter, { anchor: "middle", bold: true, size: SMALL }),
        iconWidth: textWidth(s.letter, SMALL, "bold"),
        label: s.label,
      })),
      0,
      y,
      WIDTH,
      { size: SMALL, lineHeight: 18 },
    );
    parts.push(el("g", { class: "chart-key" }, names.markup));
    y += names.height + 4;
  }

  // Column heads, bottom-aligned above the first row.
  const headLines = Math.max(1, ...layout.heads.map((h) => h.length));
  const headTop = y;
  layout.heads.forEach((head, i) => {
    const top = headTop + (headLines - head.length) * 16;
    head.forEach((line, k) => {
      parts.push(
        label(colX(i), top + SMALL + k * 16, line, {
          cls: "chart-column-head",
          size: SMALL,
          bold: true,
          anchor: "middle",
        }),
      );
    });
  });
  y += headLines * 16 + 6;
  parts.push(rule(0, WIDTH, y));

  for (const claim of rows.shown) {
    const topic = clampLines(
      wrapText(claim.topic.trim() || KIND_WORDS[claim.kind], WIDTH, FONT),
      3,
    );
    const first = y + ROW_PAD + FONT * 0.95;
    const rowParts: Markup[] = [lines(0, first, topic, { cls: "chart-topic" })];
    y += ROW_PAD + topic.length * LINE + 2;
    const cy = y + CELL_H / 2;
    sources.forEach((s, i) => {
      rowParts.push(cell(cellState(claim, s.id), colX(i), cy, layout.width));
    });
    y += CELL_H + ROW_PAD - 4;
    parts.push(
      el(
        "g",
        { class: `chart-row chart-row-${claim.status}`, "data-claim": claim.id },
        ...rowParts,
        rule(0, WIDTH, y),
      ),
    );
  }
  if (claims.length === 0) {
    parts.push(label(0, y + FONT + 6, "No claims to compare.", { cls: "chart-muted" }));
    y += FONT + 12;
  }
  const more = moreLines(y, [
    [rows.more, "claim"],
    [columns.more, "source"],
  ]);
  parts.push(...more.markup);
  y += more.height;

  const svg = frame({
    id,
    kind: "chart-coverage",
    height: y + 2,
    title: TITLE,
    desc: alt,
    body: join(parts),
  });
  const table = {
    caption: TITLE,
    head: ["Claim", "Kind", ...allSources.map((s) => s.label)],
    rows: claims.map((c) => [
      c.topic,
      KIND_WORDS[c.kind],
      ...allSources.map((s) => cellText(c, s.id)),
    ]),
  };
  return { svg, alt, table };
}
