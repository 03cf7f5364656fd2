import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ALL, SOURCES } from "../../tests/support/chart-fixtures.ts";
import { embedFiles } from "../build/embed-files.ts";
import { storyCharts } from "../charts/catalog.ts";
import { cardText, MAX_CREDITED, pngCard, pngSize } from "./png-card.ts";
import { standaloneSvg } from "./standalone-svg.ts";
import { themeVariables } from "./theme.ts";

const css = readFileSync(new URL("../styles/charts.css", import.meta.url), "utf8");
const vars = themeVariables(readFileSync(new URL("../styles/global.css", import.meta.url), "utf8"));
const [chart] = storyCharts({
  slug: "harbour",
  title: "Harbour fire",
  sources: SOURCES,
  claims: ALL,
  events: [],
});
if (!chart) throw new Error("fixture gives no chart");

describe("pngCard", () => {
  const card = pngCard(
    standaloneSvg(chart.chart.svg, { css, vars: vars.light, background: true }),
    cardText(chart),
    { vars: vars.light, font: "Arial" },
  );

  it("puts the title above the chart and the credit naming every source below it", () => {
    const texts = [...card.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");
    expect(texts[0]).toBe("Figures by source: Harbour fire");
    // The credit wraps; its lines are the card's last texts.
    const credit = texts.slice(texts.findLastIndex((t) => t.startsWith("Sources:"))).join(" ");
    expect(credit).toBe(
      "Sources: Reuters, Associated Press, The Kyiv Independent. Chart: Triangulate.",
    );
  });

  it("names at most a dozen sources, so a site-wide chart's card stays one size", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, label: `Outlet ${i}` }));
    const credit = cardText({ ...chart, sources: many }).credit;
    expect(credit).toContain(`Outlet ${MAX_CREDITED - 1} and ${1000 - MAX_CREDITED} more`);
    expect(credit).not.toContain(`Outlet ${MAX_CREDITED},`);
    const few = pngSize({ ...chart, sources: many.slice(0, MAX_CREDITED + 1) });
    expect(pngSize({ ...chart, sources: many })).toEqual(few);
  });

  it("keeps the chart's own styles working inside the card", () => {
    // The chart's rules select `.chart …`: the group that holds it keeps the root's class.
    expect(card).toMatch(/<g transform="translate\(10 \d+\)" class="chart chart-figures"/);
  });

  it("is exactly the size pages announce for the PNG (og:image width and height)", async () => {
    const files = await embedFiles(chart, { origin: "https://news.example.org", css, vars });
    const png = files.find((f) => f.path.endsWith("chart.png"))?.contents as Uint8Array;
    const meta = await sharp(png).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual(pngSize(chart));
  });
});
