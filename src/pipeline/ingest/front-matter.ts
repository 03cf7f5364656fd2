import { parseDocument } from "yaml";

/** Metadata a `.md` seed may give in YAML front matter. Unknown keys are ignored. */
export interface FrontMatter {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  language?: string;
  byline?: string;
}

export interface FrontMatterResult {
  data: FrontMatter;
  body: string;
  /** Lines of `source` before the body starts, so diagnostics can give body line numbers. */
  bodyLine: number;
  problems: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function splitFrontMatter(source: string): FrontMatterResult {
  const m = FENCE.exec(source);
  if (!m) {
    if (/^---[ \t]*\n/.test(source)) {
      return {
        data: {},
        body: source,
        bodyLine: 1,
        problems: [{ line: 1, message: "front matter opened with --- but never closed" }],
      };
    }
    return { data: {}, body: source, bodyLine: 1, problems: [] };
  }
  const yamlText = m[1] ?? "";
  const body = source.slice(m[0].length);
  const bodyLine = m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0) + 1;
  const doc = parseDocument(yamlText, { schema: "core", prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    return {
      data: {},
      body,
      bodyLine,
      problems: doc.errors.map((e) => ({
        // +1 for the opening fence line.
        line: (e.linePos?.[0].line ?? 1) + 1,
        message: `front matter is not valid YAML: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  const problems: { line: number; message: string }[] = [];
  const data: FrontMatter = {};
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    for (const key of ["title", "outlet", "url", "published", "language", "byline"] as const) {
      const value = (raw as Record<string, unknown>)[key];
      if (value === undefined || value === null) continue;
      if (typeof value === "string" || typeof value === "number") data[key] = String(value).trim();
      else problems.push({ line: 2, message: `front matter "${key}" should be text; ignored` });
    }
  } else if (raw !== null) {
    problems.push({ line: 2, message: "front matter should be a YAML mapping; ignored" });
  }
  return { data, body, bodyLine, problems };
}
