import { overBudgetText, type TimeBudget, timed } from "../../core/budget.ts";
import { errorText } from "../../core/error-text.ts";
import type { Article, Diagnostic, SeedFile, SeedFormat } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { cleanField, cleanText, decodeUtf8 } from "./clean-text.ts";
import { readSeed } from "./read-seed.ts";
import { sourceId } from "./source-id.ts";
import { isSourceList, readSourceLists } from "./source-list.ts";

export interface IngestOptions {
  /** Longer articles are cut at a paragraph boundary, with a warning, to bound build time. */
  maxChars: number;
  /**
   * Keep the headline in `text` as its first paragraph (the CLI does, so offsets cover the
   * whole article as a scorer sees it). The site shows it as the title instead.
   */
  keepHeadline?: boolean;
  /** Time one file's reading may take; a file over it is skipped with a warning. */
  budget?: TimeBudget;
}

export const defaultIngestOptions: IngestOptions = { maxChars: 2_000_000 };

/**
 * Files larger than this are not read at all: even as HTML, an article of at most
 * `maxChars` characters is far smaller.
 */
export const MAX_BYTES = 16 * 1024 * 1024;

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

/** The format a seed's name says it is in, or null for a file ingest does not read. */
export function seedFormat(path: string): SeedFormat | null {
  const name = path.split("/").pop() ?? path;
  return FORMATS[/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? ""] ?? null;
}

/** Hidden files (.DS_Store, .gitkeep): never articles. */
export function isHidden(path: string): boolean {
  return (path.split("/").pop() ?? path).startsWith(".");
}

/**
 * Seed files in, articles out. Never throws on bad input: each problem becomes a diagnostic
 * naming the file, and a file that fails in a way nobody foresaw is skipped with its error.
 */
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

  for (const file of sorted.filter((f) => !isSourceList(f.path))) {
    if (isHidden(file.path)) continue; // not articles, not worth a warning
    const shown = cleanField(file.path);
    const warn = (message: string, outcome: Diagnostic["outcome"], line?: number) =>
      diagnostics.push({
        level: "warning",
        file: shown,
        message,
        outcome,
        ...(line === undefined ? {} : { line }),
      });
    const format = seedFormat(file.path);
    if (!format) {
      warn(`not a .txt, .md or .html file; ignored`, "skipped");
      continue;
    }
    try {
      if (file.bytes.length > MAX_BYTES) {
        warn(`larger than ${MAX_BYTES / 1024 / 1024} MB; skipped`, "skipped");
        continue;
      }
      const name = file.path.split("/").pop() ?? file.path;
      const listed = list.entries.get(file.path)?.meta;
      const read = timed(() => readSeed(file, format, name, options, warn, listed), options.budget);
      if (read.over !== null && options.budget) {
        warn(`reading it ${overBudgetText(read.over, options.budget)}; skipped`, "skipped");
        continue;
      }
      const article = read.result;
      if (!article) continue;
      const key = article.text.toLowerCase().replace(/\s+/g, " ").trim();
      const original = seenText.get(key);
      if (original !== undefined) {
        warn(`same text as ${original}; skipped as a duplicate`, "skipped");
        continue;
      }
      seenText.set(key, shown);
      articles.push({ id: sourceId(file.path, usedIds), ...article });
    } catch (error) {
      warn(`could not be read (${errorText(error)}); skipped`, "skipped");
    }
  }
  for (const [name, entry] of list.entries) {
    if (!files.some((f) => f.path === name)) {
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
