/**
 * Reads `corrections.yml` (or `.yaml`) from the seeds folder: a publish mode and a list of
 * corrections, each checked against its kind's schema (src/core/model/corrections.ts). A bad
 * entry is a warning that names its line and is left out; the others still apply. Parsed as
 * sources.yml is (the yaml package's line positions, the "core" schema so dates stay text).
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
import {
  CORRECTION_KINDS,
  type Correction,
  type CorrectionKind,
  type Diagnostic,
  type PublishMode,
  PublishModeSchema,
} from "../../core/model.ts";

export const CORRECTIONS_NAMES: readonly string[] = ["corrections.yml", "corrections.yaml"];

/** A correction and where it is written, so a stale one can be named by its line. */
export interface Located {
  correction: Correction;
  kind: CorrectionKind;
  file: string;
  line: number;
}

export interface CorrectionsRead {
  publish: PublishMode;
  corrections: Located[];
  diagnostics: Diagnostic[];
}

export const NO_CORRECTIONS: CorrectionsRead = { publish: "all", corrections: [], diagnostics: [] };

const KINDS = Object.keys(CORRECTION_KINDS) as CorrectionKind[];

export function readCorrections(file: string, source: string): CorrectionsRead {
  const out: CorrectionsRead = { publish: "all", corrections: [], diagnostics: [] };
  const counter = new LineCounter();
  const lineOf = (node: unknown) => {
    const range = (node as Node | null | undefined)?.range;
    return range ? counter.linePos(range[0]).line : 1;
  };
  const warn = (message: string, line: number) =>
    out.diagnostics.push({ level: "warning", file, line, message, outcome: "skipped" });
  const doc = parseDocument(source, { lineCounter: counter, schema: "core", uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const why = e.message.split("\n")[0];
      warn(`not valid YAML: ${why}; no correction applied`, e.linePos?.[0].line ?? 1);
    }
    return out;
  }
  if (doc.contents === null) return out;
  if (!isMap(doc.contents)) {
    warn("should hold `publish:` and a list under `corrections:`; no correction applied", 1);
    return out;
  }
  for (const pair of doc.contents.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    const line = lineOf(pair.key);
    if (name === "publish") {
      const mode = PublishModeSchema.safeParse(isScalar(pair.value) ? pair.value.value : null);
      if (mode.success) out.publish = mode.data;
      else
        warn(
          `"publish" must be one of ${PublishModeSchema.options.join(", ")}; all claims published`,
          line,
        );
    } else if (name === "corrections") {
      if (isSeq(pair.value)) {
        for (const item of pair.value.items) entry(item, file, lineOf, warn, out);
      } else if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) {
        warn('"corrections" should be a list ("- claim: …"); ignored', line);
      }
    } else {
      warn(`unknown field "${name}" (known: publish, corrections); ignored`, line);
    }
  }
  return out;
}

function entry(
  item: unknown,
  file: string,
  lineOf: (node: unknown) => number,
  warn: (message: string, line: number) => void,
  out: CorrectionsRead,
): void {
  const line = lineOf(item);
  if (!isMap(item)) {
    warn(
      `a correction should be fields such as "claim: …" (one of ${KINDS.join(", ")}); ignored`,
      line,
    );
    return;
  }
  const keys = item.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ""));
  // "article" first: an article's move names a story too.
  const kind = KINDS.find((k) => keys.includes(k));
  if (!kind) {
    warn(`a correction must name its target with one of ${KINDS.join(", ")}; ignored`, line);
    return;
  }
  const parsed = CORRECTION_KINDS[kind].safeParse(item.toJSON());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const named = issue?.code === "unrecognized_keys" ? issue.keys[0] : issue?.path[0];
    const field = typeof named === "string" ? named : undefined;
    const at = field ? fieldLine(item, field, lineOf) : line;
    const what =
      issue?.code === "unrecognized_keys"
        ? `unknown field "${field}" for a ${kind} correction`
        : field
          ? `"${field}" ${issue?.message ?? "is not valid"}`
          : (issue?.message ?? "not valid");
    warn(`${kind} correction: ${what}; this correction is ignored`, at);
    return;
  }
  out.corrections.push({ correction: parsed.data, kind, file, line });
}

function fieldLine(item: YAMLMap, field: string, lineOf: (node: unknown) => number): number {
  const pair = item.items.find((p) => isScalar(p.key) && String(p.key.value) === field);
  return pair ? lineOf(pair.key) : lineOf(item);
}
