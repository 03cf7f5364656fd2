/**
 * The optional list of sources: `sources.yml` (or `.yaml`, or `sources.json`) in the seeds folder
 * names each article's outlet, address, date and byline without rewriting the article:
 *
 *   001_harbour.txt:
 *     outlet: Example Gazette
 *     url: https://gazette.example/harbour
 *     published: 2024-03-05
 *     byline: Ann Example
 *
 * Keys are seed file names as found in the folder (a sub-folder's files as "folder/file.txt").
 * The list wins over front matter and page tags: it is the editor's statement. A field that is not
 * valid is a warning that names its line, and the rest of the entry is still used. JSON is read by
 * the same YAML parser (JSON is YAML), so its warnings name lines too.
 */
import { isMap, isScalar, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
import { z } from "zod";
import { errorText } from "../../core/error-text.ts";
import type { Diagnostic } from "../../core/model.ts";
import { normalizePublished } from "./published.ts";

/** The names the list may have, at the top of the seeds folder. */
export const SOURCE_LIST_NAMES: readonly string[] = ["sources.yml", "sources.yaml", "sources.json"];

export function isSourceList(path: string): boolean {
  return SOURCE_LIST_NAMES.includes(path);
}

const text = z.string().trim().min(1, "must not be empty");

/** One entry's fields; each is checked on its own, so one bad field does not lose the others. */
export const SourceListEntrySchema = z.object({
  title: text.optional(),
  outlet: text.optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).optional(),
  published: z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const day = normalizePublished(String(v));
      if (day) return day;
      ctx.addIssue({ code: "custom", message: "must be a date such as 2024-03-05" });
      return z.NEVER;
    })
    .optional(),
  byline: text.optional(),
});
type Field = keyof typeof SourceListEntrySchema.shape;
/** An entry as read: only the fields that were valid, each as text (a date as YYYY-MM-DD). */
export type SourceListEntry = Partial<Record<Field, string>>;

const FIELDS = Object.keys(SourceListEntrySchema.shape) as Field[];

export interface SourceList {
  /** Seed file name -> what the list says about it, with the line of its entry. */
  entries: Map<string, { meta: SourceListEntry; line: number; file: string }>;
  diagnostics: Diagnostic[];
}

/** Reads every source list among the seed files (in name order: a later list's entry wins). */
export function readSourceLists(files: readonly { path: string; text: string }[]): SourceList {
  const out: SourceList = { entries: new Map(), diagnostics: [] };
  for (const f of files) {
    try {
      readOne(f.path, f.text, out);
    } catch (error) {
      // One list that fails in a way nobody foresaw is ignored; the articles are still read.
      out.diagnostics.push({
        level: "warning",
        file: f.path,
        message: `could not be read (${errorText(error)}); list ignored`,
        outcome: "fallback",
      });
    }
  }
  return out;
}

function readOne(file: string, source: string, out: SourceList): void {
  const counter = new LineCounter();
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line : 1;
  const warn = (message: string, line: number) =>
    out.diagnostics.push({ level: "warning", file, line, message, outcome: "fallback" });
  const doc = parseDocument(source, { lineCounter: counter, schema: "core", uniqueKeys: false });
  if (doc.errors.length > 0) {
    // The first error only: a list nested thousands deep gives one error per level.
    const [e] = doc.errors;
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more errors)` : "";
    warn(
      `not valid YAML or JSON: ${e?.message.split("\n")[0]}${more}; list ignored`,
      e?.linePos?.[0].line ?? 1,
    );
    return;
  }
  if (doc.contents === null) return;
  if (!isMap(doc.contents)) {
    warn(
      "should map each seed file name to its outlet, url, published and byline; list ignored",
      1,
    );
    return;
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value ?? "").trim() : "";
    const line = lineOf(pair.key as Node);
    if (key === "") {
      warn("an entry without a seed file name; ignored", line);
      continue;
    }
    if (!isMap(pair.value)) {
      warn(
        `the entry for ${key} should list fields (outlet, url, published, byline); ignored`,
        line,
      );
      continue;
    }
    out.entries.set(key, { meta: fields(pair.value, key, lineOf, warn), line, file });
  }
}

function fields(
  map: YAMLMap,
  key: string,
  lineOf: (node: Node | null | undefined) => number,
  warn: (message: string, line: number) => void,
): SourceListEntry {
  const meta: SourceListEntry = {};
  for (const item of map.items) {
    const name = isScalar(item.key) ? String(item.key.value) : "";
    const line = lineOf(item.key as Node);
    if (!(FIELDS as string[]).includes(name)) {
      warn(`${key}: unknown field "${name}" (known: ${FIELDS.join(", ")}); ignored`, line);
      continue;
    }
    const value = isScalar(item.value) ? item.value.value : undefined;
    const schema = SourceListEntrySchema.shape[name as Field];
    const parsed = schema.safeParse(value ?? undefined);
    if (!parsed.success || parsed.data === undefined) {
      const why = parsed.success ? "must be text" : (parsed.error.issues[0]?.message ?? "invalid");
      warn(`${key}: "${name}" ${why}; ignored`, line);
      continue;
    }
    meta[name as Field] = parsed.data;
  }
  return meta;
}
