import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ALL, HOSTILE, HOSTILE_SOURCES, SOURCES } from "../../tests/support/chart-fixtures.ts";
import { coverageMatrix } from "../charts/coverage-matrix.ts";
import { FRAME_SCRIPT } from "./frame-script.ts";
import { cspHash, type EmbedPageOptions, embedPage } from "./page.ts";
import { themeVariables } from "./theme.ts";

const CHART_CSS = readFileSync(new URL("../styles/charts.css", import.meta.url), "utf8");
const VARS = themeVariables(readFileSync(new URL("../styles/global.css", import.meta.url), "utf8"));
const chart = coverageMatrix(ALL, SOURCES);

const OPTIONS: EmbedPageOptions = {
  id: "chart-coverage-abc1234",
  title: "Who reports what",
  credit: "Sources: Lyon Daily, Example Wire",
  story: { url: "https://triangulate.example/stories/lyon/", title: "The Lyon story" },
  svg: chart.svg,
  alt: chart.alt,
  table: chart.table,
  css: CHART_CSS,
  vars: VARS,
  downloads: { csv: "data.csv", json: "data.json", svg: "chart.svg", png: "chart.png" },
  oembedHref: "https://triangulate.example/embed/chart-coverage-abc1234/oembed.json",
  canonical: "https://triangulate.example/embed/chart-coverage-abc1234/",
};

function parse(html: string) {
  return parseHTML(html).document;
}

/** The exact text of every inline element `tag` in the page. */
function inline(html: string, tag: "style" | "script"): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map(
    (m) => m[1] ?? "",
  );
}

function cspOf(html: string): string {
  return (
    parse(html)
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute("content") ?? ""
  );
}

describe("embedPage landmarks", () => {
  it("holds the title, chart, credit, links and data in one main landmark, for screen readers", () => {
    const doc = parse(embedPage(OPTIONS));
    const main = doc.querySelectorAll("main");
    expect(main).toHaveLength(1);
    for (const selector of ["h1", "svg", ".embed-credit", ".embed-links", "table"]) {
      expect(main[0]?.querySelector(selector), selector).not.toBeNull();
    }
  });
});

describe("embedPage security", () => {
  const html = embedPage(OPTIONS);

  it("allows exactly its one inline style and one inline script, by hash", () => {
    const styles = inline(html, "style");
    const scripts = inline(html, "script");
    expect(styles).toHaveLength(1);
    expect(scripts).toEqual([FRAME_SCRIPT]);
    expect(cspOf(html)).toBe(
      `default-src 'none'; img-src data:; style-src ${cspHash(styles[0] ?? "")}; ` +
        `script-src ${cspHash(FRAME_SCRIPT)}; base-uri 'none'; form-action 'none'`,
    );
    // The hash changes with the content: a stale hash would fail this.
    expect(cspHash(`${styles[0]} `)).not.toBe(cspHash(styles[0] ?? ""));
    expect(cspHash("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it("puts the CSP before anything it governs", () => {
    const head = parse(html).head;
    const first = [...head.children].slice(0, 2).map((e) => e.outerHTML);
    expect(first[0]).toBe('<meta charset="utf-8">');
    expect(first[1]).toContain("Content-Security-Policy");
  });

  it("links nowhere but its downloads, its oEmbed, its canonical URL, its story and an empty icon", () => {
    const allowed = new Set([
      ...Object.values(OPTIONS.downloads),
      OPTIONS.oembedHref,
      OPTIONS.canonical,
      OPTIONS.story?.url,
      "data:,",
    ]);
    const urls = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(allowed.size);
    for (const url of urls) expect(allowed, url).toContain(url);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    for (const m of html.matchAll(/url\(\s*([^)]*)\)/gi)) expect(m[1]).toMatch(/^["']?#/);
    expect(html).not.toMatch(/@import/i);
  });

  it("has no inline style or event-handler attributes for the CSP to block", () => {
    const doc = parse(html);
    const all = [...doc.querySelectorAll("*")];
    expect(all.filter((e) => e.hasAttribute("style"))).toEqual([]);
    const handlers = all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)));
    expect(handlers).toEqual([]);
  });

  it("escapes hostile titles, credits, text alternatives, tables and ids", () => {
    const evil = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const hostileChart = coverageMatrix([HOSTILE], HOSTILE_SOURCES);
    const page = embedPage({
      ...OPTIONS,
      id: evil,
      title: evil,
      credit: `Sources: ${evil}`,
      story: { url: "/stories/x/", title: evil },
      svg: hostileChart.svg,
      alt: evil,
      table: { caption: evil, head: [evil, "</table>"], rows: [[evil, "</section><b>x</b>"]] },
    });
    const doc = parse(page);
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(doc.querySelectorAll("img, b")).toHaveLength(0);
    expect(doc.documentElement.getAttribute("data-chart")).toBe(evil);
    expect(doc.querySelector("title")?.textContent).toBe(evil);
    expect(doc.querySelector("h1")?.textContent).toBe(evil);
    expect(doc.querySelector(".embed-credit")?.textContent).toBe(`Sources: ${evil}`);
    expect(doc.querySelector("caption")?.textContent).toBe(evil);
    expect(doc.querySelector("tbody td")?.textContent).toBe("</section><b>x</b>");
    expect(doc.querySelector('link[type="application/json+oembed"]')?.getAttribute("title")).toBe(
      evil,
    );
  });

  it("refuses links that leave the site or run script, and SVGs the CSP would break", () => {
    const bad: Partial<EmbedPageOptions>[] = [
      { downloads: { ...OPTIONS.downloads, csv: "https://elsewhere.example/data.csv" } },
      { downloads: { ...OPTIONS.downloads, png: "//elsewhere.example/chart.png" } },
      { downloads: { ...OPTIONS.downloads, json: "javascript:alert(1)" } },
      { downloads: { ...OPTIONS.downloads, svg: "/\\elsewhere.example/chart.svg" } },
      { story: { url: "javascript:alert(1)", title: "t" } },
      { story: { url: "data:text/html,x", title: "t" } },
      { canonical: "vbscript:x" },
      { oembedHref: "//elsewhere.example/o.json" },
      { svg: "<div>not a chart</div>" },
      { svg: chart.svg.replace("</svg>", "<script>alert(1)</script></svg>") },
      { svg: chart.svg.replace("<svg ", '<svg onload="alert(1)" ') },
      { svg: chart.svg.replace("<svg ", '<svg style="color:red" ') },
      { narrowSvg: chart.svg.replace("</svg>", "<style>*{}</style></svg>") },
      { css: "a{}</style><script>alert(1)</script>" },
    ];
    for (const b of bad) expect(() => embedPage({ ...OPTIONS, ...b }), JSON.stringify(b)).toThrow();
  });

  it("accepts attribute values and text that merely mention on…= or style=", () => {
    const svg = chart.svg.replace("<svg ", '<svg aria-label="status on=3 style=x" ');
    expect(() => embedPage({ ...OPTIONS, svg })).not.toThrow();
  });
});

