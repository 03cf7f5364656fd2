import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entityUrl } from "../../src/lib/urls.ts";
import { launch, localOnlyContext } from "./browser.ts";

const site = inject("siteUrl");
const siteDir = inject("siteDir");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The result addresses, in rank order, without the ?highlight= a result link carries. */
async function resultPaths(page: Page): Promise<string[]> {
  await page.locator("#search-results li a").first().waitFor();
  const hrefs = await page
    .locator("#search-results li h2 a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace(/\?.*$/, ""));
}

async function search(
  query: string,
  extra = "",
): Promise<{ page: Page; paths: string[]; close: () => Promise<void> }> {
  const { context, blocked } = await localOnlyContext(browser);
  const page = await context.newPage();
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}${extra}`);
  const paths = await resultPaths(page);
  return {
    page,
    paths,
    close: async () => {
      expect(blocked).toEqual([]);
      await context.close();
    },
  };
}

describe("search by name or place finds the entity page first", () => {
  const CASES: [string, string, string][] = [
    ["a surname alone", "Austin", "/people/lloyd-j-austin-iii/"],
    ["a full name with a middle initial", "Vladimir V. Putin", "/people/vladimir-v-putin/"],
    ["a full name without its middle initial", "Lloyd Austin", "/people/lloyd-j-austin-iii/"],
    ["a city", "Vladivostok", "/places/vladivostok/"],
    ["a country under its official name", "Russian Federation", "/places/russia/"],
    ["a hyphenless variant", "Jong Un", "/people/kim-jong-un/"],
    ["a lowercase prefix", "zelen", "/people/volodymyr-zelensky/"],
    ["a transliteration the sources never use", "Zelenskyy", "/people/volodymyr-zelensky/"],
  ];
  for (const [what, query, expected] of CASES) {
    it(`${what}: “${query}”`, async () => {
      const s = await search(query);
      expect(s.paths[0]).toBe(expected);
      await s.close();
    });
  }

  it("does not answer an everyday word with a country whose code it spells", async () => {
    const s = await search("is it true");
    expect(s.paths[0]).not.toBe("/places/italy/");
    await s.close();
  });

  it("ranks the person's page above the sources that merely mention the name", async () => {
    const s = await search("Dakhlallah");
    expect(s.paths[0]).toBe("/people/farah-dakhlallah/");
    expect(s.paths).toContain("/sources/001_119eb813b5161e76/");
    await s.close();
  });
});

describe("a name lists its own page, then the story that names it, then the articles", () => {
  // What to expect comes from the built site's data: the person whose name ends with the
  // searched surname, and the story whose sources mention that person.
  const read = <T>(file: string): T =>
    JSON.parse(readFileSync(join(siteDir, "data", file), "utf8")) as T;
  const entities =
    read<{ id: string; type: string; name: string; mentions: { source: string }[] }[]>(
      "entities.json",
    );
  const stories = read<{ slug: string; sources: string[] }[]>("stories.json");
  const expected = (surname: string) => {
    const person = entities.find((e) => e.type === "person" && e.name.split(" ").includes(surname));
    const named = new Set(person?.mentions.map((m) => m.source));
    const story = stories.find((s) => s.sources.some((id) => named.has(id)));
    return { person: person && entityUrl(person.id), story: story && `/stories/${story.slug}/` };
  };

  for (const surname of ["Putin", "Austin", "Zelensky"]) {
    it(`“${surname}”: the person's page, then the story, then only articles or other pages`, async () => {
      const { person, story } = expected(surname);
      expect(person).toBeDefined();
      expect(story).toBeDefined();
      const s = await search(surname);
      expect(s.paths.slice(0, 2)).toEqual([person, story]);
      // The articles that name the person come before any other person's, place's or
      // organization's page that merely quotes a sentence with the name.
      const firstOther = s.paths.findIndex((p, i) => i > 1 && !p.startsWith("/sources/"));
      const lastSource = s.paths.findLastIndex((p) => p.startsWith("/sources/"));
      expect(lastSource).toBeGreaterThan(1);
      if (firstOther !== -1) expect(lastSource).toBeLessThan(firstOther);
      await s.close();
    });
  }
});

describe("a misspelled name suggests the person it was meant to be", () => {
  const CASES: [string, string, string][] = [
    ["Austn", "Lloyd J. Austin III", "/people/lloyd-j-austin-iii/"],
    ["Zelenksy", "Volodymyr Zelensky", "/people/volodymyr-zelensky/"],
  ];
  for (const [query, name, expected] of CASES) {
    it(`“${query}” offers “${name}”, a link that runs that search`, async () => {
      const { context, blocked } = await localOnlyContext(browser);
      const page = await context.newPage();
      await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
      // The offer is in the polite live region, so it is read out with the count.
      const offer = page.locator("#search-status[aria-live=polite] a");
      await offer.first().waitFor();
      await expect(page.locator("#search-status").textContent()).resolves.toContain(
        `Did you mean ${name}?`,
      );
      await offer.first().click();
      await page.waitForURL(/\/search\/\?q=/);
      await expect(page.locator("#search-q").inputValue()).resolves.toBe(name);
      expect((await resultPaths(page))[0]).toBe(expected);
      // The right name's own search offers nothing more.
      await expect(page.locator("#search-status a").count()).resolves.toBe(0);
      expect(blocked).toEqual([]);
      await context.close();
    });
  }
});

