import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, launch, localOnlyContext } from "./browser.ts";

const site = inject("siteUrl");
const siteDir = inject("siteDir");
const stories = JSON.parse(readFileSync(join(siteDir, "data/stories.json"), "utf8")) as {
  slug: string;
}[];
const chartIds = readdirSync(join(siteDir, "embed")).sort();

let browser: Browser;
let host: Server;
let hostUrl = "";
let hostHtml = "";

/** Serves one page, the host, on its own port: another origin than the site. */
function serveHost(): Promise<Server> {
  return new Promise((ok) => {
    const server = createServer((req, res) => {
      if (req.url === "/" || req.url === "/strict" || req.url === "/dark") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        // /strict: the tightest sandbox the embed must work in, allow-scripts alone.
        // /dark: a dark page that says so only by its colours, as most dark sites do.
        res.end(
          req.url === "/"
            ? hostHtml
            : req.url === "/dark"
              ? hostHtml.replace("<body>", '<body style="background:#15171a;color:#e8e8e8">')
              : hostHtml.replace(/sandbox="[^"]*"/g, 'sandbox="allow-scripts"'),
        );
      } else {
        res.writeHead(404).end();
      }
    });
    server.listen(0, "127.0.0.1", () => ok(server));
  });
}

/** The embed codes as a reader copies them from the pages (the page's script fixes the origin). */
async function snippetsFromPages(page: Page): Promise<string[]> {
  const snippets: string[] = [];
  for (const path of [...stories.map((s) => `/stories/${s.slug}/`), "/places/"]) {
    await page.goto(site + path);
    snippets.push(
      ...(await page
        .locator("textarea.embed-code")
        .evaluateAll((as) => as.map((a) => (a as HTMLTextAreaElement).value))),
    );
  }
  return snippets;
}

beforeAll(async () => {
  browser = await launch();
  const page = await browser.newPage();
  const snippets = await snippetsFromPages(page);
  await page.close();
  hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>A host page</h1>${snippets.map((s) => `<div class="slot">${s}</div>`).join("\n")}</main></body></html>`;
  host = await serveHost();
  const a = host.address();
  hostUrl = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => host?.close(ok));
});

function chartFrames(page: Page): Frame[] {
  return page.frames().filter((f) => f.url().includes("/embed/"));
}

/** The snippet's iframes load lazily: bring each into view, then wait for all of them. */
async function loadAllFrames(page: Page): Promise<Frame[]> {
  const iframes = page.locator("iframe[data-triangulate]");
  for (let i = 0; i < (await iframes.count()); i++) await iframes.nth(i).scrollIntoViewIfNeeded();
  await expect.poll(() => chartFrames(page).length).toBe(chartIds.length);
  const frames = chartFrames(page);
  for (const f of frames) await f.waitForLoadState("load");
  return frames;
}

describe("embed pages", () => {
  it("every chart of every story, and the places map, has an embed", () => {
    expect(chartIds).toContain("places");
    for (const s of stories) {
      expect(chartIds).toContain(`${s.slug}-timeline`);
      expect(chartIds).toContain(`${s.slug}-figures`);
    }
  });

  it("the story page offers a snippet for each of its charts, and an oEmbed link for each", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/stories/${stories[0]?.slug}/`);
    const links = await page
      .locator('link[type="application/json+oembed"]')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute("href") ?? ""));
    const storyCharts = chartIds.filter((id) => id.startsWith(`${stories[0]?.slug}-`));
    expect(links.map((l) => new URL(l, site).pathname).sort()).toEqual(
      storyCharts.map((id) => `/embed/${id}/oembed.json`).sort(),
    );
    await expect(page.locator("textarea.embed-code").count()).resolves.toBe(storyCharts.length);
    await page.close();
  });

  it("each chart's oEmbed file is a rich oEmbed 1.0 response with the snippet", () => {
    for (const id of chartIds) {
      const o = JSON.parse(readFileSync(join(siteDir, "embed", id, "oembed.json"), "utf8"));
      expect(o).toMatchObject({ type: "rich", version: "1.0" });
      expect(o.html).toContain(`/embed/${id}/`);
      expect(o.html).toContain('sandbox="allow-scripts');
      expect(o.width).toBeGreaterThan(0);
      expect(o.height).toBeGreaterThan(0);
    }
  });

  it("each embed offers its data as CSV and JSON and the chart as SVG and PNG", () => {
    for (const id of chartIds) {
      const dir = join(siteDir, "embed", id);
      expect(readFileSync(join(dir, "data.csv"), "utf8").split("\r\n").length).toBeGreaterThan(1);
      expect(JSON.parse(readFileSync(join(dir, "data.json"), "utf8")).id).toBe(id);
      expect(readFileSync(join(dir, "chart.svg"), "utf8")).toMatch(/^<svg[^>]*xmlns=/);
      expect(readFileSync(join(dir, "chart.png")).subarray(1, 4).toString()).toBe("PNG");
    }
  });

  it("the timeline embed's events lead to their entries on the story page, in a new tab", () => {
    for (const s of stories) {
      const html = readFileSync(join(siteDir, "embed", `${s.slug}-timeline`, "index.html"), "utf8");
      const links = [...html.matchAll(/<a href="([^"]+)"[^>]*class="timeline-event"/g)].map(
        (m) => m[0],
      );
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        expect(a).toMatch(new RegExp(`href="[^"]*/stories/${s.slug}/#timeline-`));
        expect(a).toContain('target="_blank"');
      }
    }
  });

  it("the resize script in the snippet is at most 1 KB gzipped", () => {
    const o = JSON.parse(
      readFileSync(join(siteDir, "embed", chartIds[0] ?? "", "oembed.json"), "utf8"),
    );
    const script = /<script>([\s\S]*?)<\/script>/.exec(o.html)?.[1] ?? "";
    expect(script.length).toBeGreaterThan(0);
    expect(gzipSync(script).length).toBeLessThanOrEqual(1024);
    expect(gunzipSync(gzipSync(script)).toString()).toBe(script);
  });
});

