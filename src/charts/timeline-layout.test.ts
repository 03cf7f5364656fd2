import { describe, expect, it } from "vitest";
import { textWidth } from "./text-width.ts";
import {
  assignLanes,
  clampBox,
  clampLines,
  ellipsize,
  lengthForLabels,
  overlapArea,
  packParts,
  placeTip,
  stack,
} from "./timeline-layout.ts";

describe("assignLanes", () => {
  it("never puts two overlapping intervals in one lane, and reuses freed lanes", () => {
    const intervals = [
      { lo: 0, hi: 100 },
      { lo: 50, hi: 150 },
      { lo: 120, hi: 200 },
      { lo: 160, hi: 300 },
      { lo: 10, hi: 20 },
    ];
    const lanes = assignLanes(intervals, 10);
    for (let i = 0; i < intervals.length; i++) {
      for (let j = i + 1; j < intervals.length; j++) {
        if (lanes[i] !== lanes[j]) continue;
        const [a, b] = [intervals[i], intervals[j]];
        const apart = (a?.hi ?? 0) + 10 <= (b?.lo ?? 0) || (b?.hi ?? 0) + 10 <= (a?.lo ?? 0);
        expect(apart, `${i} and ${j}`).toBe(true);
      }
    }
    expect(lanes).toEqual([0, 1, 0, 1, 1]);
    expect(assignLanes([], 5)).toEqual([]);
  });
});

describe("cutting text", () => {
  it("ends a cut text with an ellipsis at a word boundary, within the width", () => {
    const cut = ellipsize("Jane Example spoke at the town hall in Lyon", 120, 14);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 14)).toBeLessThanOrEqual(120);
    expect("Jane Example spoke at the town hall in Lyon".startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1).endsWith(" ")).toBe(false);
    expect(ellipsize("Short", 120, 14)).toBe("Short");
    expect(ellipsize("Short", 120, 14, true)).toBe("Short…");
  });

  it("wraps into at most so many lines, the last one cut", () => {
    const text = "one two three four five six seven eight nine ten eleven twelve";
    const lines = clampLines(text, 80, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(80);
    expect(clampLines("two words", 200, 14, 2)).toEqual(["two words"]);
  });

  it("packs short parts on lines without ever cutting one", () => {
    expect(packParts(["21 October 2024", "3 sources"], 400, 12)).toEqual([
      "21 October 2024 · 3 sources",
    ]);
    const narrow = packParts(["21 October 2024", "3 sources", "inferred"], 110, 12);
    expect(narrow.join(" ")).toContain("3 sources");
    expect(narrow.join(" ")).toContain("inferred");
    expect(narrow.join(" ")).not.toContain("…");
  });
});

describe("stack", () => {
  it("lets blocks start where they want, or just below the one before", () => {
    expect(stack([0, 5, 100], [20, 20, 20], 4)).toEqual([0, 24, 100]);
  });
});

describe("lengthForLabels", () => {
  it("makes room between neighbouring positions for the labels at the first", () => {
    // Two labels of 40 at 0.0, one at 0.5: the two need 2 × (40 + 10) over half the length.
    expect(
      lengthForLabels(
        [
          { at: 0, h: 40 },
          { at: 0, h: 40 },
          { at: 0.5, h: 40 },
        ],
        10,
        Infinity,
      ),
    ).toBe(200);
    // The last labels must fit before the end, less what follows it.
    expect(lengthForLabels([{ at: 0.5, h: 90 }], 10, 30)).toBe(140);
    expect(lengthForLabels([], 10, 30)).toBe(0);
  });
});

describe("placeTip", () => {
  const bounds = { width: 300, height: 200 };
  const own = { x: 140, y: 90, w: 20, h: 20 };

  it("takes the first candidate that covers nothing painted after it", () => {
    const later = [{ x: 160, y: 0, w: 140, h: 200 }];
    const box = placeTip(
      { w: 100, h: 50 },
      [
        { x: 170, y: 80 },
        { x: 30, y: 80 },
      ],
      bounds,
      later,
      own,
    );
    expect(box).toEqual({ x: 30, y: 80, w: 100, h: 50 });
  });

  it("stays inside the chart", () => {
    const box = placeTip({ w: 100, h: 50 }, [{ x: 280, y: 190 }], bounds, [], own);
    expect(box.x + box.w).toBeLessThanOrEqual(300);
    expect(box.y + box.h).toBeLessThanOrEqual(200);
  });
});

describe("boxes", () => {
  it("measures overlap and clamps inside", () => {
    expect(overlapArea({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(25);
    expect(overlapArea({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(0);
    expect(clampBox({ x: -5, y: 95, w: 10, h: 10 }, 100, 100)).toEqual({
      x: 2,
      y: 88,
      w: 10,
      h: 10,
    });
  });
});
