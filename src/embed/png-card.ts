/**
 * The chart as a picture that travels on its own (the PNG download, a story's link-preview
 * image): the chart's title above it and the credit below, so a copy pasted anywhere still says
 * what it shows and where it comes from. One SVG is composed here and rendered by svgToPng.
 */
import { WIDTH } from "../charts/chart.ts";
import { escapeXml, num } from "../charts/svg.ts";
import { wrapText } from "../charts/text-width.ts";
import type { ChartEntry } from "../core/model.ts";
import { resolveVars } from "./css-vars.ts";
import { viewBoxOf } from "./standalone-svg.ts";

/** Pixels per SVG user unit in the published PNG. */
export const PNG_SCALE = 2;
/** Room round the chart, as standaloneSvg adds it: the card's margin too. */
export const CARD_PAD = 10;
/** The card's width in SVG units: the charts' viewBox and the padding. */
export const CARD_WIDTH = WIDTH + 2 * CARD_PAD;
const TITLE_SIZE = 17;
const TITLE_LINE = 22;
const CREDIT_SIZE = 12;
const CREDIT_LINE = 16;

export interface CardText {
  title: string;
  credit: string;
}

/** The lines of the title and the credit, and the card's height for a chart of `chartHeight`. */
export function cardLayout(chartHeight: number, text: CardText) {
  const room = CARD_WIDTH - 2 * CARD_PAD;
  const title = wrapText(text.title, room, TITLE_SIZE, "bold");
  const credit = wrapText(text.credit, room, CREDIT_SIZE);
  const titleHeight = CARD_PAD + title.length * TITLE_LINE;
  const creditHeight = credit.length * CREDIT_LINE + CARD_PAD;
  return {
    title,
    credit,
    titleHeight,
    height: Math.ceil(titleHeight + chartHeight + creditHeight),
  };
}

/**
 * The card around a standalone chart (standaloneSvg with its background): the chart's own markup
 * moved below the title, the credit under it, all on the theme's background, in `font`.
 */
export function pngCard(
  standalone: string,
  text: CardText,
  o: { vars: Readonly<Record<string, string>>; font: string },
): string {
  const [x, y, w, h] = viewBoxOf(standalone);
  const layout = cardLayout(h, text);
  const open = /^\s*<svg\b[^>]*>/.exec(standalone)?.[0] ?? "";
  const inner = standalone
    .trim()
    .slice(open.length)
    .replace(/<\/svg>\s*$/, "");
  const colour = (name: string) => resolveVars(`var(${name})`, o.vars).replace(/[&<>"]/g, "");
  const lines = (
    content: readonly string[],
    top: number,
    size: number,
    step: number,
    attrs: string,
  ) =>
    content
      .map(
        (line, i) =>
          `<text x="${CARD_PAD}" y="${num(top + (i + 1) * step - (step - size) / 2 - 2)}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`,
      )
      .join("");
  const creditTop = layout.titleHeight + h;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD_WIDTH} ${layout.height}" ` +
    `width="${CARD_WIDTH}" height="${layout.height}" font-family="${escapeXml(o.font)}">` +
    `<rect width="${CARD_WIDTH}" height="${layout.height}" fill="${colour("--bg")}"/>` +
    lines(
      layout.title,
      CARD_PAD - 4,
      TITLE_SIZE,
      TITLE_LINE,
      ` font-weight="700" fill="${colour("--fg")}"`,
    ) +
    // The chart's viewBox starts at (x, y): shift it so its top-left corner sits under the title.
    // The group keeps the chart root's class and text attributes, which its styles rely on.
    `<g transform="translate(${num(-x + (CARD_WIDTH - w) / 2)} ${num(layout.titleHeight - y)})"${rootAttributes(open)}>${inner}</g>` +
    lines(layout.credit, creditTop, CREDIT_SIZE, CREDIT_LINE, ` fill="${colour("--muted")}"`) +
    "</svg>"
  );
}

/** The chart root's class, fill and font attributes, as a group's: what its text inherits. */
function rootAttributes(open: string): string {
  const keep = ["class", "fill", "font-family", "font-size"];
  return [...open.matchAll(/\s([a-z-]+)="([^"]*)"/g)]
    .filter((m) => keep.includes(m[1] ?? ""))
    .map((m) => ` ${m[1]}="${m[2]}"`)
    .join("");
}

/**
 * The most sources a credit names. A site-wide chart (the places map) draws on every source, and
 * a credit naming a thousand outlets would make the card taller than any PNG can be; the chart's
 * data files still list them all.
 */
export const MAX_CREDITED = 12;

/** What a chart's card says: its title (with its story's) and the credit naming its sources. */
export function cardText(chart: ChartEntry): CardText {
  const title = chart.story ? `${chart.title}: ${chart.story.title}` : chart.title;
  const names = chart.sources.map((s) => s.label);
  const more = names.length - MAX_CREDITED;
  const named =
    more > 0
      ? `${names.slice(0, MAX_CREDITED).join(", ")} and ${more} more (listed in the data)`
      : names.join(", ");
  const credit =
    names.length > 0 ? `Sources: ${named}. Chart: Triangulate.` : "Chart: Triangulate.";
  return { title, credit };
}

/** The drawing a chart's embed and PNG show: its own for embeds, when it has one. */
export function embeddedSvg(chart: ChartEntry): string {
  return chart.embedded?.svg ?? chart.chart.svg;
}

/** The size in pixels of a chart's PNG (its card at PNG_SCALE). */
export function pngSize(chart: ChartEntry): { width: number; height: number } {
  const [, , , h] = viewBoxOf(embeddedSvg(chart));
  const { height } = cardLayout(h + 2 * CARD_PAD, cardText(chart));
  return { width: CARD_WIDTH * PNG_SCALE, height: height * PNG_SCALE };
}
