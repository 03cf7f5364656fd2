import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, launch, localOnlyContext } from "./browser.ts";

const site = inject("siteUrl");
const siteDir = inject("siteDir");

interface SourceRecord {
  id: string;
  title: string;
}
interface StoryRecord {
  slug: string;
  sources: string[];
}
const sources = JSON.parse(
  readFileSync(join(siteDir, "data/sources.json"), "utf8"),
) as SourceRecord[];
const stories = JSON.parse(
  readFileSync(join(siteDir, "data/stories.json"), "utf8"),
) as StoryRecord[];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const story = stories[0] as StoryRecord;
const source = sources[0] as SourceRecord;
const PAGES: [string, string][] = [
  ["home", "/"],
  ["story", `/stories/${story.slug}/`],
  ["source", `/sources/${source.id}/`],
  ["search", "/search/?q=troops"],
  ["404", "/no-such-page/"],
  ["person", "/people/lloyd-j-austin-iii/"],
  ["place", "/places/rome/"],
  ["organization", "/organizations/nato/"],
  ["people index", "/people/"],
  ["places index with its map", "/places/"],
  ["timeline", "/timeline/"],
  ["story timeline", `/timeline/${story.slug}/`],
];

describe("every page type", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [kind, path] of PAGES) {
      it(`${kind} page loads, makes no outside request and has no axe violations (${scheme})`, async () => {
        const { context, blocked } = await localOnlyContext(browser, { colorScheme: scheme });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        const response = await page.goto(site + path);
        expect(response?.status()).toBe(kind === "404" ? 404 : 200);
        if (kind === "search") await page.locator("#search-results li").first().waitFor();
        expect(await page.locator("h1").count()).toBe(1);
        expect(await axe(page)).toEqual([]);
        expect(blocked).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

/**
 * Words run into a link ("Readthe story", "PNG ·CSV"): a text node that ends in a letter, digit
 * or separator right before a link whose text starts with one, or a link followed straight by a
 * letter. Astro's JSX whitespace rule drops a line break between text and a tag.
 */
function joinedWords(): string[] {
  const out: string[] = [];
  const word = /[\p{L}\p{N}·]$/u;
  const start = /^[\p{L}\p{N}]/u;
  for (const a of Array.from(document.querySelectorAll("main a, footer a, header a"))) {
    if (a.closest(".article-text")) continue;
    const before = a.previousSibling;
    const after = a.nextSibling;
    const text = a.textContent ?? "";
    if (before?.nodeType === 3 && word.test(before.textContent ?? "") && start.test(text))
      out.push(`${(before.textContent ?? "").slice(-12)}|${text.slice(0, 12)}`);
    if (after?.nodeType === 3 && start.test(after.textContent ?? "") && /[\p{L}\p{N}]$/u.test(text))
      out.push(`${text.slice(-12)}|${(after.textContent ?? "").slice(0, 12)}`);
  }
  return out;
}

describe("words never run into links", () => {
  for (const [kind, path] of PAGES) {
    it(`on the ${kind} page`, async () => {
      const page = await browser.newPage();
      await page.goto(site + path);
      expect(await page.evaluate(joinedWords)).toEqual([]);
      await page.close();
    });
  }
});

describe("the sample seeds", () => {
  it("form one story that lists both sources", async () => {
    expect(stories).toHaveLength(1);
    expect(story.sources).toHaveLength(2);
    const page = await browser.newPage();
    await page.goto(`${site}/stories/${story.slug}/`);
    for (const s of sources) {
      await expect(
        page.locator(`main a[href="/sources/${s.id}/"]`).first().isVisible(),
      ).resolves.toBe(true);
    }
    await page.close();
  });

  it("each source page shows the article's full text", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/sources/000_5581c5a9835157b4/`);
    const text = await page.locator(".article-text").textContent();
    expect(text).toContain(
      "intelligence reports have not indicated a significant Chinese reaction",
    );
    expect(text).toContain("On Wednesday, Secretary of Defense Lloyd J. Austin III confirmed");
    await page.close();
  });
});

describe("extracted facts on the pages", () => {
  it("a source page links every highlighted name to its entity page, and the entity page back to the sentence", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/sources/001_119eb813b5161e76/`);
    const link = page.locator(".article-text a.m-person", { hasText: "Farah Dakhlallah" });
    await expect(link.getAttribute("href")).resolves.toBe("/people/farah-dakhlallah/");
    await link.click();
    await page.waitForURL(/\/people\/farah-dakhlallah\/$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("Farah Dakhlallah");
    await expect(page.locator("main").textContent()).resolves.toContain("NATO spokesperson");
    // The quote and every mention in context, each linked to its sentence.
    await expect(page.locator("main blockquote").first().textContent()).resolves.toContain(
      "Allies have confirmed evidence",
    );
    const context = page.locator(".mention-list a").first();
    const href = (await context.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/sources\/001_119eb813b5161e76\/#s-\d+$/);
    await context.click();
    const target = page.locator(".sentence:target");
    await expect(target.textContent()).resolves.toContain("Dakhlallah");
    await page.close();
  });

  it("a source page shows the inferred publication date and its reason", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/sources/000_5581c5a9835157b4/`);
    // The header says it in plain words; the details line keeps the whole reasoning.
    await expect(page.locator(".source-byline").textContent()).resolves.toMatch(
      /23 October 2024 \(not given; inferred from “[^”]+”, the latest date the article mentions\)/,
    );
    await expect(page.locator(".source-date-reason p").textContent()).resolves.toMatch(
      /^23 October 2024: not given; the latest date/,
    );
    // The seed file is named in a details line, not in the header.
    await expect(page.locator(".source-details").textContent()).resolves.toContain(
      "Seed file 000_5581c5a9835157b4.txt",
    );
    await page.close();
  });

  it("the same person in two sources is one page, with both roles", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/people/lloyd-j-austin-iii/`);
    const roles = await page.locator("#roles + ul li").allTextContents();
    expect(roles.join(" | ")).toMatch(/Secretary of Defense/);
    expect(roles.join(" | ")).toMatch(/U\.S\. Defense Secretary/);
    await page.close();
  });
});

describe("the story page compares the sources", () => {
  it("leads with its finding: the summary, then the differences and agreements, each value linked to its sentence", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/stories/${story.slug}/`);
    const headings = await page.locator("main h2").allTextContents();
    expect(headings.slice(0, 3)).toEqual([
      "In short",
      "Where they differ",
      "Where the sources agree",
    ]);
    // The summary's prose, after its heading (which only screen readers see).
    const summary = (await page.locator(".story-summary > :not(h2)").allTextContents()).join(" ");
    expect(summary).toMatch(/^Two sources report this story/);
    // Source B's hedge is part of its value.
    expect(summary).toMatch(
      /troops sent \(about 2,500 in Source A, about 3,000 \(might be involved\) in Source B\)/,
    );
    // Each finding in the summary links to its claim on the page.
    const troopsLink = page.locator(".story-summary a", { hasText: "troops sent" });
    const target = ((await troopsLink.getAttribute("href")) ?? "").slice(1);
    await expect(page.locator(`[id="${target}"]`).textContent()).resolves.toContain("about 3,000");
    const differ = page.locator(".claim-differ", { hasText: "troops sent" });
    await expect(differ.textContent()).resolves.toMatch(/about 2,500.*about 3,000/s);
    // The casualties figure (a statement about mercenaries mentions casualties too).
    const agree = page.locator('.claim-agree[id*="-figure-"]', { hasText: "casualties" });
    await expect(agree.textContent()).resolves.toContain("over 600,000");
    const compatible = page.locator(".claim-compatible").first();
    await expect(compatible.textContent()).resolves.toMatch(/Rome, which is in Italy/);
    // Following a value lands on the highlighted sentence in its source.
    await differ.locator("a", { hasText: "about 2,500" }).click();
    await expect(page.locator(".sentence:target").textContent()).resolves.toContain("2,500 troops");
    await page.close();
  });

  it("shows the summary and the troop-number difference with its chart on the first desktop screen", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site}/stories/${story.slug}/`);
    const bottom = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box ? box.y + box.height : Number.POSITIVE_INFINITY;
    };
    expect(await bottom(".story-summary")).toBeLessThanOrEqual(900);
    expect(await bottom(".claim-differ:has-text('troops sent') .claim-values")).toBeLessThanOrEqual(
      900,
    );
    // The figures chart's row for that difference, marks and axis included.
    expect(await bottom("#chart-figures svg .chart-row-differ")).toBeLessThanOrEqual(900);
    await page.close();
  });

  it("keeps what only one source says last, per source, with the first few open", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/stories/${story.slug}/`);
    for (const s of story.sources) {
      const group = page.locator(`#only-in-${s}`);
      expect(await group.locator(":scope > .single-list > li").count()).toBeLessThanOrEqual(3);
      expect(await group.locator("details.single-more").count()).toBe(1);
    }
    // The compared claims' labels are distinct (two quotes of one speaker included).
    const labels = await page.locator(".claim-head strong").allTextContents();
    expect(new Set(labels).size).toBe(labels.length);
    await page.close();
  });

  it("draws every chart as SVG in the HTML, readable with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/stories/${story.slug}/`);
    for (const id of ["chart-figures", "chart-coverage", "chart-quote-1"]) {
      const figure = page.locator(`#${id}`);
      await expect(figure.locator("svg[role=img] > title").count()).resolves.toBe(1);
      await expect(figure.locator("svg[role=img] > desc").textContent()).resolves.not.toBe("");
      await expect(figure.locator("table caption").count()).resolves.toBe(1);
      expect(await figure.locator("svg").isVisible()).toBe(true);
    }
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`fits a 375 px phone without sideways scrolling (${scheme})`, async () => {
      const page = await browser.newPage({
        viewport: { width: 375, height: 800 },
        colorScheme: scheme,
      });
      await page.goto(`${site}/stories/${story.slug}/`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