describe("search filters and results", () => {
  it("each result says what it is, with its type", async () => {
    const s = await search("Korea");
    const kinds = await s.page.locator("#search-results li .kind").allTextContents();
    expect(new Set(kinds)).toEqual(
      new Set(kinds.filter((k) => /^(Story|Source|Person|Place|Organization)$/.test(k))),
    );
    expect(kinds).toContain("Place");
    await s.close();
  });

  it("a type filter narrows the results and is kept in the address", async () => {
    const all = await search("Korea");
    const places = await search("Korea", "&type=Place");
    // The totals the status announces (each page shows at most ten results).
    const total = async (s: { page: Page }) =>
      Number((await s.page.locator("#search-status").textContent())?.match(/^(\d+) result/)?.[1]);
    expect(places.paths.length).toBeGreaterThan(0);
    expect(await total(places)).toBeLessThan(await total(all));
    expect(places.paths.every((p) => p.startsWith("/places/"))).toBe(true);
    await expect(
      places.page.locator('#search-filters input[value="Place"]').isChecked(),
    ).resolves.toBe(true);
    await all.close();
    await places.close();
  });

  it("ticking a filter re-runs the search and updates the address", async () => {
    const s = await search("Korea");
    await s.page.getByText("Filter by type, source or country").click();
    await s.page.locator('#search-filters input[name="type"][value="Person"]').check();
    await s.page.waitForURL(/type=Person/);
    await expect
      .poll(async () => (await resultPaths(s.page)).every((p) => p.startsWith("/people/")))
      .toBe(true);
    await s.close();
  });

  it("a search downloads the filters only when the reader opens them", async () => {
    const { context, blocked } = await localOnlyContext(browser);
    const page = await context.newPage();
    const filterFiles: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/pagefind/filter/")) filterFiles.push(r.url());
    });
    await page.goto(`${site}/search/?q=Korea`);
    await resultPaths(page);
    await page.waitForLoadState("networkidle");
    expect(filterFiles).toEqual([]);
    await expect(page.locator('#search-filters input[name="type"]').count()).resolves.toBe(0);
    await page.getByText("Filter by type, source or country").click();
    await page.locator('#search-filters input[name="type"]').first().waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("shows ten results, and the next ten on “Show more results”, focus on the first new one", async () => {
    const s = await search("the");
    const status = s.page.locator("#search-status");
    const total = Number((await status.textContent())?.match(/^(\d+) results/)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(s.paths).toHaveLength(10);
    await expect(status.textContent()).resolves.toMatch(/showing the first 10\./);
    const more = s.page.getByRole("button", { name: "Show more results" });
    await more.focus();
    await s.page.keyboard.press("Enter");
    await expect.poll(() => s.page.locator("#search-results li").count()).toBe(Math.min(20, total));
    const focused = await s.page.evaluate(() => document.activeElement?.getAttribute("href"));
    const eleventh = await s.page.locator("#search-results li h2 a").nth(10).getAttribute("href");
    expect(focused).toBe(eleventh);
    // No result is listed twice.
    const all = await resultPaths(s.page);
    expect(new Set(all).size).toBe(all.length);
    await expect(more.isHidden()).resolves.toBe(total <= 20);
    await s.close();
  });

  it("a country filter keeps only pages about places in that country", async () => {
    const s = await search("Rome", "&country=Italy");
    expect(s.paths).toContain("/places/rome/");
    await s.close();
  });

  it("a result leads to its page with the query's words highlighted", async () => {
    const s = await search("Dakhlallah");
    await s.page.locator("#search-results li h2 a").first().click();
    await s.page.waitForURL(/\/people\/farah-dakhlallah\/\?highlight=Dakhlallah/);
    // The marking script loads after the page: wait for its first mark.
    await s.page.locator("main mark.search-hit").first().waitFor();
    const marks = await s.page.locator("main mark.search-hit").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(["Dakhlallah"]));
    await expect(s.page.locator("h1 mark.search-hit").textContent()).resolves.toBe("Dakhlallah");
    await s.close();
  });

  it("announces the number of results to screen readers", async () => {
    const s = await search("Austin");
    await expect(s.page.locator("#search-status[role=status]").textContent()).resolves.toMatch(
      /\d+ results? for “Austin”/,
    );
    await s.close();
  });

  it("works by keyboard: typing in the box searches, Tab reaches the first result", async () => {
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/search/`);
    await page.keyboard.press("Tab"); // skip link
    await page.locator("#search-q").focus();
    await page.keyboard.type("Rome");
    await expect.poll(() => page.url()).toContain("q=Rome");
    const paths = await resultPaths(page);
    expect(paths[0]).toBe("/places/rome/");
    await context.close();
  });
});

describe("search loads nothing before it is used", () => {
  it("a page with the search box downloads no Pagefind file until the box is focused", async () => {
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site}/search/`);
    await page.waitForLoadState("networkidle");
    expect(fetched.filter((p) => p.startsWith("/pagefind/"))).toEqual([]);
    await page.locator("#search-q").focus();
    await expect.poll(() => fetched.some((p) => p.startsWith("/pagefind/"))).toBe(true);
    await context.close();
  });

  it("an embedded ?q= link runs its search on arrival", async () => {
    const s = await search("NATO");
    expect(s.paths[0]).toBe("/organizations/nato/");
    await expect(s.page.locator("#search-q").inputValue()).resolves.toBe("NATO");
    await s.close();
  });

  it("the home page search box works without JavaScript, by going to /search/?q=", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/`);
    await page.locator("#search-q").fill("Kim");
    await page.locator("#search-q").press("Enter");
    await page.waitForURL(/\/search\/\?q=Kim/);
    await context.close();
  });
});
