import type { Article, DiagnosticOutcome, SeedFormat } from "../../core/model.ts";
import { urlHost } from "../../core/url-host.ts";
import { stripBoilerplate } from "./boilerplate.ts";
import { cleanField, cleanText, dropHidden } from "./clean-text.ts";
import { decodeSeed } from "./decode.ts";
import type { FrontMatter } from "./front-matter.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { isDateline, readsLikeHeadline, titleFromLead } from "./headline.ts";
import { htmlToArticle } from "./html.ts";
import { markdownToPlainText } from "./markdown-body.ts";
import { normalizePublished } from "./published.ts";
import { splitParagraphs, splitSentences } from "./segment.ts";
import { isBinary } from "./sniff.ts";
import { cleanUrl } from "./url.ts";

/** A given title, outlet or byline longer than this is cut (with a warning). */
export const MAX_FIELD = 1_000;

export type Warn = (message: string, outcome: DiagnosticOutcome, line?: number) => void;

export interface ReadOptions {
  maxChars: number;
  keepHeadline?: boolean | undefined;
}

/** One seed file as an article (without its id), or null when it is skipped (with a warning). */
export function readSeed(
  file: { path: string; bytes: Uint8Array },
  format: SeedFormat,
  name: string,
  options: ReadOptions,
  warn: Warn,
  /** What the sources list (seeds/sources.yml) says of this file: it wins over the file's own. */
  listed?: FrontMatter,
): Omit<Article, "id"> | null {
  const decoded = decodeSeed(file.bytes);
  if (decoded.encoding === "utf-8" && isBinary(file.bytes)) {
    warn("looks like a binary file, not text; skipped", "skipped");
    return null;
  }
  if (decoded.encoding !== "utf-8" && !hasBom(file.bytes)) {
    warn(
      `no byte order mark, but clearly ${decoded.encoding.toUpperCase()} text; read as such`,
      "cleaned",
    );
  }
  let dropped = 0;
  const replaced = count(decoded.text, "\uFFFD");
  if (replaced > 0) {
    warn(
      `${replaced} invalid character(s) replaced with U+FFFD (is the file UTF-8?)`,
      "cleaned",
      firstLineWith(decoded.text, "\uFFFD"),
    );
  }
  const field = (value: string | null | undefined, key: string): string => {
    if (value === null || value === undefined) return "";
    const cleaned = cleanText(value);
    dropped += cleaned.dropped;
    const text = cleaned.text.replace(/\s+/g, " ").trim();
    if (Array.from(text).length <= MAX_FIELD) return text;
    warn(`"${key}" longer than ${MAX_FIELD} characters; cut`, "cleaned");
    return `${Array.from(text).slice(0, MAX_FIELD).join("").trimEnd()}…`;
  };

  let front: FrontMatter = {};
  let raw = decoded.text;
  if (format !== "txt") {
    const hidden = dropHidden(raw);
    dropped += hidden.dropped;
    raw = hidden.text;
  }
  if (format === "md") {
    const fm = splitFrontMatter(raw);
    for (const p of fm.problems) warn(p.message, "fallback", p.line);
    front = fm.data;
    const md = markdownToPlainText(fm.body);
    if (md.problem) warn(md.problem, "fallback");
    raw = md.text;
  } else if (format === "html") {
    const page = htmlToArticle(raw);
    for (const p of page.problems) warn(p, "fallback");
    raw = page.text;
    // Page metadata fills the same fields as Markdown front matter.
    for (const key of ["title", "outlet", "url", "published", "language", "byline"] as const) {
      const value = page[key];
      if (value) front[key] = value;
    }
  }
  if (listed) front = { ...front, ...listed };
  const cleaned = cleanText(raw);
  dropped += cleaned.dropped;
  let body = cleaned.text;

  const title0 = field(front.title, "title");
  const outletGiven = field(front.outlet, "outlet");
  const byline = field(front.byline, "byline") || null;
  const language = field(front.language, "language");
  const publishedText = field(front.published, "published");
  const urlText = field(front.url, "url");
  const url = urlText ? cleanUrl(urlText) : null;
  if (urlText && !url)
    warn(`"url" is not an http(s) address (${urlText.slice(0, 200)}); ignored`, "fallback");
  // Without an outlet from the list or the file, the address's host names it.
  const outlet = outletGiven || urlHost(url) || null;
  if (dropped > 0) warn(`${dropped} control or invisible character(s) removed`, "cleaned");

  if (body.length > options.maxChars) {
    const cut = body.lastIndexOf("\n", options.maxChars);
    body = body.slice(0, cut > 0 ? cut : options.maxChars);
    warn(`longer than ${options.maxChars} characters; cut to the first ${body.length}`, "cleaned");
  }

  const stripped = stripBoilerplate(body.split("\n"));
  let lines = stripped.lines;
  let title = title0;
  let titleGenerated = false;
  let firstIndex = lines.findIndex((l) => l.trim() !== "");
  // A dateline or time stamp above the headline ("APR 28", "Updated 8:41 p.m.") stays in the
  // text, where it dates the article; the headline is the line after it.
  const afterStamp = lines.findIndex((l, i) => i > firstIndex && l.trim() !== "");
  const stamped = firstIndex >= 0 && afterStamp > 0 && isDateline(lines[firstIndex] ?? "");
  if (stamped) firstIndex = afterStamp;
  const rest = lines.slice(firstIndex + 1).some((l) => l.trim() !== "");
  if (title === "" && firstIndex >= 0 && rest && readsLikeHeadline(lines[firstIndex] ?? "")) {
    title = (lines[firstIndex] ?? "").trim();
    if (!options.keepHeadline) lines = lines.filter((_, i) => i !== firstIndex);
  }
  const text = lines
    .join("\n")
    .replace(/^\s*\n/, "")
    .trimEnd();
  if (text.trim() === "") {
    warn(
      title === "" ? "empty file; skipped" : "has a headline but no article text; skipped",
      "skipped",
    );
    return null;
  }
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  if (title === "") {
    // A dateline or time stamp opening the text ("DECEMBER 16, 2008") is not what happened.
    const first = sentences.find((x) => !isDateline(text.slice(x.start, x.end))) ?? sentences[0];
    title = titleFromLead(
      first ? text.slice(first.start, first.end) : text,
      cleanField(name) || "Untitled",
    );
    titleGenerated = true;
    if (!rest) warn("a single line with no headline; title written from the text", "fallback");
  }

  const published = publishedText ? normalizePublished(publishedText) : null;
  if (publishedText && !published) {
    warn(`"published" is not a date (${publishedText.slice(0, 200)}); ignored`, "fallback", 2);
  }
  return {
    file: cleanField(file.path),
    format,
    title,
    titleGenerated,
    outlet,
    url,
    byline: byline || stripped.byline,
    published,
    publishedInferred: null,
    language: /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(language) ? language : "en",
    text,
    paragraphs,
    sentences,
    words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
  };
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function firstLineWith(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split(/\r\n?|\n/).length;
}
