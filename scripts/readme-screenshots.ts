/**
 * The README's screenshots, from a built site in headless Chromium (Debian's; nothing is
 * downloaded): node scripts/readme-screenshots.ts [dir] [outDir]. Run `npm run build` first.
 * - story-page.png: the first story's first screen on a desktop (1280 x 900), light;
 * - story-phone.png: the same page's first screen on a phone (375 x 812);
 * - embed-dark.png: the figures chart embedded with the real snippet in a dark host page;
 * - timeline.png: the story page's timeline chart at 1280.
 * Pixel ratio 1 and a 256-colour palette (sharp, as the chart PNGs use) keep each file well
 * under 200 KB.
 */

import { readFileSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { embedSnippet } from "../src/embed/snippet.ts";
import { launch } from "../tests/e2e/browser.ts";
import { serve } from "./serve.ts";

const dir = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "docs";
await mkdir(out, { recursive: true });
const [story] = JSON.parse(readFileSync(join(dir, "data/stories.json"), "utf8")) as {
  slug: string;
  title: string;
}[];
if (!story) throw new Error(`no story in ${dir}/data/stories.json: build the site first`);

const server = await serve(dir, 0);
const address = server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
const browser = await launch();
const storyUrl = `${base}/stories/${story.slug}/`;

/** Opens a page, lets `take` return its screenshot, and writes it as a palette PNG. */
async function shot(
  name: string,
  options: { width: number; height: number },
  take: (page: Page) => Promise<Buffer>,
): Promise<void> {
  const page = await browser.newPage({
    viewport: { width: options.width, height: options.height },
    colorScheme: "light",
    deviceScaleFactor: 1,
  });
  const png = await take(page);
  await page.close();
  await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(join(out, name));
  const { size } = await stat(join(out, name));
  console.log(
    `${name.padEnd(16)} ${options.width}x${options.height} ${Math.round(size / 1024)} KB`,
  );
}

await shot("story-page.png", { width: 1280, height: 900 }, async (page) => {
  await page.goto(storyUrl);
  return page.screenshot();
});

await shot("story-phone.png", { width: 375, height: 812 }, async (page) => {
  await page.goto(storyUrl);
  return page.screenshot();
});

// A dark news page with the snippet a newsroom would paste, in a browser set to light: the
// snippet passes the host's color-scheme to the embed, so the chart comes out dark without any
// ?theme=.
const figures = `${story.slug}-figures`;
const host = `<!doctype html><html lang="en" style="color-scheme: dark"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin: 0; padding: 24px 32px; background: #15171a; color: #e8e6e1; font: 17px/1.5 Georgia, serif">
<p style="font: 600 13px system-ui, sans-serif; letter-spacing: .08em; color: #9aa0a6">A NEWS SITE IN DARK MODE</p>
<p style="max-width: 34rem">The figures the two reports give, side by side, embedded from Triangulate:</p>
${embedSnippet({ url: `${base}/embed/${figures}/`, title: "Figures by source", height: 560 })}
</body></html>`;
await shot("embed-dark.png", { width: 640, height: 760 }, async (page) => {
  await page.route(`${base}/host-demo/`, (route) =>
    route.fulfill({ contentType: "text/html", body: host }),
  );
  await page.goto(`${base}/host-demo/`);
  const frame = page.frameLocator("iframe");
  await frame.locator("svg").first().waitFor();
  await page.waitForTimeout(300); // the theme message and the resize arrive after load
  return page.screenshot();
});

await shot("timeline.png", { width: 1280, height: 900 }, async (page) => {
  await page.goto(storyUrl);
  return page.locator("#timeline .timeline-wide svg").screenshot();
});

await browser.close();
server.close();
