import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { serve } from "../../scripts/serve.ts";
import { axe, launch, localOnlyContext } from "./browser.ts";
import { type BuiltSite, buildSite, htmlFiles, ROOT, TMP } from "./sites.ts";

/**
 * The "done when": on the sample seeds, a corrections file that merges two entities,
 * suppresses one claim and names Source B's outlet changes exactly those things, on every page,
 * in dist/data/, in search and in embeds. The targets are picked from the plain build's data
 * (two organizations, the first claim the sources differ on, the story's second source), so
 * nothing about the articles is written here.
 */
const plainDir = inject("siteDir");
const OUTLET = "Harbour Ledger"; // invented
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), "utf8"));

interface Named {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  mentions: unknown[];
}
const plainEntities = json(plainDir, "data/entities.json") as Named[];
const [keep, gone] = plainEntities.filter((e) => e.type === "organization") as [Named, Named];
const plainClaims = json(plainDir, "data/claims.json") as {
  key: string;
  id: string;
  topic: string;
}[];
const suppressed = plainClaims.find((c) => (c as { status?: string }).status === "differ") as {
  key: string;
  id: string;
};
const story = (json(plainDir, "data/stories.json") as { slug: string; sources: string[] }[])[0] as {
  slug: string;
  title: string;
  sources: string[];
};
const sourceB = story.sources[1] as string;
const section = (id: string) => `/organizations/${id.replace(/^organization-/, "")}/`;

let site: BuiltSite;
let server: Server;
let browser: Browser;
let url = "";
/** The invented two-source story, with the editors' notes and `publish: marked`. */
let marked: BuiltSite;

