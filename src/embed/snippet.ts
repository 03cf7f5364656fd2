/**
 * The copy-ready embed code for a chart: the iframe and the resize script. The iframe is
 * sandboxed without allow-same-origin, so the chart runs in an opaque origin and can touch
 * nothing of the host page. allow-popups (with allow-popups-to-escape-sandbox) lets its links
 * open in a new tab, and allow-downloads lets the "Data (CSV)" link work: Chromium blocks any
 * download a sandboxed frame starts without that flag, even one opened in a new tab ("Download is
 * disallowed…"), and a CSV is a download. The chart page works with allow-scripts alone; its
 * links then simply do not open.
 */
import { escapeXml } from "../charts/svg.ts";
import { MAX_HEIGHT, MIN_HEIGHT, RESIZE_SCRIPT } from "./resize-script.ts";

export const SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads";

export interface SnippetOptions {
  /** The absolute http(s) URL of the chart's embed page. */
  url: string;
  /** The iframe's accessible name: the chart's title. */
  title: string;
  /** Height in px before the chart reports its own (clamped like the resize script does). */
  height: number;
}

/** Throws unless `url` is an absolute http(s) URL: a snippet lands on someone else's page. */
export function assertHttpUrl(url: string, what: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${what} must be an absolute http(s) URL, not ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`${what} must be an absolute http(s) URL, not ${JSON.stringify(url)}`);
  }
}

export function embedSnippet(o: SnippetOptions): string {
  assertHttpUrl(o.url, "embedSnippet: url");
  const height = Number.isFinite(o.height)
    ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(o.height)))
    : MIN_HEIGHT;
  return (
    `<iframe src="${escapeXml(o.url)}" title="${escapeXml(o.title)}" sandbox="${SANDBOX}" ` +
    `loading="lazy" data-triangulate style="width:100%;min-width:320px;border:0" ` +
    `height="${height}"></iframe>\n<script>${RESIZE_SCRIPT}</script>`
  );
}
