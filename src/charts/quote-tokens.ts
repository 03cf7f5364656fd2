/**
 * A quote version's words laid out in lines, with the changed words grouped into runs: what the
 * quote chart draws (and marks), and what its text alternative reads out.
 */
import type { DiffToken } from "../core/model.ts";
import { textWidth, type Weight, wrapText } from "./text-width.ts";

export interface Piece {
  text: string;
  changed: boolean;
  /** Whether a space separates this piece from the one before it. */
  space: boolean;
}

/** A stretch of one line drawn in one style. */
export interface Run {
  text: string;
  changed: boolean;
  x: number;
  width: number;
  /** Whether a space separates this run from the one before it on the line. */
  space: boolean;
}

const CLOSING = /^[,.;:!?…%)\]}»”’]/u;
const OPENING = /[([{«“‘$€£]$/u;

/**
 * Tokens to pieces. Tokens that are only white space are separators (a diff may keep them);
 * otherwise words are separated by a space, except before closing and after opening punctuation.
 */
export function pieces(tokens: readonly DiffToken[]): Piece[] {
  const out: Piece[] = [];
  const keepsSpaces = tokens.some((t) => t.text !== "" && t.text.trim() === "");
  let pendingSpace = false;
  for (const t of tokens) {
    if (t.text.trim() === "") {
      if (t.text !== "") pendingSpace = true;
      continue;
    }
    const prev = out[out.length - 1];
    const space = keepsSpaces
      ? pendingSpace || /^\s/.test(t.text)
      : prev !== undefined && !CLOSING.test(t.text) && !OPENING.test(prev.text);
    out.push({
      text: t.text.trim().replace(/\s+/g, " "),
      changed: t.op === "changed",
      space: out.length > 0 && space,
    });
    pendingSpace = /\s$/.test(t.text);
  }
  return out;
}

/** The version's plain text, as pieces join it. */
export function plainText(ps: readonly Piece[]): string {
  return ps.map((p, i) => (i > 0 && p.space ? ` ${p.text}` : p.text)).join("");
}

/** The changed words, one string per stretch of consecutive changed pieces. */
export function changedRuns(ps: readonly Piece[]): string[] {
  const runs: string[] = [];
  let current: Piece[] = [];
  for (const p of [...ps, null]) {
    if (p?.changed) {
      current.push(p);
      continue;
    }
    if (current.length > 0) runs.push(plainText(current));
    current = [];
  }
  return runs;
}

function weightOf(changed: boolean): Weight {
  return changed ? "bold" : "normal";
}

/**
 * Breaks the pieces (wrapped in “ ” marks) into lines of at most `max` units, and each line into
 * runs placed from x = 0. A piece too wide for a whole line is cut.
 */
export function layoutQuote(ps: readonly Piece[], max: number, size: number): Run[][] {
  const all: Piece[] = [
    { text: "“", changed: false, space: false },
    ...ps.map((p, i) => ({ ...p, space: i > 0 && p.space })),
    { text: "”", changed: false, space: false },
  ];
  // Cut pieces that cannot fit on a line by themselves.
  const fitted: Piece[] = all.flatMap((p) => {
    if (textWidth(p.text, size, weightOf(p.changed)) <= max) return [p];
    return wrapText(p.text, max, size, weightOf(p.changed)).map((text, i) => ({
      ...p,
      text,
      space: i === 0 ? p.space : true,
    }));
  });
  const space = textWidth(" ", size);
  const lines: Run[][] = [];
  let line: Run[] = [];
  let x = 0;
  for (const p of fitted) {
    const w = textWidth(p.text, size, weightOf(p.changed));
    const gap = p.space && line.length > 0 ? space : 0;
    if (line.length > 0 && x + gap + w > max) {
      lines.push(line);
      line = [];
      x = 0;
    }
    const last = line[line.length - 1];
    const g = line.length > 0 && p.space ? space : 0;
    if (last && last.changed === p.changed) {
      last.text += g > 0 ? ` ${p.text}` : p.text;
      last.width = textWidth(last.text, size, weightOf(p.changed));
      x = last.x + last.width;
    } else {
      line.push({ text: p.text, changed: p.changed, x: x + g, width: w, space: g > 0 });
      x += g + w;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
