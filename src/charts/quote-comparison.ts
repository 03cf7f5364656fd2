/**
 * Quote comparison: each source's version of one quote, stacked (one column reads on every
 * width), labelled by source, wrapped to the chart's width. Words that differ from the other
 * versions are marked three ways at once: a highlight behind them, bold, and an underline.
 */
import type { Claim, DiffToken } from "../core/model.ts";
import { cap, cappedNote, clampLines, moreLine, moreWords } from "./cap.ts";
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
import { legend } from "./legend.ts";
import { sourceMark } from "./palette.ts";
import {
  changedRuns,
  layoutQuote,
  type Piece,
  pieces,
  plainText,
  type Run,
} from "./quote-tokens.ts";
import { type ChartSource, chartSources } from "./sources.ts";
import { el, join, type Markup, text } from "./svg.ts";
import { wrapText } from "./text-width.ts";
import { capitalize, count, listing } from "./words.ts";

const TITLE = "How the sources quote it";
/** The most versions, and words of each version, drawn; the table keeps them all. */
export const MAX_VERSIONS = 12;
export const MAX_QUOTE_WORDS = 150;
/** The most differing stretches the text alternative reads out per version. */
const MAX_RUNS_READ = 20;
const QUOTE_X = 16;
const QUOTE_LINE = 22;

interface Version {
  source: ChartSource;
  pieces: Piece[];
}

/** The diff's versions in the chart's source order; without a diff, the values unmarked. */
function versions(claim: Claim, sources: readonly ChartSource[]): Version[] {
  const given: { source: string; tokens: DiffToken[] }[] =
    claim.diff && claim.diff.length > 0
      ? claim.diff
      : claim.values.map((v) => ({
          source: v.source,
          tokens: v.value
            .split(/\s+/)
            .filter((w) => w !== "")
            .map((w) => ({ text: w, op: "same" as const })),
        }));
  const out: Version[] = [];
  for (const source of sources) {
    for (const d of given)
      if (d.source === source.id) out.push({ source, pieces: pieces(d.tokens) });
  }
  return out;
}

/** A marked run: highlight behind, bold, underlined. */
function markedRun(run: Run, x: number, baseline: number): Markup {
  return join(
    el("rect", {
      class: "chart-quote-mark",
      x: x + run.x - 2,
      y: baseline - FONT * 0.95,
      width: run.width + 4,
      height: FONT * 1.3,
      rx: 2,
      fill: "currentColor",
      "fill-opacity": 0.14,
    }),
    el("line", {
      class: "chart-quote-underline",
      x1: x + run.x,
      x2: x + run.x + run.width,
      y1: baseline + 3,
      y2: baseline + 3,
      stroke: "currentColor",
      "stroke-width": 1.5,
    }),
  );
}

function quoteLines(runs: Run[][], x: number, y: number): Markup {
  return join(
    runs.map((line, i) => {
      const baseline = y + FONT + i * QUOTE_LINE;
      return join(
        line.filter((r) => r.changed).map((r) => markedRun(r, x, baseline)),
        el(
          "text",
          { class: "chart-quote-text", y: baseline },
          // Each run is placed by its own x; the space between runs stays in the text too, so
          // the words still copy, select and search as words.
          line.map((r, k) =>
            join(
              k > 0 && r.space ? text(" ") : null,
              el(
                "tspan",
                {
                  x: x + r.x,
                  class: r.changed ? "chart-quote-changed" : undefined,
                  "font-weight": r.changed ? 700 : undefined,
                },
                text(r.text),
              ),
            ),
          ),
        ),
      );
    }),
  );
}

function describe(claim: Claim, vs: readonly Version[], total: number): string {
  if (vs.length === 0) return "No versions of this quote to compare.";
  const intro = `${capitalize(count(total, "version"))} of a quote: ${claim.topic}.`;
  const each = vs.map((v) => {
    const words = cap(v.pieces, MAX_QUOTE_WORDS);
    return `${v.source.label}: “${plainText(words.shown)}${words.more > 0 ? " …" : ""}”${
      words.more > 0 ? ` (${moreWords(words.more, "word")})` : ""
    }.`;
  });
  const differing = vs
    .map((v) => ({ v, runs: cap(changedRuns(v.pieces), MAX_RUNS_READ) }))
    .filter((x) => x.runs.shown.length > 0)
    .map(
      (x) =>
        `${x.v.source.label} has ${listing([
          ...x.runs.shown.map((r) => `“${r}”`),
          ...(x.runs.more > 0 ? [`${x.runs.more} more`] : []),
        ])}`,
    );
  const diff =
    differing.length > 0
      ? `Words that differ between the versions: ${differing.join("; ")}.`
      : "The versions use the same words.";
  const note = cappedNote([{ shown: vs.length, total, many: "versions" }]);
  return [intro, ...each, diff, note].filter(Boolean).join(" ");
}

