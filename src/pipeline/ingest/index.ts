import type { Article, Diagnostic, SeedFile, SeedFormat } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { foldAccents } from "../../core/text/fold.ts";
import { urlHost } from "../../core/url-host.ts";
import { stripBoilerplate } from "./boilerplate.ts";
import { cleanText, decodeUtf8 } from "./clean-text.ts";
import { type FrontMatter, splitFrontMatter } from "./front-matter.ts";
import { isDateline, readsLikeHeadline, titleFromLead } from "./headline.ts";
import { htmlToArticle } from "./html.ts";
import { markdownToPlainText } from "./markdown-body.ts";
import { normalizePublished } from "./published.ts";
import { splitParagraphs, splitSentences } from "./segment.ts";
import { isBinary } from "./sniff.ts";
import { isSourceList, readSourceLists } from "./source-list.ts";

export interface IngestOptions {
  /** Longer articles are cut at a paragraph boundary, with a warning, to bound build time. */
  maxChars: number;
  /**
   * Keep the headline in `text` as its first paragraph (the CLI does, so offsets cover the
   * whole article as a scorer sees it). The site shows it as the title instead.
   */
  keepHeadline?: boolean;
}

export const defaultIngestOptions: IngestOptions = { maxChars: 2_000_000 };

export interface IngestResult {
  articles: Article[];
  diagnostics: Diagnostic[];
}

const FORMATS: Record<string, SeedFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
};

/** Seed files in, articles out. Never throws on bad input: each problem becomes a diagnostic. */
export function ingest(
  files: readonly SeedFile[],
  options: IngestOptions = defaultIngestOptions,
): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const articles: Article[] = [];
  const seenText = new Map<string, string>();
  const usedIds = new Set<string>();
  // sources.yml (or .json): the editor's names for the sources, read before any article.
  const sorted = [...files].sort((a, b) => byCodeUnit(a.path, b.path));
  const list = readSourceLists(
    sorted
      .filter((f) => isSourceList(f.path))
      .map((f) => ({ path: f.path, text: cleanText(decodeUtf8(f.bytes)).text })),
  );
  diagnostics.push(...list.diagnostics);
  const listed = new Set<string>();

  for (const file of sorted.filter((f) => !isSourceList(f.path))) {
    const name = file.path.split("/").pop() ?? file.path;
    if (name.startsWith(".")) continue; // .DS_Store, .gitkeep: not articles, not worth a warning
    const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
    const format = FORMATS[ext];
    const warn = (message: string, outcome: Diagnostic["outcome"], line?: number) =>
      diagnostics.push({
        level: "warning",
        file: file.path,
        message,
        outcome,
        ...(line === undefined ? {} : { line }),
      });

    if (!format) {
      warn(`not a .txt, .md or .html file; ignored`, "skipped");
      continue;
    }
    if (isBinary(file.bytes)) {
      warn("looks like a binary file, not text; skipped", "skipped");
      continue;
    }
    const cleaned = cleanText(decodeUtf8(file.bytes));
    if (cleaned.replaced > 0) {
      warn(
        `${cleaned.replaced} invalid character(s) replaced with U+FFFD (is the file UTF-8?)`,
        "cleaned",
        firstLineWith(cleaned.text, "\uFFFD"),
      );
    }
    if (cleaned.dropped > 0) {
      warn(`${cleaned.dropped} control or invisible character(s) removed`, "cleaned");
    }

    let front: FrontMatter = {};
    let body = cleaned.text;
    if (format === "md") {
      const fm = splitFrontMatter(body);
      for (const p of fm.problems) warn(p.message, "fallback", p.line);
      front = fm.data;
      body = markdownToPlainText(fm.body);
    } else if (format === "html") {
      const page = htmlToArticle(body);
      body = page.text;
      // Page metadata fills the same fields as Markdown front matter.
      front = {
        ...(page.title ? { title: page.title } : {}),
        ...(page.outlet ? { outlet: page.outlet } : {}),
        ...(page.url ? { url: page.url } : {}),
        ...(page.published ? { published: page.published } : {}),
        ...(page.language ? { language: page.language } : {}),
        ...(page.byline ? { byline: page.byline } : {}),
      };
    }

    const entry = list.entries.get(file.path);
    if (entry) {
      listed.add(file.path);
      front = { ...front, ...entry.meta };
    }

    if (body.length > options.maxChars) {
      const cut = body.lastIndexOf("\n", options.maxChars);
      body = body.slice(0, cut > 0 ? cut : options.maxChars);
      warn(
        `longer than ${options.maxChars} characters; cut to the first ${body.length}`,
        "cleaned",
      );
    }

    const stripped = stripBoilerplate(body.split("\n"));
    let lines = stripped.lines;
    let title = front.title ?? "";
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
      continue;
    }
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    if (title === "") {
      // A dateline or time stamp opening the text ("DECEMBER 16, 2008") is not what happened.
      const first = sentences.find((x) => !isDateline(text.slice(x.start, x.end))) ?? sentences[0];
      title = titleFromLead(first ? text.slice(first.start, first.end) : text, name);
      titleGenerated = true;
      if (!rest) warn("a single line with no headline; title written from the text", "fallback");
    }

    const key = text.toLowerCase().replace(/\s+/g, " ").trim();
    const original = seenText.get(key);
    if (original !== undefined) {
      warn(`same text as ${original}; skipped as a duplicate`, "skipped");
      continue;
    }
    seenText.set(key, file.path);

    const published = front.published ? normalizePublished(front.published) : null;
    if (front.published && !published) {
      warn(`front matter "published" is not a date (${front.published}); ignored`, "fallback", 2);
    }

    const url = front.url && /^https?:\/\//i.test(front.url) ? front.url : null;
    articles.push({
      id: uniqueId(file.path, usedIds),
      file: file.path,
      format,
      title,
      titleGenerated,
      // Without an outlet from the list or the file, the address's host names it.
      outlet: front.outlet || urlHost(url) || null,
      url,
      byline: front.byline || stripped.byline,
      published,
      publishedInferred: null,
      language: front.language || "en",
      text,
      paragraphs,
      sentences,
      words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    });
  }
  for (const [name, entry] of list.entries) {
    if (!listed.has(name) && !files.some((f) => f.path === name)) {
      diagnostics.push({
        level: "warning",
        file: entry.file,
        line: entry.line,
        message: `no seed file named ${name}; entry ignored`,
        outcome: "fallback",
      });
    }
  }
  return { articles, diagnostics };
}

function firstLineWith(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}

/** The file name without extension when it is URL-safe; otherwise a slug of it. */
function uniqueId(path: string, used: Set<string>): string {
  const stem = path.replace(/\.[^./]+$/, "");
  let base = /^[A-Za-z0-9_-]+$/.test(stem)
    ? stem
    : foldAccents(stem, { compatibility: true })
        .replace(/[^A-Za-z0-9_-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .toLowerCase();
  if (base === "") base = "article";
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