describe("embedPage content", () => {
  const html = embedPage(OPTIONS);
  const doc = parse(html);

  it("is an English HTML5 document that names its chart for the frame script", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.documentElement.getAttribute("data-chart")).toBe(OPTIONS.id);
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute("content")).toContain(
      "width=device-width",
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      OPTIONS.canonical,
    );
    const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(oembed?.getAttribute("href")).toBe(OPTIONS.oembedHref);
    // The frame script runs last, after the chart it measures.
    expect(doc.body.lastElementChild?.tagName.toLowerCase()).toBe("script");
  });

  it("shows the title, the chart, the credit, the story and the downloads", () => {
    expect(doc.querySelector("h1")?.textContent).toBe("Who reports what");
    expect(doc.querySelectorAll("svg.chart")).toHaveLength(1);
    expect(doc.querySelector(".embed-credit")?.textContent).toBe(OPTIONS.credit);
    const story = doc.querySelector(`a[href="${OPTIONS.story?.url}"]`);
    expect(story?.textContent).toContain("The Lyon story");
    expect(story?.getAttribute("target")).toBe("_blank");
    expect(story?.getAttribute("rel")).toBe("noopener");
    const downloads = [...doc.querySelectorAll("a")]
      .filter((a) => a !== story)
      .map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("target")]);
    expect(downloads).toEqual([
      ["Data (CSV)", "data.csv", "_blank"],
      ["Data (JSON)", "data.json", "_blank"],
      ["Chart (SVG)", "chart.svg", "_blank"],
      ["Chart (PNG)", "chart.png", "_blank"],
    ]);
  });

  it("leaves the story link out when there is no story", () => {
    const { story: _, ...noStory } = OPTIONS;
    const d = parse(embedPage(noStory));
    expect(d.querySelectorAll("a")).toHaveLength(4);
  });

  it("gives screen readers the text alternative and a real data table, hidden only visually", () => {
    const section = doc.querySelector("section.visually-hidden");
    expect(section?.querySelector("p")?.textContent).toBe(chart.alt);
    const table = section?.querySelector("table");
    expect(table?.querySelector("caption")?.textContent).toBe(chart.table.caption);
    const cols = [...(table?.querySelectorAll('thead th[scope="col"]') ?? [])];
    expect(cols.map((th) => th.textContent)).toEqual(chart.table.head);
    expect(table?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(chart.table.rows.length);
    const style = inline(html, "style")[0] ?? "";
    const rule = /\.visually-hidden\{([^}]*)\}/.exec(style)?.[1] ?? "";
    expect(rule).toContain("clip-path:inset(50%)");
    expect(rule).not.toContain("display:none");
  });

  it("defines the light scheme, a forced dark scheme and dark for auto", () => {
    const style = inline(html, "style")[0] ?? "";
    expect(style).toContain(`:root{--bg:${VARS.light["--bg"]};`);
    expect(style).toMatch(
      new RegExp(
        `:root\\[data-theme=dark\\]\\{[^}]*--bg:${VARS.dark["--bg"]};[^}]*color-scheme:dark`,
      ),
    );
    expect(style).toContain(
      "@media (prefers-color-scheme:dark){:root[data-theme=auto],:root:not([data-theme]){",
    );
    expect(style).toContain("svg.chart");
  });

  it("swaps in the narrow layout below 40rem when one is given", () => {
    const narrow = coverageMatrix(ALL.slice(0, 2), SOURCES, { id: "narrow" });
    const page = embedPage({ ...OPTIONS, narrowSvg: narrow.svg });
    const d = parse(page);
    expect(d.querySelectorAll(".embed-wide svg.chart")).toHaveLength(1);
    expect(d.querySelectorAll(".embed-narrow svg.chart")).toHaveLength(1);
    const style = inline(page, "style")[0] ?? "";
    expect(style).toContain(".embed-narrow{display:none}");
    expect(style).toContain(
      "@media (max-width:40rem){.embed-wide{display:none}.embed-narrow{display:block}}",
    );
    expect(html).not.toContain("embed-narrow");
  });

  it("is the same bytes for the same input", () => {
    expect(embedPage(OPTIONS)).toBe(html);
  });
});
