import { readFileSync } from "node:fs";
import { DOMParser } from "linkedom";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ALL, HOSTILE, HOSTILE_SOURCES, SOURCES } from "../../tests/support/chart-fixtures.ts";
import { coverageMatrix } from "../charts/coverage-matrix.ts";
import { standaloneSvg, viewBoxOf, withSize } from "./standalone-svg.ts";
import { themeVariables } from "./theme.ts";

const CHART_CSS = readFileSync(new URL("../styles/charts.css", import.meta.url), "utf8");
const THEME = themeVariables(
  readFileSync(new URL("../styles/global.css", import.meta.url), "utf8"),
);

/** librsvg parses with libxml2, which rejects any XML that is not well-formed. */
async function assertWellFormed(svg: string): Promise<void> {
  await expect(sharp(Buffer.from(svg)).metadata()).resolves.toMatchObject({ format: "svg" });
}

function parseSvg(svg: string) {
  return new DOMParser().parseFromString(svg, "image/svg+xml");
}

const chart = coverageMatrix(ALL, SOURCES);

describe("standaloneSvg", () => {
  const out = standaloneSvg(chart.svg, { css: CHART_CSS, vars: THEME.light, background: true });
  const doc = parseSvg(out);
  const root = doc.documentElement;
  const style = doc.querySelector("style")?.textContent ?? "";

  it("is well-formed XML, sized in px from its viewBox plus a margin", async () => {
    await assertWellFormed(out);
    const [, , w, h] = viewBoxOf(chart.svg);
    expect(root.getAttribute("width")).toBe(String(w + 20));
    expect(root.getAttribute("height")).toBe(String(h + 20));
    expect(root.getAttribute("viewBox")).toBe(`-10 -10 ${w + 20} ${h + 20}`);
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    // The style attribute outranks charts.css's `svg.chart { width: 100% }`, also in the file.
    expect(root.getAttribute("style")).toBe(`width:${w + 20}px;height:${h + 20}px`);
    const tight = standaloneSvg(chart.svg, {
      css: "",
      vars: THEME.light,
      background: false,
      padding: 0,
    });
    expect(parseSvg(tight).documentElement.getAttribute("viewBox")).toBe(`0 0 ${w} ${h}`);
  });

  it("keeps the title and description first, for screen readers", () => {
    const first = [...root.children].slice(0, 2).map((c) => c.tagName.toLowerCase());
    expect(first).toEqual(["title", "desc"]);
  });

  it("carries the theme's colours written out, since renderers ignore var()", () => {
    expect(style).not.toMatch(/var\(/);
    expect(style).toContain(`--fg:${THEME.light["--fg"]}`);
    expect(style).toContain(`color:${THEME.light["--fg"]}`);
    expect(style).toContain(`.chart .chart-muted {\n  fill: ${THEME.light["--muted"]};`);
    expect(style).not.toContain("/*");
  });

  it("hides tooltip groups", () => {
    expect(style).toMatch(/\.timeline-tip[^{]*\{display:none\}/);
  });

  it("paints the background in the scheme's colour, or not at all", () => {
    const rect = doc.querySelector("rect.chart-background");
    expect(rect?.getAttribute("fill")).toBe(THEME.light["--bg"]);
    // It covers the margin too.
    expect(rect?.getAttribute("x")).toBe("-10");
    expect(rect?.getAttribute("width")).toBe(root.getAttribute("width"));
    const dark = standaloneSvg(chart.svg, { css: CHART_CSS, vars: THEME.dark, background: true });
    expect(dark).toContain(`fill="${THEME.dark["--bg"]}"`);
    const bare = standaloneSvg(chart.svg, { css: CHART_CSS, vars: THEME.light, background: false });
    expect(bare).not.toContain("chart-background");
  });

  it("stays well-formed with hostile chart text and CSS that would end a CDATA section", async () => {
    const hostile = coverageMatrix([HOSTILE], HOSTILE_SOURCES);
    const css = `${CHART_CSS}\n.x::after{content:"]]></style><script>alert(1)</script>"}`;
    const svg = standaloneSvg(hostile.svg, { css, vars: THEME.dark, background: true });
    await assertWellFormed(svg);
    const parsed = parseSvg(svg);
    expect(parsed.querySelector("script")).toBeNull();
    expect(parsed.querySelectorAll("style")).toHaveLength(1);
  });

  it("refuses markup that is not an SVG with a viewBox", () => {
    expect(() => standaloneSvg("<div></div>", { css: "", vars: {}, background: false })).toThrow(
      /<svg>/,
    );
    expect(() =>
      standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', {
        css: "",
        vars: {},
        background: false,
      }),
    ).toThrow(/viewBox/);
  });

  it("fails when the chart CSS uses a variable the theme lacks", () => {
    expect(() =>
      standaloneSvg(chart.svg, {
        css: ".a{fill:var(--nope)}",
        vars: THEME.light,
        background: false,
      }),
    ).toThrow(/--nope/);
  });
});

describe("withSize", () => {
  it("sizes the root in attributes and style, keeping a style it had", () => {
    const svg = '<svg viewBox="0 0 10 5" width="100%" style="color:red"><g/></svg>';
    expect(withSize(svg, 20, 10)).toBe(
      '<svg width="20" height="10" viewBox="0 0 10 5" style="color:red;width:20px;height:10px"><g/></svg>',
    );
    expect(withSize('<svg viewBox="0 0 10 5"><rect width="3"/></svg>', 10, 5)).toBe(
      '<svg width="10" height="5" style="width:10px;height:5px" viewBox="0 0 10 5"><rect width="3"/></svg>',
    );
  });
});
