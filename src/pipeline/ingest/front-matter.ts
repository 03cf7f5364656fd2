import { type Document, isAlias, isMap, isScalar, parseDocument, type Scalar } from "yaml";

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
  /** The values as written (escapes decoded), not yet cleaned: ingest cleans every field. */
  data: FrontMatter;
  body: string;
  /** Lines of `source` before the body starts, so diagnostics can give body line numbers. */
  bodyLine: number;
  problems: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const KEYS = ["title", "outlet", "url", "published", "language", "byline"] as const;
/**
 * Front matter is a few lines of metadata. Longer blocks are not read: YAML anchors cost time
 * that grows with the square of their number, and no article needs 32,000 characters of it.
 */
export const MAX_FRONT_MATTER = 32_768;

/**
 * Splits YAML front matter from a Markdown seed (line breaks already "\n") and reads the known
 * keys. Never throws: broken, oversized or hostile YAML leaves the data empty with a problem.
 * Scalars are read as the text written: `007` stays "007", `1e309` stays "1e309", `true` stays
 * "true"; only an empty value, `~` or `null` counts as absent. An alias is followed to a text
 * value, never expanded into a structure, so neither `*nope` nor billion laughs costs anything.
 */
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
  const none = (problems: FrontMatterResult["problems"]) => ({
    data: {},
    body,
    bodyLine,
    problems,
  });
  if (yamlText.length > MAX_FRONT_MATTER) {
    return none([
      {
        line: 2,
        message: `front matter longer than ${MAX_FRONT_MATTER} characters; ignored`,
      },
    ]);
  }
  let doc: Document;
  try {
    doc = parseDocument(yamlText, { schema: "core", prettyErrors: true, uniqueKeys: false });
  } catch (error) {
    return none([{ line: 2, message: `front matter could not be read: ${firstLine(error)}` }]);
  }
  if (doc.errors.length > 0) {
    return none(
      doc.errors.map((e) => ({
        // +1 for the opening fence line.
        line: (e.linePos?.[0].line ?? 1) + 1,
        message: `front matter is not valid YAML: ${e.message.split("\n")[0]}`,
      })),
    );
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return none([]);
  if (!isMap(root))
    return none([{ line: 2, message: "front matter should be a YAML mapping; ignored" }]);

  const problems: FrontMatterResult["problems"] = [];
  const data: FrontMatter = {};
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const name = KEYS.find((k) => k === key);
    if (name === undefined) continue;
    const line = lineOf(yamlText, pair.value ?? pair.key);
    const value = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
    if (value === undefined && isAlias(pair.value)) {
      problems.push({
        line,
        message: `front matter "${name}" is an alias to no anchor (*${pair.value.source}); ignored`,
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!isScalar(value)) {
      problems.push({ line, message: `front matter "${name}" should be text; ignored` });
      continue;
    }
    const text = scalarText(value);
    if (text === null) delete data[name];
    else data[name] = text;
  }
  return { data, body, bodyLine, problems };
}

/** A scalar as its author wrote it; null for YAML's empty values. */
function scalarText(node: Scalar): string | null {
  if (node.value === null || node.value === undefined) return null;
  if (node.type === "PLAIN" && typeof node.source === "string") return node.source;
  return typeof node.value === "string" ? node.value : String(node.value);
}

/** The seed's line (the fence is line 1) a node starts on. */
function lineOf(yamlText: string, node: unknown): number {
  const start = (node as { range?: [number, number, number] } | null)?.range?.[0];
  if (start === undefined) return 2;
  let line = 2;
  for (let i = 0; i < start && i < yamlText.length; i++) if (yamlText[i] === "\n") line++;
  return line;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
