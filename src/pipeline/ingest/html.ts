import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
  /** Plain text, one paragraph per block, separated by blank lines. */
  text: string;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

/**
 * The article in an HTML page, found by Mozilla's Readability (the engine of Firefox's reader
 * view) on a linkedom document. No script runs: linkedom only parses. Metadata comes from the
 * page's own tags (Open Graph, article:published_time, canonical link).
 */
export function htmlToArticle(html: string): HtmlArticle {
  // linkedom needs a whole document; a fragment is wrapped in one.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = (selector: string) =>
    document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    meta('meta[property="og:url"]');
  const ogTitle = meta('meta[property="og:title"]');
  const lang = document.documentElement?.getAttribute("lang") ?? null;
  // Never text: scripts, styles and templates.
  for (const el of [...document.querySelectorAll("script, style, noscript, template")]) el.remove();
  const fallback = (document.body?.textContent ?? "")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n\n")
    .trim();
  // Readability mutates the document, so read the metadata first.
  const parsed = new Readability(document as unknown as Document).parse();
  let text = "";
  if (parsed?.content) {
    const { document: body } = parseHTML(
      `<!doctype html><html><body>${parsed.content}</body></html>`,
    );
    const blocks = [...body.querySelectorAll(BLOCKS)]
      // A block inside another block (a <p> in a <li>) is read with its parent.
      .filter((el) => !el.parentElement?.closest(BLOCKS))
      .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
      .filter((t) => t !== "");
    text = blocks.join("\n\n");
  }
  if (text === "") text = fallback;
  return {
    title: ogTitle ?? parsed?.title?.trim() ?? null,
    outlet: parsed?.siteName?.trim() || meta('meta[property="og:site_name"]'),
    url: url ?? null,
    published: parsed?.publishedTime?.trim() || meta('meta[property="article:published_time"]'),
    byline: parsed?.byline?.replace(/^by\s+/i, "").trim() || null,
    language: parsed?.lang ?? lang,
    text,
  };
}
