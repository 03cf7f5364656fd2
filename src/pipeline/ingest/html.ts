import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { flattenDeepHtml, MAX_HTML_DEPTH } from "./html-depth.ts";

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
  /** Plain text, one paragraph per block, separated by blank lines. */
  text: string;
  /** What was done to keep the work bounded, for the file's warning. */
  problems: string[];
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";
/**
 * Readability scores every element; past this many the page's text is taken as it stands
 * (scripts, styles and templates removed) instead.
 */
export const MAX_ELEMENTS = 30_000;

/**
 * The article in an HTML page, found by Mozilla's Readability (the engine of Firefox's reader
 * view) on a linkedom document. No script runs: linkedom only parses. Metadata comes from the
 * page's own tags (Open Graph, article:published_time, canonical link). Entities are decoded
 * here; the caller cleans every string returned.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const problems: string[] = [];
  const flat = flattenDeepHtml(html);
  if (flat.removed > 0) {
    problems.push(
      `HTML nested ${flat.depth} deep; elements below depth ${MAX_HTML_DEPTH} were unwrapped (their text kept)`,
    );
  }
  // linkedom needs a whole document; a fragment is wrapped in one.
  const page = /<html[\s>]/i.test(flat.html)
    ? flat.html
    : `<!doctype html><html><head></head><body>${flat.html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = (selector: string) =>
    document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    meta('meta[property="og:url"]');
  const ogTitle = meta('meta[property="og:title"]');
  const siteName = meta('meta[property="og:site_name"]');
  const publishedTime = meta('meta[property="article:published_time"]');
  const lang = document.documentElement?.getAttribute("lang") ?? null;
  // Never text: scripts, styles and templates.
  for (const el of [...document.querySelectorAll("script, style, noscript, template")]) el.remove();
  const fallback = (document.body?.textContent ?? "")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n\n")
    .trim();
  const elements = document.querySelectorAll("*").length;
  let parsed: ReturnType<Readability["parse"]> = null;
  if (elements > MAX_ELEMENTS) {
    problems.push(
      `${elements} HTML elements (over ${MAX_ELEMENTS}); the page's whole text was taken, not Readability's article`,
    );
  } else {
    try {
      undoubleDecoding(document);
      // Readability mutates the document, so the metadata was read first.
      parsed = new Readability(document as unknown as Document).parse();
    } catch (error) {
      problems.push(
        `Readability failed (${error instanceof Error ? error.message : String(error)}); the page's whole text was taken`,
      );
    }
  }
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
    outlet: siteName || parsed?.siteName?.trim() || null,
    url: url ?? null,
    published: publishedTime || parsed?.publishedTime?.trim() || null,
    byline: parsed?.byline?.replace(/^by\s+/i, "").trim() || null,
    language: parsed?.lang ?? lang,
    text,
    problems,
  };
}

/**
 * Readability decodes entities in the page's title and meta tags a second time, after the
 * parser did: a site name written "AT&amp;amp;T" would show as "AT&T", not as written. Escaping
 * each "&" once more in those places makes its second decoding give the text back unchanged.
 */
function undoubleDecoding(document: ReturnType<typeof parseHTML>["document"]): void {
  for (const el of document.querySelectorAll("meta[content]")) {
    el.setAttribute("content", (el.getAttribute("content") ?? "").replaceAll("&", "&amp;"));
  }
  const title = document.querySelector("title");
  if (title) title.textContent = (title.textContent ?? "").replaceAll("&", "&amp;");
}