beforeAll(async () => {
  const seeds = join(TMP, "corrected-seeds");
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  writeFileSync(
    join(seeds, "corrections.yml"),
    [
      "corrections:",
      `  - merge: [${keep.id}, ${gone.id}]`,
      `  - claim: ${suppressed.key}`,
      "    suppress: true",
      `  - article: ${sourceB}`,
      `    outlet: ${OUTLET}`,
      "",
    ].join("\n"),
  );
  site = await buildSite("site-corrected", seeds);
  const fixture = join(TMP, "marked-seeds");
  cpSync(join(ROOT, "tests/fixtures/corrections"), fixture, { recursive: true });
  writeFileSync(join(fixture, "corrections.yml"), MARKED);
  marked = await buildSite("site-marked", fixture);
  server = await serve(site.outDir, 0);
  const a = server.address();
  url = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

/** Keys of the invented fixture's claims (src/pipeline/corrections/index.test.ts checks them). */
const MARKED = `publish: marked
corrections:
  - claim: figure-187xnlr
    status: compatible
    note: Both counts are estimates of one evacuation.
  - event: event-1sqoklk
    note: Confirmed by the port authority.
`;

/** What differs once the outlet's name is read as the label it replaced. */
const asPlain = (text: string) => text.replaceAll(OUTLET, "Source B");

describe("a corrections file on the sample seeds", () => {
  it("applies with no warning", () => {
    expect(site.log).not.toMatch(/corrections\.yml/);
  });

  it("dist/data: one entity fewer, the merged one holding both; nothing else changed", () => {
    const entities = json(site.outDir, "data/entities.json") as Named[];
    expect(entities.map((e) => e.id)).toEqual(
      plainEntities.filter((e) => e !== gone).map((e) => e.id),
    );
    const merged = entities.find((e) => e.id === keep.id);
    expect(merged?.aliases).toContain(gone.name);
    expect(merged?.mentions).toHaveLength(keep.mentions.length + gone.mentions.length);
    expect(entities.filter((e) => e.id !== keep.id)).toEqual(
      plainEntities.filter((e) => e !== keep && e !== gone),
    );
  });

  it("dist/data: the suppressed claim is gone and every other claim is as it was", () => {
    const claims = JSON.parse(asPlain(readFileSync(join(site.outDir, "data/claims.json"), "utf8")));
    expect(claims).toEqual(plainClaims.filter((c) => c !== suppressed));
  });

  it("dist/data: Source B has its outlet, and no other source changed", () => {
    const sources = json(site.outDir, "data/sources.json") as {
      id: string;
      outlet: string | null;
    }[];
    const plain = json(plainDir, "data/sources.json") as { id: string; outlet: string | null }[];
    expect(sources).toEqual(plain.map((s) => (s.id === sourceB ? { ...s, outlet: OUTLET } : s)));
  });

  it("every page: the same pages but the merged entity's, no link to it, no 'Source B', no suppressed claim", () => {
    const pages = (dir: string) => htmlFiles(dir).map((f) => relative(dir, f));
    const removed = `${section(gone.id).slice(1)}index.html`;
    expect(pages(site.outDir)).toEqual(pages(plainDir).filter((p) => p !== removed));
    for (const file of htmlFiles(site.outDir)) {
      const html = readFileSync(file, "utf8");
      expect(html, file).not.toContain(`href="${section(gone.id)}"`);
      expect(html, file).not.toContain(">Source B<");
      expect(html, file).not.toContain(`id="${suppressed.id}"`);
    }
    const storyPage = readFileSync(join(site.outDir, "stories", story.slug, "index.html"), "utf8");
    expect(storyPage).toContain(OUTLET);
    const plainStory = readFileSync(join(plainDir, "stories", story.slug, "index.html"), "utf8");
    expect(plainStory).toContain(`id="${suppressed.id}"`);
    const entityPage = readFileSync(
      join(site.outDir, `${section(keep.id).slice(1)}index.html`),
      "utf8",
    );
    expect(entityPage).toContain(gone.name);
  });

  it("embeds: every chart's files name the outlet, never 'Source B', and leave the claim out", () => {
    const embedDir = join(site.outDir, "embed");
    const charts = readdirSync(embedDir);
    expect(charts).toEqual(readdirSync(join(plainDir, "embed")));
    let named = 0;
    for (const chart of charts) {
      for (const f of ["data.json", "data.csv", "chart.svg", "index.html"]) {
        const text = readFileSync(join(embedDir, chart, f), "utf8");
        expect(text, `${chart}/${f}`).not.toMatch(/Source B\b/);
        expect(text, `${chart}/${f}`).not.toContain(suppressed.key);
        if (text.includes(OUTLET)) named++;
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it("search: the merged-away name finds the merged entity, and Source B is filtered by its outlet", async () => {
    const { context, blocked } = await localOnlyContext(browser);
    const page = await context.newPage();
    const first = async (q: string) => {
      await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
      await page.locator("#search-results li h2 a").first().waitFor();
      return page
        .locator("#search-results li h2 a")
        .evaluateAll((as) => as.map((a) => (a.getAttribute("href") ?? "").replace(/\?.*$/, "")));
    };
    const byName = await first(gone.name);
    expect(byName[0]).toBe(section(keep.id));
    expect(byName).not.toContain(section(gone.id));
    // The story's title finds pages of both sources.
    await first(story.title);
    await page.getByText("Filter by type, source or country").click();
    await page.locator('#search-filters input[name="source"]').first().waitFor();
    const filters = await page
      .locator('#search-filters input[name="source"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // Without an outlet the filter named B by its title; now by the outlet the editors gave.
    const titleB = (json(plainDir, "data/sources.json") as { id: string; title: string }[]).find(
      (x) => x.id === sourceB,
    )?.title;
    expect(filters).toContain(OUTLET);
    expect(filters).not.toContain(titleB);
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe("the editors' marks on a story page", () => {
  it("says in words which claims the editors checked, with their note, and which no editor has", async () => {
    expect(marked.log).not.toMatch(/corrections\.yml/);
    const slug = (json(marked.outDir, "data/stories.json") as { slug: string }[])[0]?.slug;
    const html = readFileSync(join(marked.outDir, "stories", `${slug}`, "index.html"), "utf8");
    const text = html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    expect(text).toContain("Checked by the editors: Both counts are estimates of one evacuation.");
    expect(text).toContain("(The software had marked it “differ”.)");
    expect(text).toContain("Checked by the editors: Confirmed by the port authority.");
    const claims = json(marked.outDir, "data/claims.json") as { unreviewed?: true }[];
    const unchecked = claims.filter((c) => c.unreviewed).length;
    expect(unchecked).toBe(claims.length - 1);
    expect(text.split("Not yet checked by an editor.").length - 1).toBe(unchecked);
  });

  it("the marked story page passes axe", async () => {
    const markedServer = await serve(marked.outDir, 0);
    const a = markedServer.address();
    const base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    const slug = (json(marked.outDir, "data/stories.json") as { slug: string }[])[0]?.slug;
    await page.goto(`${base}/stories/${slug}/`);
    expect(await axe(page)).toEqual([]);
    await context.close();
    await new Promise((ok) => markedServer.close(ok));
  });
});
