import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { SMALL } from "./chart.ts";
import { textWidth } from "./text-width.ts";
import { TIP_PAD, tipBlock, tipMarkup } from "./timeline-tip.ts";

function parse(markup: string) {
  return parseHTML(`<!doctype html><html><body><svg>${markup}</svg></body></html>`).document;
}

const TIP = [
  { text: "24 October 2024 (inferred)", bold: true },
  { text: `Protesters <gathered> & "waited" outside the hall for a very long time that evening` },
  { text: "Reported by 1 source: North Post" },
];

describe("tipBlock", () => {
  it("wraps every fact within the width and sizes the box to fit", () => {
    const block = tipBlock(TIP, 200);
    expect(block.w).toBeLessThanOrEqual(200);
    expect(block.lines.length).toBeGreaterThan(TIP.length);
    for (const l of block.lines) {
      expect(textWidth(l.text, SMALL, l.bold ? "bold" : "normal")).toBeLessThanOrEqual(
        200 - 2 * TIP_PAD,
      );
    }
    const bold = block.lines.filter((l) => l.bold).map((l) => l.text);
    expect(bold.join(" ")).toBe("24 October 2024 (inferred)");
    expect(block.lines[0]?.bold).toBe(true);
  });

  it("cuts a very long fact after six lines", () => {
    const block = tipBlock([{ text: "word ".repeat(200) }], 200);
    expect(block.lines).toHaveLength(6);
    expect(block.lines[5]?.text.endsWith("…")).toBe(true);
  });
});

describe("tipMarkup", () => {
  it("is hidden until shown by the stylesheet, hidden from assistive technology, and escaped", () => {
    const markup = tipMarkup(tipBlock(TIP, 260), { x: 10, y: 20, w: 260, h: 80 });
    expect(markup).toContain("&lt;gathered&gt; &amp; &quot;waited&quot;");
    const doc = parse(markup);
    const g = doc.querySelector(".timeline-tip");
    expect(g?.getAttribute("visibility")).toBe("hidden");
    expect(g?.getAttribute("aria-hidden")).toBe("true");
    expect(g?.getAttribute("pointer-events")).toBe("none");
    expect(doc.querySelector(".timeline-tip-bg")?.getAttribute("x")).toBe("10");
    expect(doc.querySelector("text")?.getAttribute("font-weight")).toBe("700");
    expect(g?.textContent).toContain("Protesters <gathered>");
  });
});
