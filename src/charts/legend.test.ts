import { describe, expect, it } from "vitest";
import { legend } from "./legend.ts";
import { el } from "./svg.ts";

const item = (label: string) => ({
  icon: (cx: number, cy: number) => el("circle", { cx, cy, r: 4 }),
  iconWidth: 8,
  label,
});

function xs(markup: string): number[] {
  return [...markup.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe("legend", () => {
  it("puts short items on one line", () => {
    const out = legend([item("A"), item("B")], 0, 0, 360, { size: 12, lineHeight: 20 });
    expect(out.height).toBe(20);
    expect(xs(out.markup)).toHaveLength(2);
  });

  it("starts a new line when the next item does not fit", () => {
    const items = ["Reuters", "Associated Press", "The Kyiv Independent", "BBC News"].map(item);
    const out = legend(items, 0, 0, 200, { size: 12, lineHeight: 20 });
    expect(out.height).toBeGreaterThanOrEqual(40);
    for (const x of xs(out.markup)) expect(x).toBeLessThan(200);
  });

  it("wraps a label longer than the whole width under its icon, escaping it", () => {
    const long = item(
      "A very long outlet name <with> & markup that cannot possibly fit in one line",
    );
    const out = legend([long, item("Next")], 0, 0, 150, { size: 12, lineHeight: 20 });
    // Two lines of the name (the rest cut with "…"), then the next item's line.
    expect(out.height).toBe(60);
    expect(out.markup).toContain("…");
    expect(out.markup).toContain("&lt;with&gt; &amp;");
    expect(out.markup).not.toContain("<with>");
  });

  it("takes no room when empty", () => {
    expect(legend([], 0, 0, 100, { size: 12, lineHeight: 20 }).height).toBe(0);
  });
});
