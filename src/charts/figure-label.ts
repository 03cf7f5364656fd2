/**
 * How a figure value is written in a chart: numbers with thousands separators (d3-format ","),
 * a range as "40,000 to 45,000", the qualifier as "≈" or in words ("over 900,000").
 */
import { format } from "d3";
import type { ClaimValue } from "../core/model.ts";
import { type QualifierMeaning, qualifierMeaning } from "./qualifier.ts";

const comma = format(",");

export interface FigureLabel {
  /** The low end (or the only number). */
  low: number;
  /** The high end: equal to `low` unless the source gave a range. */
  high: number;
  isRange: boolean;
  qualifier: QualifierMeaning;
  /** As drawn next to the mark: "≈ 4,700", "over 900,000", "40,000 to 45,000". */
  label: string;
  /** In words, for the text alternative and the table: "about 4,700". */
  words: string;
}

const PERCENT = /^(%|percent|per cent|pct)$/i;
const CURRENCY = /[$€£¥₹₩]/u;

/** 4700 -> "4,700"; 0.5 -> "0.5"; 1234.5 -> "1,234.5". Never exponent notation, never "-0". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n * 1000) / 1000;
  return comma(Object.is(r, -0) ? 0 : r);
}

function withUnit(n: number, v: ClaimValue): string {
  const s = formatNumber(n);
  if (v.unit && PERCENT.test(v.unit.trim())) return `${s}%`;
  const currency = CURRENCY.exec(v.value)?.[0] ?? CURRENCY.exec(v.text)?.[0];
  return currency ? `${currency}${s}` : s;
}

/** Null when the value has no usable number. */
export function figureLabel(v: ClaimValue): FigureLabel | null {
  if (typeof v.number !== "number" || !Number.isFinite(v.number)) return null;
  const low = v.number;
  const hasMax = typeof v.max === "number" && Number.isFinite(v.max) && v.max !== low;
  const high = hasMax && typeof v.max === "number" ? v.max : low;
  const [a, b] = low <= high ? [low, high] : [high, low];
  const qualifier = qualifierMeaning(v.qualifier);
  const numbers = hasMax ? `${withUnit(a, v)} to ${withUnit(b, v)}` : withUnit(a, v);
  const label = qualifier.prefix ? `${qualifier.prefix} ${numbers}` : numbers;
  const words = qualifier.words ? `${qualifier.words} ${numbers}` : numbers;
  return { low: a, high: b, isRange: hasMax, qualifier, label, words };
}
