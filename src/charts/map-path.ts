/**
 * Map outlines as short path data. d3.geoPath writes every projected vertex with several decimals;
 * at 360 units wide most of a coast's vertices fall within a pixel of the previous one. This
 * writer rounds to tenths of a unit, drops a vertex closer than `minStep` to the last one kept,
 * simplifies what is left (Douglas–Peucker, `tolerance` units), drops rings smaller than a pixel, and writes relative moves ("l") between rounded points, so the
 * rounding never accumulates. A map's paths shrink to a fraction of geoPath's.
 */
import { type GeoPermissibleObjects, type GeoProjection, geoPath } from "d3";

/** Tenths of a unit, as written in the path: 12 -> "1.2", -5 -> "-.5". */
function tenths(n: number): string {
  const s = (n / 10).toString();
  return s.replace(/^(-?)0\./, "$1.");
}

/** Numbers separated as SVG path grammar allows: no space before a minus sign or a ".x" after a decimal. */
function numbers(values: readonly number[]): string {
  let out = "";
  let prevHasDot = false;
  for (const v of values) {
    const s = tenths(v);
    const needsSpace =
      out !== "" &&
      !s.startsWith("-") &&
      !(s.startsWith(".") && prevHasDot) &&
      !/[a-zA-Z]$/.test(out);
    out += (needsSpace ? " " : "") + s;
    prevHasDot = s.includes(".");
  }
  return out;
}

interface Ring {
  points: [number, number][];
  closed: boolean;
}

/** A d3 path context that records rings and lines (points are never drawn through it). */
class Recorder {
  rings: Ring[] = [];
  moveTo(x: number, y: number): void {
    this.rings.push({ points: [[x, y]], closed: false });
  }
  lineTo(x: number, y: number): void {
    this.rings[this.rings.length - 1]?.points.push([x, y]);
  }
  closePath(): void {
    const ring = this.rings[this.rings.length - 1];
    if (ring) ring.closed = true;
  }
  beginPath(): void {}
  arc(): void {}
}

type Pt = [number, number];

/** Distance from p to the segment a–b. */
function segmentDistance(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t =
    len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * Douglas–Peucker: keeps the ends and every vertex that strays more than `tolerance` from the line
 * through its kept neighbours. Straight runs (most of a coast at this scale) collapse to their
 * ends.
 */
export function simplify(points: readonly Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    const [i, j] = span;
    const a = points[i];
    const b = points[j];
    if (!a || !b) continue;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistance(points[k] ?? a, a, b);
      if (d > worst) {
        worst = d;
        at = k;
      }
    }
    if (at >= 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return points.filter((_, k) => keep[k] === 1);
}

/** A closed ring simplified in two halves, split at the vertex farthest from its first. */
function simplifyRing(points: readonly Pt[], tolerance: number): Pt[] {
  const first = points[0];
  if (!first || points.length <= 3) return [...points];
  let far = 1;
  let best = -1;
  points.forEach((p, k) => {
    const d = Math.hypot(p[0] - first[0], p[1] - first[1]);
    if (d > best) {
      best = d;
      far = k;
    }
  });
  const head = simplify(points.slice(0, far + 1), tolerance);
  const tail = simplify([...points.slice(far), first], tolerance);
  return [...head, ...tail.slice(1, -1)];
}

/** Rounds to tenths and thins a ring or line; null when nothing visible is left. */
function thin(ring: Ring, minStep: number, tolerance: number): [number, number][] | null {
  const step = minStep * 10;
  let kept: [number, number][] = [];
  const n = ring.points.length;
  ring.points.forEach(([x, y], i) => {
    const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = kept[kept.length - 1];
    const isEnd = !ring.closed && i === n - 1;
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < step) {
      // An open line keeps its end, so lines that meet still meet.
      if (isEnd && (p[0] !== last[0] || p[1] !== last[1])) {
        if (kept.length > 1) kept[kept.length - 1] = p;
        else kept.push(p);
      }
      return;
    }
    kept.push(p);
  });
  if (ring.closed) {
    kept = simplifyRing(kept, tolerance * 10);
    if (kept.length < 3) return null;
    const xs = kept.map((p) => p[0]);
    const ys = kept.map((p) => p[1]);
    // Under a unit either way: a speck, not a shape (an islet at world scale).
    if (Math.max(...xs) - Math.min(...xs) < 10 && Math.max(...ys) - Math.min(...ys) < 10) {
      return null;
    }
    return kept;
  }
  kept = simplify(kept, tolerance * 10);
  return kept.length < 2 ? null : kept;
}

/**
 * The `d` of a geographic object through a projection (with its clip extent, if any), or "" when
 * nothing of it shows. `minStep` and `tolerance` are in user units.
 */
export function mapPath(
  object: GeoPermissibleObjects,
  projection: GeoProjection,
  minStep = 0.6,
  tolerance = 0.3,
): string {
  const recorder = new Recorder();
  geoPath(projection, recorder)(object);
  let d = "";
  for (const ring of recorder.rings) {
    const points = thin(ring, minStep, tolerance);
    if (!points) continue;
    const [first, ...rest] = points;
    if (!first) continue;
    d += `M${numbers(first)}`;
    if (rest.length > 0) {
      const deltas: number[] = [];
      let prev = first;
      for (const p of rest) {
        deltas.push(p[0] - prev[0], p[1] - prev[1]);
        prev = p;
      }
      d += `l${numbers(deltas)}`;
    }
    if (ring.closed) d += "z";
  }
  return d;
}

/** The absolute points a path from `mapPath` visits (for tests and bounds checks). */
export function pathPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  const tokens = d.match(/[MlzZ]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  let cmd = "";
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let pending: number[] = [];
  for (const t of tokens) {
    if (/^[MlzZ]$/.test(t)) {
      cmd = t;
      pending = [];
      if (t === "z" || t === "Z") {
        x = startX;
        y = startY;
      }
      continue;
    }
    pending.push(Number(t));
    if (pending.length < 2) continue;
    const [a = 0, b = 0] = pending;
    pending = [];
    if (cmd === "M") {
      x = a;
      y = b;
      startX = a;
      startY = b;
      cmd = "l";
    } else {
      x += a;
      y += b;
    }
    out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return out;
}
