import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ALL, SOURCES } from "../../tests/support/chart-fixtures.ts";
import { storyCharts } from "../charts/catalog.ts";
import { viewBoxOf } from "../embed/standalone-svg.ts";
import { themeVariables } from "../embed/theme.ts";
import { credit, embedFiles, PNG_WIDTH } from "./embed-files.ts";

const css = readFileSync(new URL("../styles/charts.css", import.meta.url), "utf8");
const vars = themeVariables(readFileSync(new URL("../styles/global.css", import.meta.url), "utf8"));
const [chart] = storyCharts({
  slug: "nk",
  title: "Troops abroad",
  sources: SOURCES,
  claims: ALL,
  events: [],
});
if (!chart) throw new Error("fixture gives no chart");
const files = await embedFiles(chart, { origin: "https://news.example.org", css, vars });
const byPath = new Map(files.map((f) => [f.path, f.contents]));
const textOf = (path: string) => String(byPath.get(path) ?? "");

describe("embedFiles", () => {
  it("writes the page, the two images, the two data files and the oEmbed file under /embed/<id>/", () => {
    expect([...byPath.keys()].sort()).toEqual(
      ["chart.png", "chart.svg", "data.csv", "data.json", "index.html", "oembed.json"].map(
        (f) => `embed/nk-figures/${f}`,
      ),
    );
  });

  it("names the sources in the credit and links back to the story at the site's address", () => {
    expect(credit(chart)).toBe(
      "Sources: Reuters, Associated Press, The Kyiv Independent. Chart: Triangulate.",
    );
    const html = textOf("embed/nk-figures/index.html");
    expect(html).toContain('href="https://news.example.org/stories/nk/"');
    expect(html).toContain("Figures by source: Troops abroad");
  });

  it("gives an oEmbed file whose snippet frames the embed page at the site's address", () => {
    const o = JSON.parse(textOf("embed/nk-figures/oembed.json"));
    expect(o).toMatchObject({ type: "rich", version: "1.0", provider_name: "Triangulate" });
    expect(o.html).toContain('src="https://news.example.org/embed/nk-figures/"');
  });

  it("renders a PNG of the standard width, and a standalone SVG that needs no page", async () => {
    const png = byPath.get("embed/nk-figures/chart.png") as Uint8Array;
    expect((await sharp(png).metadata()).width).toBe(PNG_WIDTH);
    const svg = textOf("embed/nk-figures/chart.svg");
    expect(svg).toContain("<style>");
    expect(svg).not.toContain("var(--");
  });

  it("publishes the chart's table as CSV and its data as JSON", () => {
    const csv = textOf("embed/nk-figures/data.csv");
    expect(csv.split("\r\n")[0]).toBe(
      chart.chart.table.head.map((h) => (/[",]/.test(h) ? `"${h}"` : h)).join(","),
    );
    expect(JSON.parse(textOf("embed/nk-figures/data.json")).id).toBe("nk-figures");
  });

  it("without a public address links within the site relatively, and only snippets say the local one", async () => {
    const local = await embedFiles(chart, { origin: "http://127.0.0.1:4321", base: "", css, vars });
    const html = String(local.find((f) => f.path.endsWith("index.html"))?.contents);
    expect(html).toContain('href="/stories/nk/"');
    expect(html).toContain('<link rel="canonical" href="/embed/nk-figures/">');
    expect(html).toContain('href="/embed/nk-figures/oembed.json"');
    expect(html).not.toContain("127.0.0.1");
    // An iframe on someone else's page cannot be relative: the oEmbed snippet keeps the address.
    const o = JSON.parse(String(local.find((f) => f.path.endsWith("oembed.json"))?.contents));
    expect(o.html).toContain('src="http://127.0.0.1:4321/embed/nk-figures/"');
  });
});

describe("embedFiles for a chart too tall for any PNG", () => {
  it("still writes chart.png, a placeholder, and says what was done instead", async () => {
    // A drawing a million units tall: no PNG width keeps it within librsvg's 32,767 px.
    const tall = chart.chart.svg.replace(
      /viewBox="0 0 ([\d.]+) [\d.]+"/,
      'viewBox="0 0 $1 1000000"',
    );
    const problems: string[] = [];
    const out = await embedFiles(
      { ...chart, chart: { ...chart.chart, svg: tall as typeof chart.chart.svg } },
      { origin: "https://news.example.org", css, vars, onProblem: (m) => problems.push(m) },
    );
    const png = out.find((f) => f.path.endsWith("chart.png"))?.contents as Uint8Array;
    const meta = await sharp(png).metadata();
    expect(meta.width).toBe(PNG_WIDTH);
    expect(meta.height).toBeLessThan(200);
    expect(problems).toEqual([expect.stringMatching(/too tall for a PNG.*chart\.png says so/)]);
    // The SVG keeps the whole chart.
    const svg = String(out.find((f) => f.path.endsWith("chart.svg"))?.contents);
    expect(viewBoxOf(svg)[3]).toBeGreaterThanOrEqual(1_000_000);
  });
});
