/**
 * Pushes overlapping round marks apart (two cities of one metropolitan area, two neighbouring
 * countries on a world map), so every mark and its source marks stay readable; the caller draws a
 * leader line from a moved mark back to its true place. Deterministic: fixed passes, fixed order,
 * and marks on the very same spot part along a fixed angle.
 */
import type { Box } from "./map-labels.ts";

export interface Disc {
  x: number;
  y: number;
  r: number;
}

export interface DodgeOptions {
  /** Space kept between two marks. */
  pad?: number;
  iterations?: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function clamp(v: number, lo: number, hi: number): number {
  return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
}

/** New centres for the discs, each inside `bounds` and (when room allows) clear of the others. */
export function dodge(
  discs: readonly Disc[],
  bounds: Box,
  o: DodgeOptions = {},
): { x: number; y: number }[] {
  const pad = o.pad ?? 1;
  const iterations = o.iterations ?? 120;
  const at = discs.map((d) => ({
    x: clamp(d.x, bounds.x0 + d.r, bounds.x1 - d.r),
    y: clamp(d.y, bounds.y0 + d.r, bounds.y1 - d.r),
  }));
  for (let pass = 0; pass < iterations; pass++) {
    let moved = false;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = at[i];
        const b = at[j];
        const da = discs[i];
        const db = discs[j];
        if (!a || !b || !da || !db) continue;
        const need = da.r + db.r + pad;
        const d = Math.hypot(b.x - a.x, b.y - a.y);
        if (d >= need - 1e-9) continue;
        // On the very same spot there is no direction to part along: take a fixed one.
        const same = d < 1e-6;
        const dx = same ? Math.cos(j * GOLDEN_ANGLE) : (b.x - a.x) / d;
        const dy = same ? Math.sin(j * GOLDEN_ANGLE) : (b.y - a.y) / d;
        const overlap = need - d;
        // The larger mark moves less: its true place stays easier to see.
        const share = da.r + db.r > 0 ? db.r / (da.r + db.r) : 0.5;
        a.x -= dx * overlap * share;
        a.y -= dy * overlap * share;
        b.x += dx * overlap * (1 - share);
        b.y += dy * overlap * (1 - share);
        moved = true;
      }
    }
    for (let i = 0; i < discs.length; i++) {
      const p = at[i];
      const d = discs[i];
      if (!p || !d) continue;
      p.x = clamp(p.x, bounds.x0 + d.r, bounds.x1 - d.r);
      p.y = clamp(p.y, bounds.y0 + d.r, bounds.y1 - d.r);
    }
    if (!moved) break;
  }
  return at;
}
