/**
 * oEmbed (https://oembed.com) without a service: each chart gets a static JSON file, and its pages
 * point to it with a discovery <link>. Consumers (CMSs, link unfurlers) that fetch the file get
 * the same iframe snippet a reader would copy.
 */
import { escapeXml } from "../charts/svg.ts";
import { assertHttpUrl, embedSnippet } from "./snippet.ts";

export interface OembedOptions {
  title: string;
  /** The chart's embed page (absolute); used to write the snippet when `html` is not given. */
  url: string;
  /** The embed code; by default embedSnippet({ url, title, height }). */
  html?: string;
  /** Suggested size in px: the iframe is fluid, so width is a hint for the consumer's layout. */
  width: number;
  height: number;
  providerName: string;
  providerUrl: string;
  /** An optional preview image (the chart's PNG), absolute URL and size in px. */
  thumbnail?: { url: string; width: number; height: number };
}

function pixels(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`oembed: ${what} must be a positive integer`);
  return n;
}

/** The oEmbed response of type "rich", as JSON text with a final newline. */
export function oembedJson(o: OembedOptions): string {
  assertHttpUrl(o.providerUrl, "oembed: providerUrl");
  const height = pixels(o.height, "height");
  const response: Record<string, string | number> = {
    type: "rich",
    version: "1.0",
    title: o.title,
    provider_name: o.providerName,
    provider_url: o.providerUrl,
    html: o.html ?? embedSnippet({ url: o.url, title: o.title, height }),
    width: pixels(o.width, "width"),
    height,
  };
  if (o.thumbnail) {
    assertHttpUrl(o.thumbnail.url, "oembed: thumbnail url");
    response.thumbnail_url = o.thumbnail.url;
    response.thumbnail_width = pixels(o.thumbnail.width, "thumbnail width");
    response.thumbnail_height = pixels(o.thumbnail.height, "thumbnail height");
  }
  return `${JSON.stringify(response, null, 2)}\n`;
}

export interface OembedLink {
  rel: "alternate";
  type: "application/json+oembed";
  href: string;
  title: string;
}

/** The discovery link for a page showing the chart (the story page and the embed page). */
export function oembedLink(o: { href: string; title: string }): OembedLink {
  return { rel: "alternate", type: "application/json+oembed", href: o.href, title: o.title };
}

/** The same link as HTML, every value escaped. */
export function oembedLinkTag(o: { href: string; title: string }): string {
  const l = oembedLink(o);
  return `<link rel="${l.rel}" type="${l.type}" href="${escapeXml(l.href)}" title="${escapeXml(l.title)}">`;
}
