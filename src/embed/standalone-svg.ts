/**
 * A chart SVG as a file that stands on its own: for the "download SVG" link and as the input of
 * the PNG. On a page, a chart takes its colours from the page (currentColor and classes styled by
 * charts.css with the page's variables). A file has no page, so this writes one <style> into it:
 * the theme's variables on the root, `color` for currentColor, the chart CSS, and rules that hide
 * parts that only make sense with a pointer (tooltips). Every `var()` is written out as its value,
 * because librsvg (sharp's SVG renderer) and many editors ignore custom properties.
 */
import { num } from "../charts/svg.ts";
import { resolveVars } from "./css-vars.ts";

/** Groups drawn only for interaction (hover tooltips and the like): hidden in a static file. */
export const INTERACTIVE_ONLY = [".timeline-tip", "[data-interactive-only]"];

export interface StandaloneOptions {
  /** The chart stylesheet (src/styles/charts.css). */
  css: string;
  /** One scheme from themeVariables(): names with their leading "--". */
  vars: Readonly<Record<string, string>>;
  /** Paint the scheme's --bg behind the chart (a PNG needs it; a transparent SVG may not). */
  background: boolean;
  /**
   * Room added around the chart, in user units (default 10). On a page the chart sits in the
   * text column and its edge labels may overflow a little (overflow: visible); a file is cut at
   * its viewBox, and labels flush with the edge of an image look clipped.
   */
  padding?: number;
}

/** Control characters XML cannot carry even inside CDATA. */
const XML_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text inside CDATA: the only sequence that could end it early is split in two sections. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(XML_CONTROLS, "").replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

const OPEN_AND_LABELS =
  /^(<svg\b[^>]*>)((?:\s*<title\b[^>]*>[^<]*<\/title>)?(?:\s*<desc\b[^>]*>[^<]*<\/desc>)?)/;

/** The viewBox of an SVG root tag as [x, y, width, height]. */
export function viewBoxOf(svg: string): [number, number, number, number] {
  const open = /^\s*<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const box = /\sviewBox="([^"]*)"/.exec(open)?.[1];
  const parts = (box ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [x, y, w, h] = parts;
  if (
    parts.length !== 4 ||
    x === undefined ||
    y === undefined ||
    w === undefined ||
    h === undefined ||
    !parts.every(Number.isFinite) ||
    w <= 0 ||
    h <= 0
  ) {
    throw new Error(`standalone-svg: the chart SVG has no usable viewBox (${box ?? "none"})`);
  }
  return [x, y, w, h];
}

/**
 * The SVG with a definite size in px: in the root's width and height attributes, and in its style
 * attribute, which outranks the page-layout rules of the chart CSS (`svg.chart { width: 100%;
 * height: auto }`, which librsvg and browsers would otherwise apply to a file too). A style the
 * root already has is kept, the size appended so it wins.
 */
export function withSize(svg: string, width: number, height: number): string {
  const size = `width:${num(width)}px;height:${num(height)}px`;
  return svg.trim().replace(/^<svg\b[^>]*>/, (open) => {
    const tag = open.replace(/\s(?:width|height)="[^"]*"/g, "");
    const styled = /\sstyle="/.test(tag)
      ? tag.replace(
          /\sstyle="([^"]*)"/,
          (_, v: string) => ` style="${v.replace(/;?\s*$/, ";")}${size}"`,
        )
      : tag.replace(/^<svg/, `<svg style="${size}"`);
    return styled.replace(/^<svg/, `<svg width="${num(width)}" height="${num(height)}"`);
  });
}

function varBlock(vars: Readonly<Record<string, string>>): string {
  return Object.entries(vars)
    .map(([name, value]) => `${name}:${value};`)
    .join("");
}

export function standaloneSvg(svg: string, opts: StandaloneOptions): string {
  const source = svg.trim();
  const head = OPEN_AND_LABELS.exec(source);
  if (!head) throw new Error("standalone-svg: expected markup starting with an <svg> element");
  if (head[1]?.endsWith("/>")) throw new Error("standalone-svg: the chart SVG is empty");
  const pad = opts.padding ?? 10;
  if (!Number.isFinite(pad) || pad < 0) throw new Error(`standalone-svg: bad padding ${pad}`);
  const [bx, by, bw, bh] = viewBoxOf(source);
  const [x, y, w, h] = [bx - pad, by - pad, bw + 2 * pad, bh + 2 * pad] as const;
  const box = `${num(x)} ${num(y)} ${num(w)} ${num(h)}`;

  // A file opened on its own gets the chart's size in px: width="100%" is for pages only.
  let open = (head[1] ?? "").replace(/\sviewBox="[^"]*"/, ` viewBox="${box}"`);
  if (!/\sxmlns="/.test(open))
    open = open.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  open = withSize(open, w, h);

  const chartCss = opts.css.replace(/\/\*[\s\S]*?\*\//g, "");
  const style = resolveVars(
    `svg{${varBlock(opts.vars)}color:var(--fg)}\n${chartCss.trim()}\n` +
      `${INTERACTIVE_ONLY.join(",")}{display:none}`,
    opts.vars,
  );

  let background = "";
  if (opts.background) {
    const bg = opts.vars["--bg"];
    if (bg === undefined) throw new Error("standalone-svg: a background needs --bg in the theme");
    const fill = resolveVars(bg, opts.vars).replace(/[&<>"]/g, "");
    background = `<rect class="chart-background" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${fill}"/>`;
  }

  const labels = head[2] ?? "";
  const rest = source.slice(head[0].length);
  return `${open}${labels}<style>${cdata(style)}</style>${background}${rest}`;
}