describe("charts embedded on another site", () => {
  it("every iframe resizes to its chart, with no console error and no request leaving localhost", async () => {
    const { context, blocked } = await localOnlyContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(hostUrl);
    const iframes = page.locator("iframe[data-triangulate]");
    await expect(iframes.count()).resolves.toBe(chartIds.length);
    for (const frame of await loadAllFrames(page)) {
      const element = await frame.frameElement();
      await expect
        .poll(async () => {
          const content = await frame.evaluate(() =>
            Math.ceil(document.documentElement.getBoundingClientRect().height),
          );
          const box = await element.boundingBox();
          return Math.abs((box?.height ?? 0) - content);
        })
        .toBeLessThanOrEqual(2);
    }
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('works inside <iframe sandbox="allow-scripts"> alone: each frame still resizes, without errors', async () => {
    const { context, blocked } = await localOnlyContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${hostUrl}strict`);
    await expect(page.locator('iframe[sandbox="allow-scripts"]').count()).resolves.toBe(
      chartIds.length,
    );
    for (const frame of await loadAllFrames(page)) {
      const element = await frame.frameElement();
      await expect
        .poll(async () => {
          const content = await frame.evaluate(() =>
            Math.ceil(document.documentElement.getBoundingClientRect().height),
          );
          return Math.abs(((await element.boundingBox())?.height ?? 0) - content);
        })
        .toBeLessThanOrEqual(2);
    }
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("the host can switch an embed's theme, and ?theme= sets it", async () => {
    const { context } = await localOnlyContext(browser, { colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(hostUrl);
    const frame = (await loadAllFrames(page))[0] as Frame;
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.evaluate(() => {
      const iframe = document.querySelector("iframe[data-triangulate]") as HTMLIFrameElement;
      iframe.contentWindow?.postMessage({ type: "triangulate:theme", theme: "dark" }, "*");
    });
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.dataset.theme))
      .toBe("dark");
    await expect.poll(background).not.toBe(light);

    const direct = await context.newPage();
    await direct.goto(`${site}/embed/${chartIds[0]}/?theme=dark`);
    await expect(
      direct.evaluate(() => getComputedStyle(document.body).backgroundColor),
    ).resolves.toBe(await background());
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`axe finds nothing inside any embed frame (${scheme})`, async () => {
      // axe is injected as a script tag, which the embed's CSP rightly refuses; bypass it here.
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(hostUrl);
      for (const frame of await loadAllFrames(page)) {
        expect({ frame: frame.url(), violations: await axe(frame) }).toEqual({
          frame: frame.url(),
          violations: [],
        });
      }
      await context.close();
    });
  }

  it("an embed works at 320 px wide with nothing clipped sideways", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const id of chartIds) {
      await page.goto(`${site}/embed/${id}/`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect({ id, overflow }).toEqual({ id, overflow: 0 });
    }
    await page.close();
  });

  it("an embed in a dark host page is dark, in a light system scheme too", async () => {
    const { context } = await localOnlyContext(browser, { colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(`${hostUrl}dark`);
    const direct = await context.newPage();
    await direct.goto(`${site}/embed/${chartIds[0]}/?theme=dark`);
    const dark = await direct.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const frame of await loadAllFrames(page)) {
      await expect
        .poll(() => frame.evaluate(() => getComputedStyle(document.body).backgroundColor))
        .toBe(dark);
    }
    // A host that switches to light takes its charts along.
    await page.evaluate(() => {
      document.body.style.background = "#fafaf7";
    });
    const frame = chartFrames(page)[0] as Frame;
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.dataset.theme))
      .toBe("light");
    await context.close();
  });

  it("no text in any embed is drawn under 11 px, at host widths from 320 to 1200 px", async () => {
    const smallest = () => {
      let min = Number.POSITIVE_INFINITY;
      let what = "";
      const visible = (e: Element) =>
        e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
        !e.closest(".visually-hidden");
      for (const t of Array.from(document.querySelectorAll("svg text"))) {
        const matrix = (t as SVGGraphicsElement).getScreenCTM();
        if (!visible(t) || !matrix || (t.textContent ?? "").trim() === "") continue;
        const px = Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(matrix.a, matrix.b);
        if (px < min) [min, what] = [px, t.textContent ?? ""];
      }
      for (const e of Array.from(document.querySelectorAll("body *:not(svg *)"))) {
        const own = Array.from(e.childNodes).some(
          (n) => n.nodeType === 3 && (n.textContent ?? "").trim(),
        );
        if (!own || !visible(e)) continue;
        const px = Number.parseFloat(getComputedStyle(e).fontSize);
        if (px < min) [min, what] = [px, e.textContent ?? ""];
      }
      return { min: Math.round(min * 10) / 10, what: what.slice(0, 40) };
    };
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const width of [320, 360, 400, 480, 600, 640, 720, 900, 1200]) {
      for (const id of chartIds) {
        // The host gives the iframe exactly `width` px, as a column that wide would.
        await page.setContent(
          `<!doctype html><body style="margin:0"><div style="width:${width}px"><iframe src="${site}/embed/${id}/" style="width:100%;border:0;height:600px"></iframe></div></body>`,
        );
        const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`)) as Frame;
        await frame.waitForLoadState("load");
        const found = await frame.evaluate(smallest);
        expect({ id, width, ...found, ok: found.min >= 11 }).toMatchObject({ id, width, ok: true });
      }
    }
    await page.close();
  });
});
