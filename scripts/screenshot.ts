/**
 * Screenshots of a built site in headless Chromium, for the README and for looking at what a
 * change did: node scripts/screenshot.ts [dir] [outDir]. Phone (375 px) and desktop, light and dark.
 */

import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { launch } from "../tests/e2e/browser.ts";
import { serve } from "./serve.ts";

const dir = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "tests/.tmp/screenshots";
await mkdir(out, { recursive: true });
const stories = JSON.parse(readFileSync(join(dir, "data/stories.json"), "utf8")) as {
  slug: string;
}[];
const sources = JSON.parse(readFileSync(join(dir, "data/sources.json"), "utf8")) as {
  id: string;
}[];
const pages: Record<string, string> = {
  home: "/",
  story: `/stories/${stories[0]?.slug}/`,
  source: `/sources/${sources[0]?.id}/`,
  search: "/search/?q=troops",
  timeline: "/timeline/",
  places: "/places/",
  place: "/places/rome/",
  person: "/people/farah-dakhlallah/?highlight=Dakhlallah",
  embed: `/embed/${stories[0]?.slug}-timeline/`,
};
const server = await serve(dir, 0);
const address = server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
const browser = await launch();
for (const [name, path] of Object.entries(pages)) {
  for (const [device, width] of [
    ["phone", 375],
    ["desktop", 1280],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path);
      if (name === "search") await page.locator("#search-results li").first().waitFor();
      await page.screenshot({ path: join(out, `${name}-${device}-${scheme}.png`), fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
