import { describe, expect, it } from "vitest";
import { dodge } from "./map-dodge.ts";

const bounds = { x0: 0, y0: 0, x1: 200, y1: 200 };

function apart(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe("dodge", () => {
  it("leaves marks that do not touch where they are", () => {
    const discs = [
      { x: 50, y: 50, r: 10 },
      { x: 150, y: 150, r: 10 },
    ];
    expect(dodge(discs, bounds)).toEqual([
      { x: 50, y: 50 },
      { x: 150, y: 150 },
    ]);
  });

  it("pushes overlapping marks apart, the larger one less", () => {
    const discs = [
      { x: 100, y: 100, r: 20 },
      { x: 105, y: 100, r: 5 },
    ];
    const [a, b] = dodge(discs, bounds, { pad: 1 });
    if (!a || !b) throw new Error("missing");
    expect(apart(a, b)).toBeGreaterThanOrEqual(25.9);
    expect(Math.abs(a.x - 100)).toBeLessThan(Math.abs(b.x - 105));
  });

  it("parts marks on the very same spot, the same way every time", () => {
    const discs = [
      { x: 100, y: 100, r: 8 },
      { x: 100, y: 100, r: 8 },
      { x: 100, y: 100, r: 8 },
    ];
    const once = dodge(discs, bounds);
    expect(dodge(discs, bounds)).toEqual(once);
    for (let i = 0; i < once.length; i++) {
      for (let j = i + 1; j < once.length; j++) {
        const a = once[i];
        const b = once[j];
        if (a && b) expect(apart(a, b)).toBeGreaterThan(16);
      }
    }
  });

  it("keeps every mark inside the bounds", () => {
    const discs = [
      { x: 2, y: 2, r: 10 },
      { x: 4, y: 3, r: 10 },
    ];
    for (const p of dodge(discs, bounds)) {
      expect(p.x).toBeGreaterThanOrEqual(10);
      expect(p.y).toBeGreaterThanOrEqual(10);
    }
  });
});
