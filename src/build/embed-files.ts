/**
 * The files of one chart's embed: /embed/<id>/index.html (the chart alone, safe in a sandboxed
 * iframe), chart.svg and chart.png (standalone, light scheme), data.csv and data.json, and
 * oembed.json. Everything is built from the same CatalogChart the story page draws.
 */
import type { CatalogChart } from "../charts/catalog.ts";
import { errorText } from "../core/error-text.ts";
import { dataJson, tableCsv } from "../embed/data-files.ts";
import { oembedJson } from "../embed/oembed.ts";
import { embedPage } from "../embed/page.ts";
import { placeholderPng, svgToPng } from "../embed/png.ts";
import { CARD_WIDTH, cardText, embeddedSvg, PNG_SCALE, pngCard } from "../embed/png-card.ts";
import { embedSnippet } from "../embed/snippet.ts";
import { standaloneSvg } from "../embed/standalone-svg.ts";
import type { ThemeVariables } from "../embed/theme.ts";
import { embedHeight } from "../lib/embed-urls.ts";
import type { PngCache } from "./png-cache.ts";

export interface EmbedContext {
  /** The site's origin, for the absolute addresses in snippets and oEmbed files. */
  origin: string;
  /**
   * What links within the site start with: the public origin when it is known, "" otherwise
   * (root-relative links work in an embed, whose frame is on the site). Defaults to `origin`.
   */
  base?: string;
  /** The charts' stylesheets, concatenated. */
  css: string;
  vars: ThemeVariables;
  /** Told what was done instead when a part could not be made (a chart too tall for a PNG). */
  onProblem?: (message: string) => void;
  /** PNGs of this build and earlier ones (png-cache.ts): the same card is drawn once. */
  pngCache?: PngCache;
}

export interface EmbedFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * Width of the PNG download, in pixels: the card (the charts' 360-unit viewBox plus a 10-unit
 * margin each side) at PNG_SCALE (2), so one unit is exactly two pixels.
 */
export const PNG_WIDTH = CARD_WIDTH * PNG_SCALE;
/**
 * The PNG is drawn by librsvg, where "system-ui" resolves to a wide font (DejaVu Sans) and
 * labels placed for Arial-like widths run together; Liberation Sans has Arial's metrics.
 */
const PNG_FONTS = "'Liberation Sans', Arial, Helvetica, sans-serif";
/** The width an oEmbed consumer is told to give the frame. */
export const OEMBED_WIDTH = 480;

/** The one-line credit: the sources the chart draws on, and who drew it. */
export function credit(chart: CatalogChart): string {
  return cardText(chart).credit;
}

export async function embedFiles(chart: CatalogChart, ctx: EmbedContext): Promise<EmbedFile[]> {
  const dir = `embed/${chart.id}`;
  const pageUrl = `${ctx.origin}/${dir}/`;
  const base = ctx.base ?? ctx.origin;
  const { title } = cardText(chart);
  const storyUrl = chart.story ? `${base}/stories/${chart.story.slug}/` : `${base}/places/`;
  const storyTitle = chart.story ? chart.story.title : "All places";
  // The drawing made for the embed, where the page's would not work away from its page.
  const svg = embeddedSvg(chart);
  const narrow = chart.embedded ? chart.embedded.narrow : chart.chart.narrow;
  const height = embedHeight(svg);
  const file = standaloneSvg(svg, {
    css: ctx.css,
    vars: ctx.vars.light,
    background: false,
  });
  const pngVars = { ...ctx.vars.light, "--font-ui": PNG_FONTS };
  const forPng = pngCard(
    standaloneSvg(svg.replace(/^(<svg\b[^>]*?\bfont-family=")[^"]*/, `$1${PNG_FONTS}`), {
      css: ctx.css,
      vars: pngVars,
      background: true,
    }),
    { title, credit: credit(chart) },
    { vars: pngVars, font: PNG_FONTS },
  );
  const html = embedPage({
    id: chart.id,
    title,
    credit: credit(chart),
    story: { url: storyUrl, title: storyTitle },
    svg,
    ...(narrow ? { narrowSvg: narrow } : {}),
    alt: chart.chart.alt,
    table: chart.chart.table,
    css: ctx.css,
    vars: ctx.vars,
    downloads: { csv: "data.csv", json: "data.json", svg: "chart.svg", png: "chart.png" },
    oembedHref: `${base}/${dir}/oembed.json`,
    canonical: `${base}/${dir}/`,
  });
  return [
    { path: `${dir}/index.html`, contents: html },
    { path: `${dir}/chart.svg`, contents: file },
    { path: `${dir}/chart.png`, contents: await pngOrPlaceholder(forPng, ctx) },
    { path: `${dir}/data.csv`, contents: tableCsv(chart.chart.table) },
    { path: `${dir}/data.json`, contents: dataJson({ id: chart.id, title, data: chart.data }) },
    {
      path: `${dir}/oembed.json`,
      contents: oembedJson({
        title,
        url: pageUrl,
        html: embedSnippet({ url: pageUrl, title, height }),
        width: OEMBED_WIDTH,
        height,
        providerName: "Triangulate",
        providerUrl: `${ctx.origin}/`,
      }),
    },
  ];
}

/**
 * The chart as a PNG, or, when it cannot be one (too tall even narrowed, or the renderer
 * fails), a small PNG saying so: the story page links chart.png, so it always exists.
 */
async function pngOrPlaceholder(svg: string, ctx: EmbedContext): Promise<Uint8Array> {
  try {
    return await (ctx.pngCache ? ctx.pngCache.png(svg, PNG_WIDTH) : svgToPng(svg, PNG_WIDTH));
  } catch (error) {
    ctx.onProblem?.(`no PNG of the chart (${errorText(error)}); chart.png says so instead`);
    return placeholderPng("This chart is too large for an image: see chart.svg.", PNG_WIDTH);
  }
}
