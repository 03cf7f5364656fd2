import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ALL, SOURCES } from "../../tests/support/chart-fixtures.ts";
import { WIDTH } from "../charts/chart.ts";
import { coverageMatrix } from "../charts/coverage-matrix.ts";
import { MAX_PNG_SIDE, PNG_SCALE, placeholderPng, pngSize, svgToPng } from "./png.ts";
import { standaloneSvg, viewBoxOf } from "./standalone-svg.ts";
import { themeVariables } from "./theme.ts";

const CHART_CSS = readFileSync(new URL("../styles/charts.css", import.meta.url), "utf8");
const THEME = themeVariables(
  readFileSync(new URL("../styles/global.css", import.meta.url), "utf8"),
);
const chart = coverageMatrix(ALL, SOURCES);
const svg = standaloneSvg(chart.svg, { css: CHART_CSS, vars: THEME.light, background: true });

/** The colour of the pixel at (x, y) as "#rrggbb". */
async function pixel(png: Uint8Array, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return `#${[data[i], data[i + 1], data[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

describe("svgToPng", () => {
  it("renders a PNG exactly the requested width, in the chart's proportions", async () => {
    const width = WIDTH * PNG_SCALE;
    const png = await svgToPng(svg, width);
    const meta = await sharp(png).metadata();
    const [, , w, h] = viewBoxOf(svg);
    expect(meta.format).toBe("png");
    expect(meta.width).toBe(width);
    expect(meta.height).toBe(Math.round((h * width) / w));
    expect(meta.exif).toBeUndefined();
  });

  it("is byte-for-byte the same when rendered twice", async () => {
    const a = await svgToPng(svg, 720);
    const b = await svgToPng(svg, 720);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("paints the theme's background and draws text in the foreground colour", async () => {
    const png = await svgToPng(svg, 360);
    expect(await pixel(png, 0, 0)).toBe(THEME.light["--bg"]);
    const dark = standaloneSvg(chart.svg, { css: CHART_CSS, vars: THEME.dark, background: true });
    expect(await pixel(await svgToPng(dark, 360), 0, 0)).toBe(THEME.dark["--bg"]);
    // Something is drawn: not every pixel is background.
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const distinct = new Set<number>();
    for (let i = 0; i < data.length; i += info.channels) distinct.add(data.readUIntBE(i, 3));
    expect(distinct.size).toBeGreaterThan(10);
  });

  it("works from the page's width=100% SVG too, sized from the viewBox", async () => {
    const meta = await sharp(await svgToPng(chart.svg, 500)).metadata();
    expect(meta.width).toBe(500);
  });

  it("rejects a width that is not a whole number of pixels", async () => {
    await expect(svgToPng(svg, 0)).rejects.toThrow(/width/);
    await expect(svgToPng(svg, 12.5)).rejects.toThrow(/width/);
  });
});

describe("charts too tall for a PNG", () => {
  const tall = (h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 ${h}"><rect width="380" height="${h}" fill="#abcdef"/></svg>`;

  it("are drawn narrower, never taller than the renderer's limit", async () => {
    expect(pngSize(tall(100), 760)).toEqual({ width: 760, height: 200 });
    const size = pngSize(tall(30_000), 760);
    expect(size?.height).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(size?.width).toBeLessThan(760);
    const meta = await sharp(await svgToPng(tall(30_000), 760)).metadata();
    expect(meta.height).toBeLessThanOrEqual(MAX_PNG_SIDE);
  });

  it("are refused, with a clear error, when even a narrow PNG would be too tall", async () => {
    expect(pngSize(tall(1_000_000), 760)).toBeNull();
    await expect(svgToPng(tall(1_000_000), 760)).rejects.toThrow(/too tall for a PNG/);
    expect((await sharp(await placeholderPng("Too large", 760)).metadata()).width).toBe(760);
  });
});