export interface QuoteOptions {
  /** Prefix for the SVG's ids; by default a hash of the data. */
  id?: string;
}

/** One quote, as each source gives it, the differing words marked. */
export function quoteComparison(
  claim: Claim,
  sourceList: readonly SourceRef[],
  options: QuoteOptions = {},
): ChartResult {
  const sources = chartSources(sourceList, [claim], true);
  const all = versions(claim, sources);
  const { shown: vs, more: moreVersions } = cap(all, MAX_VERSIONS);
  const id = options.id ?? chartId("quote", [claim, sourceList]);
  const alt = describe(claim, vs, all.length);
  const anyChanged = vs.some((v) => v.pieces.some((p) => p.changed));

  const parts: Markup[] = [];
  let y = 0;
  // No topic line: wherever the chart is shown (the page, the embed, the PNG card) its title
  // already names the quote, and a second line saying the same read as a stutter.

  if (anyChanged) {
    const key = legend(
      [
        {
          icon: (cx, cy) =>
            join(
              el("rect", {
                class: "chart-quote-mark",
                x: cx - 11,
                y: cy - 8,
                width: 22,
                height: 16,
                rx: 2,
                fill: "currentColor",
                "fill-opacity": 0.14,
              }),
              label(cx, cy + 4, "ab", { anchor: "middle", bold: true, size: SMALL }),
              el("line", {
                class: "chart-quote-underline",
                x1: cx - 9,
                x2: cx + 9,
                y1: cy + 7,
                y2: cy + 7,
                stroke: "currentColor",
                "stroke-width": 1.5,
              }),
            ),
          iconWidth: 22,
          label: "words that differ between versions",
        },
      ],
      0,
      y,
      WIDTH,
      { size: SMALL, lineHeight: 20 },
    );
    parts.push(el("g", { class: "chart-legend" }, key.markup));
    y += key.height + 6;
  }

  for (const v of vs) {
    parts.push(rule(0, WIDTH, y));
    y += 8;
    const name = clampLines(wrapText(v.source.label, WIDTH - 20, FONT, "bold"), 2);
    const markY = y + FONT * 0.6;
    const versionParts: Markup[] = [
      sourceMark(v.source.style, 6, markY, 80),
      lines(18, y + FONT, name, { bold: true, cls: "chart-source" }),
    ];
    y += name.length * LINE + 4;
    const words = cap(v.pieces, MAX_QUOTE_WORDS);
    const shown =
      words.more > 0 ? [...words.shown, { text: "…", changed: false, space: true }] : words.shown;
    const runs = layoutQuote(shown, WIDTH - QUOTE_X, FONT);
    const height = runs.length * QUOTE_LINE;
    versionParts.push(
      el("line", {
        class: "chart-quote-bar",
        x1: 5,
        x2: 5,
        y1: y,
        y2: y + height,
        stroke: "currentColor",
        "stroke-opacity": 0.35,
        "stroke-width": 3,
      }),
      quoteLines(runs, QUOTE_X, y),
    );
    y += height;
    if (words.more > 0) {
      versionParts.push(moreLine(QUOTE_X, y + SMALL + 2, words.more, "word"));
      y += SMALL + 6;
    }
    const changed = changedRuns(v.pieces);
    if (anyChanged) {
      const words = changed
        .join(" ")
        .split(/\s+/)
        .filter((w) => w !== "").length;
      const note = words > 0 ? `${count(words, "word")} marked` : "no words marked";
      versionParts.push(label(QUOTE_X, y + SMALL + 2, note, { cls: "chart-muted", size: SMALL }));
      y += SMALL + 6;
    }
    y += 8;
    parts.push(el("g", { class: "chart-version", "data-source": v.source.id }, ...versionParts));
  }
  if (vs.length === 0) {
    parts.push(label(0, y + FONT, "No versions to compare.", { cls: "chart-muted" }));
    y += FONT + 8;
  }
  if (moreVersions > 0) {
    parts.push(moreLine(0, y + SMALL + 2, moreVersions, "version"));
    y += SMALL + 8;
  }

  const svg = frame({
    id,
    kind: "chart-quote",
    height: y + 2,
    title: TITLE,
    desc: alt,
    body: join(parts),
  });
  const table = {
    caption: `Versions of the quote: ${claim.topic}`,
    head: ["Source", "Version", "Words that differ"],
    rows: all.map((v) => {
      const runs = changedRuns(v.pieces);
      return [v.source.label, plainText(v.pieces), runs.length > 0 ? runs.join(" … ") : "none"];
    }),
  };
  return { svg, alt, table };
}
