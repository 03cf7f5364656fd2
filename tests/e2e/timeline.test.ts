import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch } from "./browser.ts";

const site = inject("siteUrl");
const siteDir = inject("siteDir");
const stories = JSON.parse(readFileSync(join(siteDir, "data/stories.json"), "utf8")) as {
  slug: string;
}[];
const events = JSON.parse(readFileSync(join(siteDir, "data/timeline.json"), "utf8")) as {
  id: string;
  story: string;
  title: string;
  date: { inferred: boolean; reasons: string[] };
  sources: { source: string; sentence: number }[];
}[];
const story = stories[0]?.slug ?? "";
const PAGES = [`/stories/${story}/`, "/timeline/", `/timeline/${story}/`];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the timeline", () => {
  it("is published as data/timeline.json with each event's sources and sentences", () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.sentence).toBeGreaterThanOrEqual(0);
    }
  });

  for (const path of PAGES) {
    it(`is drawn as SVG in the HTML of ${path}, with every event listed, JavaScript off`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site + path);
      const figure = page.locator("figure.timeline-figure").first();
      await expect(figure.locator(".timeline-wide svg").count()).resolves.toBe(1);
      expect(await figure.locator("svg").first().isVisible()).toBe(true);
      const shown = path === "/timeline/" ? events : events.filter((e) => e.story === story);
      await expect(figure.locator("ol.timeline-list > li").count()).resolves.toBe(shown.length);
      await context.close();
    });
  }

  it("keyboard focus reaches every event, and focusing one shows its details", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site}/timeline/${story}/`);
    const links = page.locator(".timeline-wide a.timeline-event");
    const n = await links.count();
    expect(n).toBe(events.filter((e) => e.story === story).length);
    const reached = new Set<string>();
    for (let i = 0; i < 200 && reached.size < n; i++) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(() => {
        const a = document.activeElement;
        return a?.matches(".timeline-wide a.timeline-event") ? a.getAttribute("href") : null;
      });
      if (href) {
        reached.add(href);
        // The focused event's tip is shown, with its date words.
        const tip = page.locator(`.timeline-wide a.timeline-event[href="${href}"] .timeline-tip`);
        await expect(tip.evaluate((t) => getComputedStyle(t).visibility)).resolves.toBe("visible");
      }
    }
    expect(reached.size).toBe(n);
    await page.close();
  });

  it("shows an inferred date's reason in the list text, not only on hover", async () => {
    const inferred = events.find((e) => e.story === story && e.date.inferred);
    if (!inferred) return;
    const page = await browser.newPage();
    await page.goto(`${site}/timeline/${story}/`);
    const item = page.locator(`li[id$="${inferred.id}"]`);
    await expect(item.textContent()).resolves.toContain(inferred.date.reasons[0] ?? "inferred");
    await page.close();
  });

  it("links each event's sources to the exact sentence", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/timeline/${story}/`);
    const e = events.find((x) => x.story === story);
    const first = e?.sources[0];
    const link = page.locator(
      `li[id$="${e?.id}"] a[href="/sources/${first?.source}/#s-${first?.sentence}"]`,
    );
    await expect(link.count()).resolves.toBe(1);
    await page.close();
  });

  for (const path of PAGES) {
    it(`fits a 375 px phone without sideways scrolling, drawn vertically (${path})`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(site + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.locator(".timeline-narrow svg").first().isVisible()).toBe(true);
      expect(await page.locator(".timeline-wide svg").first().isVisible()).toBe(false);
      await page.close();
    });
  }

  it("filters the site-wide timeline by story with plain links", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/timeline/`);
    await page.locator(`nav.filter a[href="/timeline/${story}/"]`).click();
    await page.waitForURL(new RegExp(`/timeline/${story}/$`));
    await expect(
      page.locator(`nav.filter a[aria-current="page"]`).getAttribute("href"),
    ).resolves.toBe(`/timeline/${story}/`);
    await page.close();
  });
});
