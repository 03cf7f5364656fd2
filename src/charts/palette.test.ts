import { describe, expect, it } from "vitest";
import {
  OKABE_ITO,
  SHAPE_NAMES,
  SOURCE_COLORS,
  shapePath,
  sourceMark,
  sourceStyle,
} from "./palette.ts";

describe("sourceStyle", () => {
  it("uses only Okabe–Ito colours, never black (invisible on the dark scheme)", () => {
    const palette = new Set<string>(Object.values(OKABE_ITO));
    for (const c of SOURCE_COLORS) expect(palette.has(c)).toBe(true);
    expect(SOURCE_COLORS).not.toContain(OKABE_ITO.black);
  });

  it("gives the first sources different colours and different shapes", () => {
    const first = [0, 1, 2, 3, 4, 5, 6].map(sourceStyle);
    expect(new Set(first.map((s) => s.color)).size).toBe(7);
    expect(new Set(first.map((s) => s.shape)).size).toBe(7);
  });

  it("gives 56 sources 56 different colour and shape pairs", () => {
    const pairs = new Set(
      Array.from({ length: 56 }, (_, i) => sourceStyle(i)).map((s) => `${s.color} ${s.shape}`),
    );
    expect(pairs.size).toBe(56);
  });
});

describe("shapes", () => {
  it("draws every shape with coordinates rounded to two decimals", () => {
    for (const shape of SHAPE_NAMES) {
      const d = shapePath(shape, 90);
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/\d\.\d{3}/);
    }
  });

  it("fills a mark with the source colour and outlines it in the text colour", () => {
    const mark = sourceMark(sourceStyle(1), 10, 20);
    expect(mark).toContain(`fill="${OKABE_ITO.orange}"`);
    expect(mark).toContain('stroke="currentColor"');
    expect(mark).toContain('transform="translate(10,20)"');
    expect(sourceMark(sourceStyle(4), 0, 0)).toContain("rotate(180)");
  });
});
