import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartId, frame, label, lines, rule, WIDTH } from "./chart.ts";
import { text } from "./svg.ts";

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

describe("frame", () => {
  const svg = frame({
    id: "c1",
    kind: "chart-test",
    height: 100.4,
    title: "A <title>",
    desc: "Sources differ & agree",
    body: text("x"),
  });
  const doc = parse(svg);
  const root = doc.querySelector("svg");

  it("is an image with a title and a description a screen reader announces", () => {
    expect(root?.getAttribute("role")).toBe("img");
    expect(root?.getAttribute("aria-labelledby")).toBe("c1-title");
    expect(root?.getAttribute("aria-describedby")).toBe("c1-desc");
    expect(doc.getElementById("c1-title")?.textContent).toBe("A <title>");
    expect(doc.getElementById("c1-desc")?.textContent).toBe("Sources differ & agree");
    expect(svg).toContain("A &lt;title&gt;");
  });

  it("scales with its container and follows the page's text colour", () => {
    expect(root?.getAttribute("viewBox")).toBe(`0 0 ${WIDTH} 101`);
    expect(root?.getAttribute("width")).toBe("100%");
    expect(root?.getAttribute("height")).toBeNull();
    expect(root?.getAttribute("fill")).toBe("currentColor");
  });
});

describe("ids", () => {
  it("are deterministic and differ with the data", () => {
    expect(chartId("figures", { a: 1 })).toBe(chartId("figures", { a: 1 }));
    expect(chartId("figures", { a: 1 })).not.toBe(chartId("figures", { a: 2 }));
    expect(chartId("figures", { a: 1 })).toMatch(/^chart-figures-[0-9a-z]{7}$/);
  });
});

describe("label, lines and rule", () => {
  it("escape text and stack lines", () => {
    expect(label(1, 2, "a & b", { anchor: "end", bold: true })).toBe(
      '<text x="1" y="2" font-weight="700" text-anchor="end">a &amp; b</text>',
    );
    expect(lines(0, 10, ["one", "two"], { lineHeight: 20 })).toContain('y="30"');
    expect(rule(0, 10, 5)).toContain('class="chart-rule"');
  });
});
