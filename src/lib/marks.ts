import { type DateSpan, describeDateSpan } from "../core/format.ts";
import type { Markable } from "./highlight.ts";

/** The facts of a source, as stored in content/sources/*.json (see core/model.ts). */
interface StoredMention {
  type: string;
  start: number;
  end: number;
  entity?: string | undefined;
  [key: string]: unknown;
}

/** A resolved date as stored (core/model.ts DateValue). */
interface DateValueLike extends DateSpan {
  inferred?: boolean;
  reason?: string;
}

/** A resolved date in words, with the reason when it was inferred. */
export function describeDate(v: DateValueLike): string {
  const span = describeDateSpan(v);
  return v.inferred && v.reason ? `${span} (inferred: ${v.reason})` : span;
}

function figureNote(m: StoredMention): string | undefined {
  const value = typeof m.value === "number" ? m.value.toLocaleString("en-US") : undefined;
  if (!value) return undefined;
  const max = typeof m.max === "number" ? `–${m.max.toLocaleString("en-US")}` : "";
  const q = typeof m.qualifier === "string" ? `${m.qualifier} ` : "";
  const unit = typeof m.unit === "string" && m.unit ? ` ${m.unit}` : "";
  const rate = typeof m.rate === "string" ? ` ${m.rate}` : "";
  return `${q}${value}${max}${unit}${rate}`;
}

/** Everything the source page highlights, with the note each mark shows on hover. */
export function marksFor(
  source: {
    names: StoredMention[];
    dates: StoredMention[];
    figures: StoredMention[];
    quotes: StoredMention[];
  },
  nameOf: (entity: string) => string | undefined = () => undefined,
): Markable[] {
  return [
    ...source.names.map((m) => ({
      type: m.type,
      start: m.start,
      end: m.end,
      entity: m.entity,
      note: typeof m.role === "string" ? `${String(m.name)}, ${m.role}` : String(m.name ?? ""),
    })),
    ...source.dates.map((m) => {
      const v = m.value as DateValueLike | null | undefined;
      return {
        type: "date",
        start: m.start,
        end: m.end,
        note: v ? describeDate(v) : "date not resolved",
        datetime: v && v.start === v.end ? v.start : undefined,
      };
    }),
    ...source.figures.map((m) => ({
      type: "figure",
      start: m.start,
      end: m.end,
      note: figureNote(m),
    })),
    ...source.quotes.map((m) => ({
      type: "quote",
      start: m.start,
      end: m.end,
      note: `${m.partial ? "Partial quote" : "Quote"}${
        typeof m.speaker === "string" && nameOf(m.speaker)
          ? ` from ${nameOf(m.speaker)}`
          : ", speaker unknown"
      }`,
    })),
  ];
}
