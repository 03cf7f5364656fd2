/**
 * The sources a chart shows, in the story's order, each with its label and style. A value from a
 * source the caller did not list still gets a row (labelled by its id) rather than vanishing.
 */
import type { Claim } from "../core/model.ts";
import type { SourceRef } from "./chart.ts";
import { type SourceStyle, sourceStyle } from "./palette.ts";

export interface ChartSource extends SourceRef {
  style: SourceStyle;
  /** "A", "B", … "Z", "AA": a short key for narrow columns. */
  letter: string;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function letterFor(index: number): string {
  let n = Math.max(0, Math.floor(index));
  let out = "";
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/**
 * Listed sources first, in the given order (duplicates dropped), then any source a claim cites
 * that was not listed, in order of first appearance. With `onlyCited`, sources that no claim
 * cites are left out (a figure chart has no use for them; the coverage matrix keeps them).
 */
export function chartSources(
  sources: readonly SourceRef[],
  claims: readonly Claim[],
  onlyCited = false,
): ChartSource[] {
  const cited = new Set<string>();
  for (const claim of claims) for (const v of claim.values) cited.add(v.source);
  for (const claim of claims) for (const d of claim.diff ?? []) cited.add(d.source);
  const refs: SourceRef[] = [];
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    if (!onlyCited || cited.has(s.id)) refs.push({ id: s.id, label: s.label || s.id });
  }
  for (const id of cited) {
    if (seen.has(id)) continue;
    seen.add(id);
    refs.push({ id, label: id });
  }
  // Style by position in the story's full list, so a source keeps its mark across charts.
  // Sources the list forgot come after it.
  const full = sources.map((s) => s.id);
  let extra = 0;
  return refs.map((r, i) => {
    const at = full.indexOf(r.id);
    const index = at >= 0 ? at : full.length + extra++;
    return { ...r, style: sourceStyle(index), letter: letterFor(i) };
  });
}
