/**
 * The /embed/<chart-id>/ page: one chart alone, made to live in someone else's iframe.
 *
 * It is a complete HTML document that needs nothing from anywhere: one inline <style>, one inline
 * <script> (FRAME_SCRIPT), the chart's SVG inline. A CSP meta tag allows exactly those two by
 * their SHA-256 and nothing else (`default-src 'none'`), so the page makes no request at all
 * except the downloads a reader clicks. It works sandboxed with allow-scripts alone: it needs no
 * storage, no cookies and no same-origin access. The story and download links open in a new tab
 * (they need allow-popups in the sandbox, and the CSV allow-downloads; without them the links do
 * nothing, and the page still works).
 *
 * Everything that comes from the data (title, credit, story title, text alternative, table) is
 * escaped. The SVG comes from src/charts, which escapes its own text; it is checked here for
 * what the CSP would silently block (scripts, styles), so a chart that needs them fails the build
 * instead of rendering wrong in embeds.
 */
import { createHash } from "node:crypto";
import type { TableModel } from "../charts/chart.ts";
import { escapeXml } from "../charts/svg.ts";
import { shorten } from "../charts/text-width.ts";
import { FRAME_SCRIPT } from "./frame-script.ts";
import { oembedLinkTag } from "./oembed.ts";

export interface EmbedPageOptions {
  /** The chart's id: written to <html data-chart> and posted with the height. */
  id: string;
  title: string;
  /** One line naming the sources, e.g. "Sources: Lyon Daily, Example Wire". */
  credit: string;
  /** The story the chart belongs to: an absolute http(s) URL or a root-relative path. */
  story?: { url: string; title: string };
  /** The chart as src/charts built it (width="100%", a viewBox). */
  svg: string;
  /** A layout for narrow frames; shown instead of `svg` below NARROW_BELOW. */
  narrowSvg?: string;
  alt: string;
  table: TableModel;
  /** The chart stylesheet (src/styles/charts.css). */
  css: string;
  /** From themeVariables(global.css). */
  vars: { light: Record<string, string>; dark: Record<string, string> };
  /** Relative hrefs of the files next to the page. */
  downloads: { csv: string; json: string; svg: string; png: string };
  /** The chart's oEmbed JSON (absolute http(s) URL, or root-relative). */
  oembedHref: string;
  /** The page's canonical URL (absolute http(s) URL, or root-relative). */
  canonical: string;
}

/** The frame width below which the chart spans the frame edge to edge. */
export const BLEED_BELOW = "25rem";
/** The frame width below which narrowSvg replaces svg. */
export const NARROW_BELOW = "40rem";

