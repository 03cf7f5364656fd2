import type { Claim, CorrectionOf, Diagnostic, PublishMode } from "../../core/model.ts";
import { claimKey, withKeys } from "./keys.ts";
import type { Located } from "./read.ts";
import { ofKinds, stale } from "./stale.ts";

/**
 * The editors' claims, after comparison: each claim gets its stable key, then each claim
 * correction suppresses it, sets its status or confirms it, with the note readers see. What the
 * editors set is final (nothing after this step changes a claim). Ids stay as compare gave them,
 * so suppressing one claim moves no other claim's link. `publish` then keeps only the checked
 * claims (reviewed) or marks the unchecked ones (marked).
 */
export function correctClaims(
  claims: readonly Claim[],
  corrections: readonly Located[],
  publish: PublishMode,
  problems: Diagnostic[],
): Claim[] {
  const keyed: Claim[] = withKeys(claims, claimKey);
  const suppressed = new Set<Claim>();
  for (const c of ofKinds(corrections, "claim")) {
    const fix = c.correction as CorrectionOf<"claim">;
    const claim = keyed.find((x) => x.key === fix.claim);
    if (!claim) {
      problems.push(stale(c, `no claim ${fix.claim}`));
      continue;
    }
    if (fix.suppress) {
      suppressed.add(claim);
      continue;
    }
    const machineStatus = claim.correction?.machineStatus ?? claim.status;
    if (fix.status !== undefined) claim.status = fix.status;
    claim.correction = {
      note: fix.note ?? claim.correction?.note ?? null,
      ...(machineStatus === claim.status ? {} : { machineStatus }),
    };
  }
  const shown = keyed.filter((x) => !suppressed.has(x));
  if (publish === "reviewed") return shown.filter((x) => x.correction);
  if (publish === "marked") {
    return shown.map((x) => (x.correction ? x : { ...x, unreviewed: true as const }));
  }
  return shown;
}
