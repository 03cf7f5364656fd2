import type { Claim, ClaimKind, ClaimStatus } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";

/** A claim before it has its id: ids depend on the final order. */
export type Draft = Omit<Claim, "id">;

const STATUS: readonly ClaimStatus[] = ["differ", "compatible", "agree", "single-source"];
const KIND: readonly ClaimKind[] = ["figure", "quote", "place", "date", "statement"];

/**
 * The order a reader wants: what the sources disagree on first, then what they can both be
 * right about, then what they agree on, then what only one source says. Aligned claims
 * go by kind, then by where their first value is (source order, then text order); single-
 * source claims go by source, then text order, so each source's list reads like the article. Ids count within each kind, in that
 * order: "<story>-figure-1", "<story>-figure-2", …
 */
export function orderClaims(drafts: readonly Draft[], sourceOrder: readonly string[]): Claim[] {
  const position = new Map(sourceOrder.map((id, i) => [id, i]));
  const at = (d: Draft) => {
    const v = d.values[0];
    return { source: v ? (position.get(v.source) ?? sourceOrder.length) : 0, start: v?.start ?? 0 };
  };
  const sorted = [...drafts].sort((a, b) => {
    const pa = at(a);
    const pb = at(b);
    const byStatus = STATUS.indexOf(a.status) - STATUS.indexOf(b.status);
    if (byStatus !== 0) return byStatus;
    const byKind = KIND.indexOf(a.kind) - KIND.indexOf(b.kind);
    const byPlace = pa.source - pb.source || pa.start - pb.start;
    const single = a.status === "single-source";
    return (single ? byPlace || byKind : byKind || byPlace) || byCodeUnit(a.topic, b.topic);
  });
  const counts = new Map<ClaimKind, number>();
  return sorted.map((d) => {
    const n = (counts.get(d.kind) ?? 0) + 1;
    counts.set(d.kind, n);
    return { id: `${d.story}-${d.kind}-${n}`, ...d };
  });
}