/** The CSP source expression for an inline element's exact text. */
export function cspHash(content: string): string {
  return `'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`;
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** An href that stays on this site: relative, or root-relative, never to another host. */
function assertLocal(href: string, what: string): void {
  if (href === "" || SCHEME.test(href) || href.startsWith("//") || /[\\\s]/.test(href)) {
    throw new Error(`embedPage: ${what} must be a relative URL, not ${JSON.stringify(href)}`);
  }
}

/** An absolute http(s) URL or a root-relative path. */
function assertLink(href: string, what: string): void {
  if (SCHEME.test(href)) {
    const protocol = href.slice(0, href.indexOf(":")).toLowerCase();
    if (protocol === "http" || protocol === "https") return;
    throw new Error(`embedPage: ${what} must be http(s) or a path, not ${JSON.stringify(href)}`);
  }
  assertLocal(href, what);
}

/** The SVG must be one <svg> element without what the page's CSP would block. */
function assertSvg(svg: string, what: string): void {
  if (!/^<svg\b/.test(svg.trim())) throw new Error(`embedPage: ${what} must start with <svg`);
  if (/<\s*(?:script|style|foreignObject)\b/i.test(svg)) {
    throw new Error(
      `embedPage: ${what} holds <script>, <style> or <foreignObject>, which embeds block`,
    );
  }
  // Attribute names only: drop text between tags and quoted attribute values.
  const names = svg.replace(/>[^<]*</g, "><").replace(/"[^"]*"|'[^']*'/g, '""');
  if (/\s(?:style|on[a-z]+)\s*=/i.test(names)) {
    throw new Error(
      `embedPage: ${what} has style or event-handler attributes, which the embed CSP blocks`,
    );
  }
}

function declarations(vars: Readonly<Record<string, string>>): string {
  return Object.entries(vars)
    .map(([name, value]) => `${name}:${value};`)
    .join("");
}

/** The dark values that differ from light: the dark blocks only need to override those. */
function overrides(light: Record<string, string>, dark: Record<string, string>) {
  return Object.fromEntries(Object.entries(dark).filter(([k, v]) => light[k] !== v));
}

const PAGE_CSS = [
  "*,*::before,*::after{box-sizing:border-box}",
  "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}",
  "body{margin:0;padding:.75rem;background:var(--bg);color:var(--fg);" +
    "font:.9375rem/1.45 var(--font-ui,system-ui,sans-serif);overflow-wrap:anywhere}",
  "h1{font-size:1.125rem;line-height:1.3;margin:0 0 .75rem;text-wrap:balance}",
  "a{color:var(--link);text-underline-offset:.15em}",
  "a:focus-visible{outline:3px solid var(--focus,currentColor);outline-offset:2px}",
  ".embed-chart{margin:0}",
  ".embed-credit,.embed-links{margin:.5rem 0 0;font-size:.8125rem;color:var(--muted)}",
  ".embed-links{display:flex;flex-wrap:wrap;gap:.25rem .9rem}",
  // In a narrow frame the chart takes the frame's full width: its smallest text (12.5 units of
  // 360) then stays at 11 px or more down to the snippet's 320 px minimum.
  `@media (max-width:${BLEED_BELOW}){body{padding:.5rem}.embed-chart{margin-inline:-.5rem}}`,
  ".visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;" +
    "overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}",
].join("\n");

/**
 * A chart with a layout for narrow frames: the wide one (drawn wider than the 360 units of the
 * others) may use the frame's whole width, so its text is never drawn smaller than on its page.
 */
const NARROW_CSS =
  ".embed-narrow{display:none}\n.embed-wide svg.chart{max-width:none}\n" +
  `@media (max-width:${NARROW_BELOW}){.embed-wide{display:none}.embed-narrow{display:block}}`;

/** The page's one stylesheet: the theme variables, the chart CSS, the page's own rules. */
export function pageStyle(o: Pick<EmbedPageOptions, "css" | "vars" | "narrowSvg">): string {
  const dark = `${declarations(overrides(o.vars.light, o.vars.dark))}color-scheme:dark`;
  const css = [
    `:root{${declarations(o.vars.light)}color-scheme:light}`,
    `:root[data-theme=dark]{${dark}}`,
    `@media (prefers-color-scheme:dark){:root[data-theme=auto],:root:not([data-theme]){${dark}}}`,
    o.css.replace(/\/\*[\s\S]*?\*\//g, "").trim(),
    PAGE_CSS,
    o.narrowSvg === undefined ? "" : NARROW_CSS,
  ]
    .filter((part) => part !== "")
    .join("\n");
  // The text must not be able to end the element early, or the hash would cover half a sheet.
  if (/<\/style/i.test(css)) throw new Error("embedPage: the CSS contains '</style'");
  return css;
}

function dataTable(table: TableModel): string {
  const head = table.head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join("");
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0 ? `<th scope="row">${escapeXml(cell)}</th>` : `<td>${escapeXml(cell)}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("\n");
  return (
    `<table><caption>${escapeXml(table.caption)}</caption>\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
  );
}

function newTabLink(href: string, label: string, type?: string): string {
  const typeAttr = type === undefined ? "" : ` type="${type}"`;
  return `<a href="${escapeXml(href)}"${typeAttr} target="_blank" rel="noopener">${label}</a>`;
}

export function embedPage(o: EmbedPageOptions): string {
  assertSvg(o.svg, "svg");
  if (o.narrowSvg !== undefined) assertSvg(o.narrowSvg, "narrowSvg");
  for (const [name, href] of Object.entries(o.downloads)) assertLocal(href, `downloads.${name}`);
  assertLink(o.oembedHref, "oembedHref");
  assertLink(o.canonical, "canonical");
  if (o.story) assertLink(o.story.url, "story.url");

  const style = pageStyle(o);
  if (/<\/script/i.test(FRAME_SCRIPT))
    throw new Error("embedPage: FRAME_SCRIPT contains '</script'");
  const csp = [
    "default-src 'none'",
    "img-src data:",
    `style-src ${cspHash(style)}`,
    `script-src ${cspHash(FRAME_SCRIPT)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  const chart =
    o.narrowSvg === undefined
      ? `<div class="embed-chart">${o.svg.trim()}</div>`
      : `<div class="embed-chart embed-wide">${o.svg.trim()}</div>\n` +
        `<div class="embed-chart embed-narrow">${o.narrowSvg.trim()}</div>`;

  const newTab = '<span class="visually-hidden"> (opens in a new tab)</span>';
  const story = o.story
    ? `<p class="embed-links">${newTabLink(o.story.url, `${escapeXml(o.story.title)}${newTab}`)}</p>\n`
    : "";
  const d = o.downloads;
  const downloads =
    '<p class="embed-links"><span>Download:</span> ' +
    [
      newTabLink(d.csv, "Data (CSV)", "text/csv"),
      newTabLink(d.json, "Data (JSON)", "application/json"),
      newTabLink(d.svg, "Chart (SVG)", "image/svg+xml"),
      newTabLink(d.png, "Chart (PNG)", "image/png"),
    ].join(" ") +
    "</p>\n";

  return (
    "<!DOCTYPE html>\n" +
    `<html lang="en" data-chart="${escapeXml(o.id)}">\n<head>\n` +
    '<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeXml(shorten(o.title, 70))}</title>\n` +
    // An empty icon: without it a browser opening the page directly asks for /favicon.ico.
    '<link rel="icon" href="data:,">\n' +
    `<link rel="canonical" href="${escapeXml(o.canonical)}">\n` +
    `${oembedLinkTag({ href: o.oembedHref, title: o.title })}\n` +
    `<style>${style}</style>\n` +
    // One <main> holds everything: a frame is a document of its own, and its content needs a landmark.
    "</head>\n<body>\n<main>\n" +
    `<h1>${escapeXml(o.title)}</h1>\n` +
    `${chart}\n` +
    `<p class="embed-credit">${escapeXml(o.credit)}</p>\n` +
    story +
    downloads +
    '<section class="visually-hidden" aria-labelledby="embed-data-heading">\n' +
    '<h2 id="embed-data-heading">Description and data</h2>\n' +
    `<p>${escapeXml(o.alt)}</p>\n` +
    `${dataTable(o.table)}\n` +
    "</section>\n</main>\n" +
    `<script>${FRAME_SCRIPT}</script>\n` +
    "</body>\n</html>\n"
  );
}
