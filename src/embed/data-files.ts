/**
 * A chart's data as files a reader downloads: CSV for spreadsheets, JSON for code. Both are
 * written byte-for-byte the same for the same data.
 */
import type { TableModel } from "../charts/chart.ts";

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) begins with
 * one of these; so does a cell that hides one behind a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number ("-3", "-3.5", "+1,250", "-12%", "-1e3"): left alone, a spreadsheet reads it as one. */
const PLAIN_NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/;

/**
 * A cell as CSV (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
 * doubled. A cell a spreadsheet would take for a formula gets a leading apostrophe, which
 * spreadsheets show as text (OWASP's advice against CSV injection); real numbers are kept.
 */
export function csvCell(value: string): string {
  const isNumber = /\d/.test(value) && PLAIN_NUMBER.test(value);
  const safe = FORMULA_START.test(value) && !isNumber ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The table as CSV: a header row, then one record per row, every line ending in CRLF. */
export function tableCsv(table: TableModel): string {
  const width = Math.max(table.head.length, ...table.rows.map((r) => r.length));
  const record = (cells: readonly string[]) =>
    Array.from({ length: width }, (_, i) => csvCell(cells[i] ?? "")).join(",");
  return [table.head, ...table.rows].map((r) => `${record(r)}\r\n`).join("");
}

/** A plain object with its keys sorted (one level: JSON.stringify calls this at every level). */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const record = value as Record<string, unknown>;
  // fromEntries defines keys, so even a key named "__proto__" stays data.
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]]),
  );
}

/**
 * Data as JSON text: keys sorted (so the bytes do not depend on the order a builder happened to
 * add them), two-space indent, a final newline.
 */
export function dataJson(value: unknown): string {
  const text = JSON.stringify(value, sortKeys, 2);
  if (text === undefined) throw new Error("data-files: this value has no JSON form");
  return `${text}\n`;
}
