import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectedCleanText } from "../support/expected-clean.ts";
import { hostileInputs } from "../support/hostile.ts";
import { launch, localOnlyContext } from "./browser.ts";
import { pwnedFiles } from "./global-setup.ts";

const hostileUrl = inject("hostileUrl");
const hostileDir = inject("hostileDir");

interface SourceRecord {
  id: string;
  title: string;
  titleGenerated: boolean;
}
const sources = JSON.parse(
  readFileSync(join(hostileDir, "data/sources.json"), "utf8"),
) as SourceRecord[];
const stories = JSON.parse(readFileSync(join(hostileDir, "data/stories.json"), "utf8")) as {
  slug: string;
}[];
const inputs = hostileInputs();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe("a site built from the hostile seeds", () => {
  it("builds, with a source page for every input", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(50);
    expect(sources.map((s) => s.id).sort()).toEqual(inputs.map((i) => i.id).sort());
  });

  it("wrote no PWNED_* file anywhere", () => {
    expect(pwnedFiles()).toEqual([]);
  });

  it("shows every text exactly, after the documented cleaning, and runs none of it", async () => {
    const { context, blocked } = await localOnlyContext(browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const mismatches: string[] = [];
    const globals: string[] = [];
    for (const { id, bytes } of inputs) {
      const record = sources.find((s) => s.id === id);
      await page.goto(`${hostileUrl}/sources/${id}/`);
      const body = (await page.locator(".article-text p").allTextContents()).join("\n");
      const heading = await page.locator("h1").textContent();
      const shown = record?.titleGenerated ? body : `${heading ?? ""}\n${body}`;
      if (collapse(shown) !== collapse(expectedCleanText(bytes))) mismatches.push(id);
      globals.push(
        ...(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith("PWN_")))),
      );
    }
    for (const path of ["/", "/search/?q=script", ...stories.map((s) => `/stories/${s.slug}/`)]) {
      await page.goto(hostileUrl + path);
      globals.push(
        ...(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith("PWN_")))),
      );
    }
    expect(mismatches).toEqual([]);
    expect(globals).toEqual([]);
    expect(dialogs).toEqual([]);
    // Hostile markup must not make the browser fetch anything off the machine.
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("did not let a seed write a page or data file outside its own", () => {
    expect(existsSync(join(hostileDir, "etc"))).toBe(false);
  });
});
