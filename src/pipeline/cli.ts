import { readFile } from "node:fs/promises";
import { parseIsoDate } from "../core/calendar.ts";
import type { Places } from "../core/geo/places.ts";
import type { ArticleFacts } from "../core/model.ts";
import { byCodeUnit } from "../core/text/compare.ts";
import { CACHE_USAGE, cacheCommand, shardCommand } from "./cache-command.ts";
import { buildModel, DEFAULT_LATEST_DATE } from "./index.ts";
import { defaultIngestOptions, ingest } from "./ingest/index.ts";
import { subject } from "./isolate.ts";

const USAGE = `Usage: triangulate extract FILE... [--json] [--reference-date YYYY-MM-DD] [--latest-date YYYY-MM-DD]

Prints what Triangulate extracts from each article: people, places, organizations, dates,
figures and quotes, with UTF-16 offsets into the cleaned text. --json prints one object per file
({file, title, text, mentions}; the headline is the title, not part of text, as on the site), or an array of them for several files.

${CACHE_USAGE}`;

export interface CliMention {
  type: string;
  start: number;
  end: number;
  text: string;
  value?: { start: string; end: string; precision: string };
  speaker?: string | null;
  entity?: string;
}

export interface CliResult {
  file: string;
  /** The article's headline, which is not part of `text` (as on the site). */
  title: string;
  text: string;
  mentions: CliMention[];
}

/**
 * Extraction for scoring and debugging: every file is ingested, extracted, resolved and dated
 * exactly as the build does, so offsets point into the same text the site's pages show (the
 * headline apart, as the page's title).
 */
export async function extractFiles(
  paths: readonly string[],
  options: { referenceDate?: string; latestDate?: string; places?: Places } = {},
): Promise<{ results: CliResult[]; warnings: string[] }> {
  const files = await Promise.all(
    paths.map(async (path) => ({ path, bytes: await readFile(path) })),
  );
  const { articles, diagnostics } = ingest(files, defaultIngestOptions);
  const model = buildModel(articles, diagnostics, {
    latestDate: options.latestDate ?? DEFAULT_LATEST_DATE,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.places ? { places: options.places } : {}),
  });
  const factsOf = new Map(model.facts.map((f) => [f.source, f]));
  const results = model.articles.map((a) => ({
    file: a.file,
    title: a.title,
    text: a.text,
    mentions: mentionsOf(factsOf.get(a.id)),
  }));
  const warnings = model.diagnostics.map((d) => `${d.level}: ${subject(d)}: ${d.message}`);
  return { results, warnings };
}

function mentionsOf(f: ArticleFacts | undefined): CliMention[] {
  if (!f) return [];
  const out: CliMention[] = [
    ...f.names.map((m) => ({
      type: m.type,
      start: m.start,
      end: m.end,
      text: m.text,
      ...(m.entity ? { entity: m.entity } : {}),
    })),
    ...f.dates.map((m) => ({
      type: "date",
      start: m.start,
      end: m.end,
      text: m.text,
      ...(m.value
        ? { value: { start: m.value.start, end: m.value.end, precision: m.value.precision } }
        : {}),
    })),
    ...f.figures.map((m) => ({ type: "figure", start: m.start, end: m.end, text: m.text })),
    ...f.quotes.map((m) => ({
      type: "quote",
      start: m.start,
      end: m.end,
      text: m.text,
      speaker: m.speaker,
    })),
  ];
  return out.sort((a, b) => a.start - b.start || b.end - a.end || byCodeUnit(a.type, b.type));
}

function table(results: readonly CliResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.file}: ${r.mentions.length} mentions`);
    for (const m of r.mentions) {
      const detail = m.value
        ? `${m.value.start}${m.value.end !== m.value.start ? `..${m.value.end}` : ""} (${m.value.precision})`
        : m.type === "quote"
          ? `speaker: ${m.speaker ?? "unknown"}`
          : (m.entity ?? "");
      const text = m.text.length > 60 ? `${m.text.slice(0, 57)}…` : m.text;
      lines.push(
        `  ${m.type.padEnd(13)}${String(m.start).padStart(7)}-${String(m.end).padEnd(7)} ${text.replace(/\s+/g, " ").padEnd(62)} ${detail}`,
      );
    }
  }
  return lines.join("\n");
}

export async function main(
  argv: readonly string[],
  out: Pick<Console, "log" | "error"> = console,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "cache") return cacheCommand(rest, out);
  if (command === "extract" && rest.includes("--shard")) return shardCommand(rest, out);
  if (command !== "extract") {
    out.error(USAGE);
    return command === "--help" || command === "-h" ? 0 : 2;
  }
  const files: string[] = [];
  let json = false;
  let referenceDate: string | undefined;
  let latestDate: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--reference-date" || arg === "--latest-date") {
      const value = rest[++i];
      if (!value || parseIsoDate(value) === null) {
        out.error(`${arg} needs a date as YYYY-MM-DD`);
        return 2;
      }
      if (arg === "--reference-date") referenceDate = value;
      else latestDate = value;
    } else if (arg.startsWith("--")) {
      out.error(`unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    out.error(USAGE);
    return 2;
  }
  let results: CliResult[];
  try {
    const r = await extractFiles(files, {
      ...(referenceDate ? { referenceDate } : {}),
      ...(latestDate ? { latestDate } : {}),
    });
    results = r.results;
    for (const w of r.warnings) out.error(w);
  } catch (e) {
    out.error(`triangulate: ${(e as Error).message}`);
    return 1;
  }
  if (json) out.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  else out.log(table(results));
  return 0;
}
